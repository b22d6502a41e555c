"""Per-document stages: each analyses one article, in the order ``pipeline.STAGES`` gives."""

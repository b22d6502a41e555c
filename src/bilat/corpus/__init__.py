"""Cross-document work over the store: stories, dyads, conflicts between sources, the country
network and search."""

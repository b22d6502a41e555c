"""Embed the title and body chunks of documents a store linked before chunks were kept.

    python scripts/backfill_story_chunks.py STORE

The learned story scorer compares two documents by their title+lead vectors and, where both have
them, by their title and body chunk vectors (``embed.chunk_texts``). Documents stored without
chunks are compared by the lead alone; this fills them in (about three embeddings per document).
The training script and ``bench/story_quality.py --replay`` read chunks from the kept stores.
"""

from __future__ import annotations

import argparse
import time

from bilat import store
from bilat.corpus import stories


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("db")
    args = ap.parse_args()
    conn = store.connect(args.db)
    t = time.process_time()
    n = stories.backfill_chunks(conn)
    cpu = time.process_time() - t
    print(f"{args.db}: chunks embedded for {n} documents in {cpu:.0f} s CPU ({cpu / max(n, 1) * 1000:.0f} ms each)")


if __name__ == "__main__":
    main()

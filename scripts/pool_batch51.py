"""The pool behind bench/data/events/batch51.jsonl (issue 10, events, DEV), written down.

    python scripts/pool_batch51.py --repo owner/name=GIT_DIR [...] > POOL.jsonl

Batch 51 was picked, not drawn: whole articles about relations between countries, used in no earlier batch (ids
and text sha1 checked against every batch, batch 48 included), from Dân trí via CP_Vietnamese-UNC (`unc-NAME`;
dantri is split by article) and Radio Farda's April 2020 RSS items in sci2lab/Farsi-datasets (`rfarda-N`; radiofarda
lies in dev; the feed's `summary` is the whole item). Candidates were listed by title or lead (conflict and diplomacy
words) and chosen by title and lead before reading; Dân trí items whose lead was the repository's first line (dropped
as the title by `unc_text`) were left out. Each text is cleaned exactly as `rebuild_event_texts.py` does. Nothing here
reads bilat's output.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "rebuild_event_texts", Path(__file__).resolve().parent / "rebuild_event_texts.py")
_rebuild = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_rebuild)

UNC_NAMES = ("news_world_110", "news_world_151", "news_world_069", "news_world_070", "news_world_188",
             "news_world_155", "news_world_252", "news_world_171",
             "news_world_248", "news_world_148", "news_world_254")
RFARDA_NUMBERS = ("30563967", "30563138", "30570717", "30570648", "30570286", "30572966", "30572323",
                  "30574105", "30579588", "30581488", "30578348", "30564190", "30583776", "30560997")


def pool(repos: dict[str, Path]) -> list[dict]:
    rows = []
    for name in UNC_NAMES:
        path = f"resources/CP_Vietnamese-UNC/datasets/CP_Vietnamese-UNC/{name}.txt"
        rows.append({"id": f"unc-{name}", "lang": "vi", "outlet": "dantri",
                     "source": f"{_rebuild.UNC_REPO} {path}", "published": None, "title": None,
                     "text": _rebuild.unc_text(_rebuild.git_show(repos[_rebuild.UNC_REPO], path))})
    records = json.loads(_rebuild.git_show(repos[_rebuild.RFARDA_REPO], _rebuild.RFARDA_PATH))
    for number in RFARDA_NUMBERS:
        record = _rebuild.radiofarda_record(records, number)
        rows.append({"id": f"rfarda-{number}", "lang": "fa", "outlet": "radiofarda",
                     "source": f"{_rebuild.RFARDA_REPO} {_rebuild.RFARDA_PATH} {record['link']}",
                     "published": None, "title": None, "text": _rebuild.radiofarda_text(record["summary"])})
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repo", action="append", default=[], help="owner/name=GIT_DIR")
    args = parser.parse_args(argv)
    repos = {name: Path(path) for name, _, path in (item.partition("=") for item in args.repo)}
    for row in pool(repos):
        print(json.dumps(row, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

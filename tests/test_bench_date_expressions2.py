"""bench/data/date_expressions2.tsv (chrono's and JioNLP's tests, issue 11) parses, and every scored row carries a
valid reference date and an ISO expected value at day, month or year precision."""

import csv
import datetime as dt
import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data" / "date_expressions2.tsv"
COLUMNS = ["split", "lang", "source", "reference", "expression", "expected", "kind"]


def _rows():
    with DATA.open(encoding="utf-8") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        assert reader.fieldnames == COLUMNS
        return list(reader)


def _valid_iso(value: str) -> bool:
    for fmt, pat in (("%Y-%m-%d", r"\d{4}-\d{2}-\d{2}"), ("%Y-%m", r"\d{4}-\d{2}"), ("%Y", r"\d{4}")):
        if re.fullmatch(pat, value):
            try:
                dt.datetime.strptime(value, fmt)
            except ValueError:
                return False
            return True
    return False


def test_rows_parse_and_scored_rows_are_valid():
    rows = _rows()
    assert len(rows) > 100
    scored = [r for r in rows if r["kind"] != "other"]
    assert len(scored) > 50
    for r in rows:
        assert r["split"] in ("dev", "test")
        assert r["lang"] in ("zh", "ru")
        assert r["kind"] in ("absolute", "relative", "other")
        assert r["expression"] and r["expression"] == r["expression"].strip()
        assert r["source"].startswith(("wanasit/chrono@", "dongrixinyu/JioNLP@"))
    for r in scored:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["reference"]), r
        dt.date.fromisoformat(r["reference"])
        assert _valid_iso(r["expected"]), r


def test_split_is_about_half():
    rows = _rows()
    dev = sum(r["split"] == "dev" for r in rows)
    assert 0.4 < dev / len(rows) < 0.6


def test_bench_reads_another_file(tmp_path):
    spec = importlib.util.spec_from_file_location("bench_date_expressions", ROOT / "bench" / "date_expressions.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    f = tmp_path / "x.tsv"
    f.write_text("\t".join(COLUMNS) + "\n"
                 "dev\tru\tmine\t2020-03-04\tвчера\t2020-03-03\trelative\n"
                 "test\tru\tmine\t2020-03-04\tзавтра\t2020-03-05\trelative\n"
                 "dev\tru\tmine\t2020-03-04\tв 5 утра\t-\tother\n", encoding="utf-8")
    rows = bench.read("dev", "", f)
    assert [r["expression"] for r in rows] == ["вчера"]

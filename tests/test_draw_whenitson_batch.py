"""scripts/draw_whenitson_batch.py: batch 40 takes only outlets that no dev half holds, names each post's original
outlet from its link (a Google News link by the address it carries), and its two length bands are disjoint."""

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("draw_whenitson_batch", ROOT / "scripts" / "draw_whenitson_batch.py")
draw_whenitson_batch = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(draw_whenitson_batch)


def _post(link: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"---\nID: 1\npost_title: 'A title &#8211; Outlet'\noriginal_link:\n  - >\n    {link}\n"
            f"canonical_url:\n  - >\n    {link}\n---\n [ad_1]\n<br><div>{body}</div>\n")


def test_no_drawn_outlet_lies_in_dev():
    split = json.loads((ROOT / "bench" / "data" / "events" / "split.json").read_text(encoding="utf-8"))
    dev = {key.split(":", 1)[1] for key, half in split["outlets"].items() if key.startswith("en:") and half == "dev"}
    assert dev and not dev & set(draw_whenitson_batch.NEWS_HOSTS.values())


def test_outlet_from_a_direct_link_and_from_a_google_news_link():
    google = ("http://news.google.com/news/url?sa=t&#038;fd=R&#038;ct2=us&#038;url=http://www.nytimes.com/2016/06/18/"
              "world/asia/pakistan.html")
    raw = _post(google, ["x"])
    assert draw_whenitson_batch.original_url(raw) == "http://www.nytimes.com/2016/06/18/world/asia/pakistan.html"
    assert draw_whenitson_batch.outlet_of(draw_whenitson_batch.original_url(raw)) == "nytimes"
    assert draw_whenitson_batch.outlet_of("http://edition.cnn.com/2016/01/12/x") == "cnn"
    assert draw_whenitson_batch.outlet_of("http://feeds.reuters.com/~r/Reuters/x") is None  # reuters lies in dev
    assert draw_whenitson_batch.outlet_of("http://www.wired.com/2016/x") is None


def test_bands_are_disjoint_and_the_country_rule_holds(monkeypatch):
    sentence = "Japan and China met. Japan thanked China. "
    posts = {
        "_posts/2016-01-01-short-nytimes.md": _post("http://www.nytimes.com/a", [sentence * 10]),
        "_posts/2016-01-02-long-cnn.md": _post("http://www.cnn.com/b", [sentence * 80]),
        "_posts/2016-01-03-one-country-npr.md": _post("http://www.npr.org/c", ["Japan voted. Japan counted. " * 20]),
        "_posts/2016-01-04-dev-outlet.md": _post("http://feeds.reuters.com/d", [sentence * 10]),
    }
    monkeypatch.setattr(draw_whenitson_batch, "_listing", lambda git_dir: list(posts))
    monkeypatch.setattr(draw_whenitson_batch._rebuild, "git_show", lambda git_dir, path: posts[path])
    band1 = draw_whenitson_batch.draw(Path("."), 1)
    band2 = draw_whenitson_batch.draw(Path("."), 2)
    assert [(r["id"], r["outlet"], r["title"]) for r in band1] == [
        ("wio-2016-01-01-short-nytimes", "nytimes", "A title \u2013 Outlet")]
    assert [r["id"] for r in band2] == ["wio-2016-01-02-long-cnn"]
    assert all(r["lang"] == "en" and r["source"].startswith("secureIntent-git/teftst _posts/") for r in band1 + band2)


def test_batch53_tiers_new_outlets_first_then_dev_outlets_never_test_nor_labelled(monkeypatch):
    sentence = "Japan and China met. Japan thanked China. "
    posts = {
        "_posts/2016-01-01-a-reuters.md": _post("http://feeds.reuters.com/a", [sentence * 10]),
        "_posts/2016-01-02-b-abc.md": _post("http://abcnews.go.com/b", [sentence * 10]),
        "_posts/2016-01-03-c-sltrib.md": _post("http://www.sltrib.com/c", [sentence * 10]),
        "_posts/2016-01-04-d-nytimes.md": _post("http://www.nytimes.com/d", [sentence * 10]),  # a test outlet
        "_posts/2016-01-05-e-sports.md": _post("http://espn.go.com/e", [sentence * 10]),  # not a news host
        # a post batch 20 labelled (its id is in bench/data/events/batch20.jsonl)
        "_posts/2016-02-04-russia-accuses-turkey-of-preparing-to-invade-syria-washington-post.md":
            _post("https://www.washingtonpost.com/f", [sentence * 10]),
    }
    monkeypatch.setattr(draw_whenitson_batch, "_listing", lambda git_dir: list(posts))
    monkeypatch.setattr(draw_whenitson_batch._rebuild, "git_show", lambda git_dir, path: posts[path])
    drawn = draw_whenitson_batch.draw_53(Path("."))
    assert [r["outlet"] for r in drawn] == ["sltrib", "abcnews", "reuters"]
    split = json.loads((ROOT / "bench" / "data" / "events" / "split.json").read_text(encoding="utf-8"))
    test_outlets = {key.split(":", 1)[1] for key, half in split["outlets"].items() if half == "test"}
    assert not test_outlets & {outlet for tier in draw_whenitson_batch.TIERS_53 if tier for outlet in tier}

"""Rebuild the texts of labelled articles whose licence keeps them out of the repository.

    python scripts/rebuild_event_texts.py --repo owner/name=PATH_TO_GIT_DIR [...]

bench/data/events/*.jsonl keep `text: null` and `text_sha1` for these sources (SOURCES.md):
- `cnews-val-N`: qianshuang/dl-exp `data/cnews/cnews.val.txt` (THUCNews subset, research use);
- `unc-NAME`: undertheseanlp/resources `.../CP_Vietnamese-UNC/.../NAME.txt` (GPL-3.0);
- `bbc-SPLIT-N`: LTSACH/AILearningHub `datasets/bbcnews/data/SPLIT.csv` (BBC News 2004-05,
  research use), row N+1;
- `hkcnews-N`: hkarchivist/hkcnews-article-archive `articles/.../article_N.md` (Citizen News,
  Hong Kong, 2016-22; the outlet keeps the copyright);
- `gnews-N`: ourhimalayas/txt `content/gnews/N.md` (Chinese reposts of gnews.org, 2024; no
  licence stated);
- `wio-SLUG`: secureIntent-git/teftst `_posts/SLUG.md` (2016 reposts on whenitson.com of
  Reuters, Washington Post, Times of India, CBS, ABC News ... articles; no licence stated);
- `dkv-SLUG`: ewh-support/shrimpnew.dakotavina `content/SLUG.md` (Vietnamese news reposted
  with the source newspaper in `trichdan`; no licence stated);
- `adayroi-SLUG`: hungdoba/news.adayroi.jp `content/SLUG.md` (Vietnamese news site, 2025; no
  licence stated);
- `rfarda-N`: sci2lab/Farsi-datasets `farsi_news/radiofarda.json`, the record whose `link` ends in
  `/N.html` (Radio Farda items of its RSS feed, April 2020, full text in `summary`; no licence stated);
- `hamshahri-N`: sci2lab/Farsi-datasets `farsi_news/hamshahri.json`, the first record whose `link` holds
  `/news/N/` (Hamshahri Online items of its RSS feed, April 2020; `summary` is the item's lead, the whole
  text the feed keeps; no licence stated);
- `ttimes-N`: Kmahmoudi/Tehran-Times-Dataset `data/_news_N_SLUG.txt` (Tehran Times pages as crawled by
  the repository; the pages' footer states CC BY 4.0 for Mehr News Agency content);
- `nytcn-DATE_SLUG`: jchn122/Projects `Chinese_News_Corpus/interface/corpus/DATE_SLUG.txt` (The New York
  Times Chinese website, 2018-20, as collected by the repository; no licence stated, content (c) NYT);
- `ant-DOCNO`: antcorpus/antcorpus.multisource.data `SOURCE/CATEGORY/DOCNO.txt` (ANT Corpus v2.1, Arabic news
  of Al Arabiya, BBC Arabic, CNN Arabic, France 24 and Sky News Arabia from their RSS feeds, 2018; Apache-2.0 with
  a citation request; content (c) the outlets);
- `mnc-OUTLET-N`: elsayed-issa/The-Moroccan-News-Corpus, item N (counted from 1, empty items included) of
  `THE CORPUS/feb.txt` (febrayer), `yab.json` (yabiladi) or `morc24/nn.xml` (almaghreb24): Moroccan news sites
  crawled in June 2019, each item the list of an article's paragraphs; no licence stated, content (c) the outlets;
- `ahdath-N`: elsayed-issa/Arabic-News-Summaries `ahd22.json`, item N (counted from 1, empty items included; the JSON
  array of {"content": [...]} records): ahdath.info (al-Ahdath al-Maghribia) items crawled in 2019, cleaned as
  `mnc-` with the leading credit line cut (`ahdath_text`); no licence stated, content (c) the outlet;
- `voazh-N` / `dwzh-N`: duty-machine/news `articles/美国之音/N_TITLE.md` / `articles/德国之声/N_TITLE.md` at the
  commit named in `source` (Voice of America Chinese and Deutsche Welle Chinese items of October 2020, as the
  repository's feedx.net RSS archiver stored them; no licence stated, content (c) the outlets; VOA's own text is a
  US government work). The repository is large (about 2.3 GB): a blobless clone (`git clone --filter=blob:none`)
  is enough, git show fetching each file.
- `rfizh-N`: the same repository's `articles/rfi/N.md` at the commit named in `source` (Radio France Internationale's
  Chinese service, June 2022, as the same archiver stored it; no licence stated, content (c) RFI), cleaned as `voazh-`.
- `ttvi-N`: kitsunehivern/TuoiTreSearchEngine `data/N.json` at the commit named in `source` (Tuổi Trẻ, tuoitre.vn,
  November 2024, as the repository's crawler stored it; no licence stated, content (c) Tuổi Trẻ): its `content`
  field, NFC, white space collapsed (`tuoitre_text`).
Fetch each repository (a bare git directory is enough) and pass where it is; for a repository too large to fetch
whole (news.adayroi.jp, shrimpnew.dakotavina), a plain folder holding just the needed files at their paths (each read
at the commit SOURCES.md names) will do. The text is
rebuilt exactly as the labeller saw it, checked against `text_sha1`, and written to
bench/data/events/texts/<id>.txt (not committed), where bench/event_corpus.load finds it.
A text that cannot be rebuilt or does not match is reported on one line; the rest go on.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from event_corpus import DATA_DIR, TEXT_DIR

CNEWS_REPO = "qianshuang/dl-exp"
CNEWS_PATH = "data/cnews/cnews.val.txt"
UNC_REPO = "undertheseanlp/resources"
BBC_REPO = "LTSACH/AILearningHub"
HKCNEWS_REPO = "hkarchivist/hkcnews-article-archive"
ADAYROI_REPO = "hungdoba/news.adayroi.jp"
GNEWS_REPO = "ourhimalayas/txt"
WIO_REPO = "secureIntent-git/teftst"
DKV_REPO = "ewh-support/shrimpnew.dakotavina"
RFARDA_REPO = "sci2lab/Farsi-datasets"
RFARDA_PATH = "farsi_news/radiofarda.json"
HAMSHAHRI_PATH = "farsi_news/hamshahri.json"
TEHRANTIMES_REPO = "Kmahmoudi/Tehran-Times-Dataset"
NYTCN_REPO = "jchn122/Projects"
ANT_REPO = "antcorpus/antcorpus.multisource.data"
MNC_REPO = "elsayed-issa/The-Moroccan-News-Corpus"
MNC_FILES = {"febrayer": "THE CORPUS/feb.txt", "yabiladi": "yab.json", "almaghreb24": "morc24/nn.xml"}
DUTYNEWS_REPO = "duty-machine/news"
AHDATH_REPO = "elsayed-issa/Arabic-News-Summaries"
TUOITRE_REPO = "kitsunehivern/TuoiTreSearchEngine"
AHDATH_PATH = "ahd22.json"
DATELINE = re.compile(
    r"(新华网|人民网|中新网|中广网|中新社|中国新闻网|环球时报|环球网|本报|据新华社|新华社|中国台湾网|国际在线|央视网"
    r"|京华时报|新京报|北京晨报|法制晚报|综合新华社)"
)


def git_show(git_dir: Path, path: str, rev: str = "HEAD") -> str:
    """The file at ``path`` in the repository: from a (bare) git directory at ``rev``, or, where ``git_dir`` is a
    plain folder holding the file at that path (a repository too large to fetch whole, its files read one by
    one at the commit SOURCES.md names), from that folder."""
    plain = git_dir / path
    if plain.is_file() and not (git_dir / "HEAD").is_file() and not (git_dir / ".git").exists():
        return plain.read_bytes().decode("utf-8")
    out = subprocess.run(["git", f"--git-dir={git_dir}", "show", f"{rev}:{path}"],
                         capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def cnews_text(body: str) -> str:
    """The article body after the title (cnews glues title and dateline)."""
    body = unicodedata.normalize("NFC", body.strip())
    match = DATELINE.search(body, 0, 80)
    return body[match.start():] if match and match.start() > 4 else body


def unc_text(raw: str) -> str:
    lines = [line.strip() for line in unicodedata.normalize("NFC", raw).split("\n")
             if line.strip() and not line.startswith("# ")]
    return "\n".join(lines[1:])


def _markdown_body(raw: str) -> str:
    """A Markdown article after its YAML front matter, without the front matter."""
    raw = unicodedata.normalize("NFC", raw.replace("\r\n", "\n"))
    if raw.startswith("---\n"):
        raw = raw.split("\n---\n", 1)[1]
    return raw


def hkcnews_text(raw: str) -> str:
    """Citizen News body: paragraphs and subheadings, without the title heading, figures,
    the subscription lines and the trailer after the closing rule."""
    body = _markdown_body(raw).split("\n---\n", 1)[0]
    body = re.sub(r"<figure>.*?</figure>", "", body, flags=re.DOTALL)
    lines = []
    for line in body.split("\n"):
        line = line.strip()
        if not line or line.startswith(("# ", "<", "{{")) or "眾新聞" in line:
            continue
        line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)
        lines.append(re.sub(r"^#{2,6}\s*", "", line).strip())
    return "\n".join(lines)


def gnews_text(raw: str) -> str:
    """gnews.org repost: the lines after the dateline, without images, photo captions (▲),
    wiki-link markup ([[zh:X]] -> X) and link targets."""
    raw = unicodedata.normalize("NFC", raw.replace("\r\n", "\n"))
    body = raw.split("[轉載自GNews]", 1)[1].split("\n", 1)[1]
    lines = []
    for line in body.split("\n"):
        line = line.strip()
        if not line or line.startswith(("![", "▲", "#", "`")):
            continue
        line = re.sub(r"\[\[zh:([^\]]*)\]\]", r"\1", line)
        line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)
        lines.append(line)
    return "\n".join(lines)


def whenitson_text(raw: str) -> str:
    """whenitson.com repost: the text of each HTML paragraph (<p>), tags removed, entities
    decoded; empty paragraphs and the closing reporting/editing credit are left out."""
    import html
    body = unicodedata.normalize("NFC", raw.split("\n---\n", 1)[-1])
    lines = []
    for para in re.findall(r"<p[^>]*>(.*?)</p>", body, flags=re.DOTALL):
        text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", para)).split())
        if not text or re.match(r"^\((?:Additional )?[Rr]eporting\b|^\(Writing\b|^\(Editing\b", text):
            continue
        lines.append(text)
    return "\n".join(lines)


def dakotavina_text(raw: str) -> str:
    """dakotavina repost: the lead (`doangioithieu` in the JSON front matter), then the text of
    each HTML heading and paragraph, tags removed, entities decoded, spaces collapsed; a closing
    all-capitals byline is left out."""
    import html
    raw = unicodedata.normalize("NFC", raw)
    head, _, body = raw.partition("\n}\n---\n")
    lead = json.loads(head.split("\n", 1)[1] + "\n}").get("doangioithieu", "").strip()
    lines = [lead] if lead else []
    for block in re.findall(r"<(?:p|h\d)[^>]*>(.*?)</(?:p|h\d)>", body, flags=re.DOTALL):
        text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", block)).split())
        if text and not (text == text.upper() and len(text) < 40 and not any(c.isdigit() for c in text)):
            lines.append(text)
    return "\n".join(lines)


def adayroi_text(raw: str) -> str:
    """adayroi.jp body: headings and paragraphs, without the title heading, images,
    bare links, link targets and Markdown emphasis marks."""
    lines = []
    for line in _markdown_body(raw).split("\n"):
        line = line.strip()
        if not line or line.startswith(("# ", "![")):
            continue
        if re.fullmatch(r"\[[^\]]*\]\([^)]*\)", line):
            continue
        line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)
        line = re.sub(r"^#{2,6}\s*", "", line).replace("**", "")
        lines.append(line[1:] if re.match(r"^\*[^*\s]", line) else line)
    return "\n".join(lines)


def radiofarda_text(summary: str) -> str:
    """Radio Farda RSS item: the `summary` field's paragraphs, each stripped, blank lines left out."""
    lines = (line.strip() for line in unicodedata.normalize("NFC", summary).split("\n"))
    return "\n".join(line for line in lines if line)


def radiofarda_record(records: list[dict], number: str) -> dict:
    """The first record of radiofarda.json whose link ends in /NUMBER.html (the feed repeats some items)."""
    for record in records:
        if record["link"].endswith(f"/{number}.html"):
            return record
    raise KeyError(f"no radiofarda.json record with link .../{number}.html")


def hamshahri_record(records: list[dict], number: str) -> dict:
    """The first record of hamshahri.json whose link holds /news/NUMBER/ (the feed repeats some items,
    sometimes with other spacing in the lead)."""
    for record in records:
        if f"/news/{number}/" in record["link"]:
            return record
    raise KeyError(f"no hamshahri.json record with link .../news/{number}/...")


def tehrantimes_text(raw: str) -> str:
    """Tehran Times crawl: every line stripped, blank lines dropped, the closing licence footer
    ("All Content by Mehr News Agency ...") and the editors' initials before it ("NA/PA") cut."""
    raw = unicodedata.normalize("NFC", raw.replace("\r\n", "\n"))
    body, footer, _ = raw.partition("All Content by Mehr News Agency")
    text = "\n".join(line.strip() for line in body.split("\n") if line.strip())
    return re.sub(r"\s+[A-Z]{2,3}(?:/[A-Z]{2,3})?$", "", text).strip() if footer else text


_PHOTO_CREDIT = re.compile(r"\s[A-Z][A-Za-z.,'’&/\- —]*$")


def nytcn_text(raw: str) -> str:
    """NYT Chinese article as the repository keeps it ("N  paragraph" lines): the paragraph numbers
    cut, blank lines and photo captions (a paragraph ending in a Latin credit such as
    "Doug Mills/The New York Times") left out, each paragraph stripped."""
    lines = []
    for line in unicodedata.normalize("NFC", raw.replace("\r\n", "\n")).split("\n"):
        line = re.sub(r"^\d+(?:\s+|$)", "", line.strip()).strip()
        if line and not _PHOTO_CREDIT.search(line):
            lines.append(line)
    return "\n".join(lines)


_SENTENCE_END = re.compile(r"[.!?\u061f:\u2026][\"\u00bb\u201d')\]]*$")


def ant_text(raw: str) -> str:
    """ANT Corpus document: the lines of its <TEXT> element, spaces collapsed, blank lines left out; left
    out too is a line under 120 characters that does not end a sentence (. ! ? ؟ : or …, a closing quote or
    bracket allowed after it): the related-story links ("اقرأ.. ...", "للمزيد: ...") and subheadings that
    the feed keeps inside the body."""
    raw = unicodedata.normalize("NFC", raw.replace("\r\n", "\n"))
    body = raw.split("<TEXT>", 1)[1].split("</TEXT>", 1)[0]
    lines = []
    for line in body.split("\n"):
        line = " ".join(line.split())
        if line and (_SENTENCE_END.search(line) or len(line) >= 120):
            lines.append(line)
    return "\n".join(lines)


_INVISIBLE = re.compile("[\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def mnc_items(raw: str, path: str) -> list[list[str]]:
    """The items of one Moroccan News Corpus file, in file order, each the list of its paragraphs (an empty
    list for an empty item): `feb.txt` has one `content: [...]` line (a Python list) per item, `yab.json`
    several JSON arrays of {"content": [...]} written one after another, `nn.xml` <item><content><value>...
    elements."""
    import ast
    import html
    if path.endswith(".txt"):
        return [ast.literal_eval(line[len("content: "):]) for line in raw.split("\n") if line.startswith("content: ")]
    if path.endswith(".json"):
        decoder, items, at = json.JSONDecoder(), [], 0
        while at < len(raw):
            if raw[at].isspace():
                at += 1
                continue
            chunk, at = decoder.raw_decode(raw, at)
            items.extend(record.get("content") or [] for record in chunk)
        return items
    return [[html.unescape(v) for v in re.findall(r"<value>(.*?)</value>", item, flags=re.DOTALL)]
            for item in re.findall(r"<item>(.*?)</item>", raw, flags=re.DOTALL)]


def mnc_text(paragraphs: list[str]) -> str:
    """A Moroccan News Corpus article: its paragraphs, zero-width and direction marks cut, spaces collapsed,
    empty paragraphs left out, one a line."""
    lines = (" ".join(_INVISIBLE.sub("", unicodedata.normalize("NFC", p)).split()) for p in paragraphs)
    return "\n".join(line for line in lines if line)


def ahdath_text(paragraphs: list[str]) -> str:
    """An ahdath.info item of elsayed-issa/Arabic-News-Summaries `ahd22.json`: as `mnc_text`, with the first
    non-empty paragraph left out when it is the site's credit line (it holds "ahdath", any case, and is under 100
    characters: "AHDATH.INFO", "AHDATH.INFO - متابعة", "AHDATH INFO- <reporter>", "- بقلم: <writer> - AHDATH.INFO")."""
    lines = mnc_text(paragraphs).split("\n")
    if lines and "ahdath" in lines[0].lower() and len(lines[0]) < 100:
        lines = lines[1:]
    return "\n".join(lines)


_FEEDX_PARAGRAPH = re.compile(r"<p(?:\s[^>]*)?>(.*?)</p>", flags=re.DOTALL)


def feedx_text(raw: str) -> str:
    """An item of duty-machine/news (an RSS item as feedx.net serves it, one HTML line under a Markdown title
    link): the text of each <p> element, tags removed, entities decoded, white space collapsed; empty
    paragraphs and Deutsche Welle's closing copyright notice ("© 2020年德国之声版权声明…") left out (a tag
    inside a paragraph is dropped without a space, <br> becomes one). Photo
    captions (<small>), video, image and gallery blocks (<div>, <b>) and the feedx.net trailer are not <p>
    elements and so stay out."""
    import html
    body = unicodedata.normalize("NFC", raw.replace("\r\n", "\n")).split("\n------\n", 1)[-1]
    lines = []
    for para in _FEEDX_PARAGRAPH.findall(body):
        para = re.sub(r"<[^>]+>", "", re.sub(r"<br\s*/?>", " ", para))
        text = " ".join(html.unescape(para).split())
        if text and not text.startswith("©"):
            lines.append(text)
    return "\n".join(lines)


def feedx_meta(raw: str) -> tuple[str, str | None]:
    """(title, publication date YYYY-MM-DD or None) of a duty-machine/news item: the title of its first-line
    link and the date in its <i> header (VOA: "Thu, 08 Oct 2020 11:59:21 GMT"; DW: "2020-10-09T07:17:59Z")."""
    import html
    from datetime import datetime
    raw = unicodedata.normalize("NFC", raw.replace("\r\n", "\n"))
    title = re.search(r"^\[(.*)\]\(", raw, flags=re.MULTILINE)
    stamp = re.search(r"<i>(?:[^<]*<br>)?\s*([^<]+?)\s*</i>", raw)
    published = None
    if stamp:
        value = stamp.group(1)
        iso = re.match(r"(\d{4}-\d{2}-\d{2})T", value)
        if iso:
            published = iso.group(1)
        else:
            try:
                published = datetime.strptime(value, "%a, %d %b %Y %H:%M:%S GMT").strftime("%Y-%m-%d")
            except ValueError:
                published = None
    return (html.unescape(title.group(1)) if title else ""), published


def tuoitre_text(raw: str) -> str:
    """A Tuổi Trẻ item of kitsunehivern/TuoiTreSearchEngine (`data/N.json`): its `content` (the article body as one
    run of text), NFC, every run of white space made one space, stripped."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", json.loads(raw)["content"])).strip()


def rebuild(article: dict, repos: dict[str, Path], cache: dict[str, str]) -> str:
    source = article["source"]
    if article["id"].startswith("cnews-"):
        if CNEWS_PATH not in cache:
            cache[CNEWS_PATH] = git_show(repos[CNEWS_REPO], CNEWS_PATH)
        number = int(source.rsplit(" ", 1)[1])
        return cnews_text(cache[CNEWS_PATH].splitlines()[number - 1].partition("\t")[2])
    if article["id"].startswith("unc-"):
        return unc_text(git_show(repos[UNC_REPO], source.split(" ", 1)[1]))
    if article["id"].startswith("bbc-"):
        path, row = source.split(" ")[1], int(source.rsplit(" ", 1)[1])
        if path not in cache:
            cache[path] = git_show(repos[BBC_REPO], path)
        rows = list(csv.DictReader(io.StringIO(cache[path])))
        return unicodedata.normalize("NFC", rows[row - 1]["text"].strip())
    if article["id"].startswith("hkcnews-"):
        return hkcnews_text(git_show(repos[HKCNEWS_REPO], source.split(" ", 1)[1]))
    if article["id"].startswith("gnews-"):
        return gnews_text(git_show(repos[GNEWS_REPO], source.split(" ", 1)[1]))
    if article["id"].startswith("wio-"):
        return whenitson_text(git_show(repos[WIO_REPO], source.split(" ", 1)[1]))
    if article["id"].startswith("dkv-"):
        return dakotavina_text(git_show(repos[DKV_REPO], source.split(" ", 1)[1]))
    if article["id"].startswith("adayroi-"):
        return adayroi_text(git_show(repos[ADAYROI_REPO], source.split(" ", 1)[1]))
    if article["id"].startswith("rfarda-"):
        if RFARDA_PATH not in cache:
            cache[RFARDA_PATH] = git_show(repos[RFARDA_REPO], RFARDA_PATH)
        record = radiofarda_record(json.loads(cache[RFARDA_PATH]), article["id"].split("-", 1)[1])
        return radiofarda_text(record["summary"])
    if article["id"].startswith("hamshahri-"):
        if HAMSHAHRI_PATH not in cache:
            cache[HAMSHAHRI_PATH] = git_show(repos[RFARDA_REPO], HAMSHAHRI_PATH)
        record = hamshahri_record(json.loads(cache[HAMSHAHRI_PATH]), article["id"].split("-", 1)[1])
        return radiofarda_text(record["summary"])
    if article["id"].startswith("ttimes-"):
        return tehrantimes_text(git_show(repos[TEHRANTIMES_REPO], source.split(" ", 1)[1]))
    if article["id"].startswith("nytcn-"):
        return nytcn_text(git_show(repos[NYTCN_REPO], source.split(" ", 1)[1]))
    if article["id"].startswith("ant-"):
        return ant_text(git_show(repos[ANT_REPO], source.split(" ", 1)[1]))
    if article["id"].startswith("mnc-"):
        _, outlet, number = article["id"].split("-")
        path = MNC_FILES[outlet]
        if path not in cache:
            cache[path] = mnc_items(git_show(repos[MNC_REPO], path), path)
        return mnc_text(cache[path][int(number) - 1])
    if article["id"].startswith("ahdath-"):
        if AHDATH_PATH not in cache:
            cache[AHDATH_PATH] = mnc_items(git_show(repos[AHDATH_REPO], AHDATH_PATH), AHDATH_PATH)
        return ahdath_text(cache[AHDATH_PATH][int(article["id"].split("-")[1]) - 1])
    if article["id"].startswith(("voazh-", "dwzh-", "rfizh-")):
        repo_rev, path = source.split(" ", 1)
        return feedx_text(git_show(repos[DUTYNEWS_REPO], path, repo_rev.partition("@")[2] or "HEAD"))
    if article["id"].startswith("ttvi-"):
        repo_rev, path = source.split(" ", 1)
        return tuoitre_text(git_show(repos[TUOITRE_REPO], path, repo_rev.partition("@")[2] or "HEAD"))
    if article["id"].startswith(("webfa-", "webar-", "webfa2-", "webar2-", "audit2-", "webzh-", "webvi-", "webru-")):
        raise KeyError(f"{article['id']} is a stored web page ({source}): no repository to rebuild it from, "
                       "its text is kept in texts/ by hand (SOURCES.md)")
    raise KeyError(f"no rebuild rule for {article['id']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repo", action="append", default=[], help="owner/name=GIT_DIR")
    args = parser.parse_args(argv)
    repos = {k: Path(v) for k, _, v in (r.partition("=") for r in args.repo)}
    TEXT_DIR.mkdir(exist_ok=True)
    cache: dict[str, str] = {}
    done = failed = 0
    for path in sorted(DATA_DIR.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            article = json.loads(line)
            if article.get("text") is not None:
                continue
            kept = TEXT_DIR / f"{article['id']}.txt"
            if kept.exists() and hashlib.sha1(kept.read_bytes()).hexdigest() == article["text_sha1"]:
                done += 1
                continue
            try:
                text = rebuild(article, repos, cache)
            except (KeyError, subprocess.CalledProcessError, IndexError, ValueError) as exc:
                print(f"{path.name}: {article['id']}: cannot rebuild ({exc})", file=sys.stderr)
                failed += 1
                continue
            if hashlib.sha1(text.encode("utf-8")).hexdigest() != article["text_sha1"]:
                print(f"{path.name}: {article['id']}: rebuilt text differs (sha1)", file=sys.stderr)
                failed += 1
                continue
            (TEXT_DIR / f"{article['id']}.txt").write_text(text, encoding="utf-8")
            done += 1
    print(f"{done} texts rebuilt into {TEXT_DIR}, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())

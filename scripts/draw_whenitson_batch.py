"""The draws behind bench/data/events/batch40.jsonl and batch53.jsonl (English, whenitson.com reposts), written down.

    python scripts/draw_whenitson_batch.py GIT_DIR_OF_secureIntent-git/teftst [--band 2] > POOL.jsonl
    python scripts/draw_whenitson_batch.py GIT_DIR_OF_secureIntent-git/teftst --batch 53 > POOL53.jsonl

secureIntent-git/teftst keeps 2016 reposts (whenitson.com) of news from Reuters' feeds and from Google
News links to many US and other outlets. Batch 20 took a few of them for dev (`wio-`, outlets reuters,
washingtonpost, cbsnews, abcnews, timesofindia). This draw takes only posts whose original outlet (the
host of `original_link`, or of the `url=` inside a news.google.com link) is not yet an English outlet
of bench/data/events/split.json and is a general news outlet (NEWS_HOSTS; tech, sport and entertainment
sites left out). A post is kept when its cleaned text (`whenitson_text` of scripts/rebuild_event_texts.py)
names at least two countries of COUNTRIES at least twice each and its length lies in the band's range
(BANDS: band 1, 300 to 3000 characters; band 2, 3001 to 4500, drawn after band 1 was labelled so that
the batch had more articles). Each band's kept posts, in path order, are shuffled with random.Random(40);
batch 40 labels band 1 in that order, then band 2 in that order, without skipping any. Nothing here
reads bilat's output.

Batch 53 (`--batch 53`, a DEV batch, after batch 40 had put its 13 outlets in test): the same rule (band 1,
300 to 3000 characters, at least two of COUNTRIES at least twice each), outlets looked up in NEWS_HOSTS and
MORE_HOSTS_53 (the other general news hosts the repository links to); all kept posts, in path order, are
shuffled with random.Random(53), and that order is cut into three tiers taken one after the other: (1) outlets that lie in no half of split.json
(any language), (2) the dev English outlets batch 20 drew from here other than Reuters (washingtonpost,
abcnews, cbsnews, timesofindia: too few posts of new outlets pass), (3) Reuters (dev). Posts labelled in any
other batch are left out. Outlets in the test half are never drawn. scripts/pool_batch53.py takes this order, drops
the wire copies and keeps the first 42 (the labelled batch).
"""

from __future__ import annotations

import html
import importlib.util
import json
import random
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote

_spec = importlib.util.spec_from_file_location(
    "rebuild_event_texts", Path(__file__).resolve().parent / "rebuild_event_texts.py")
_rebuild = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_rebuild)

# host (without www.) -> outlet name; none of these is an English outlet of split.json
NEWS_HOSTS = {
    "nytimes.com": "nytimes", "cnn.com": "cnn", "nbcnews.com": "nbcnews", "usatoday.com": "usatoday",
    "latimes.com": "latimes", "foxnews.com": "foxnews", "nydailynews.com": "nydailynews", "wsj.com": "wsj",
    "bloomberg.com": "bloomberg", "npr.org": "npr", "voanews.com": "voanews", "thedailybeast.com": "thedailybeast",
    "thehill.com": "thehill", "politico.com": "politico", "theguardian.com": "theguardian",
    "aljazeera.com": "aljazeera", "cnbc.com": "cnbc", "time.com": "time", "usnews.com": "usnews",
    "independent.co.uk": "independent", "telegraph.co.uk": "telegraph", "dailymail.co.uk": "dailymail",
    "gulfnews.com": "gulfnews", "upi.com": "upi", "seattlepi.com": "seattlepi", "sfgate.com": "sfgate",
    "chicagotribune.com": "chicagotribune", "bostonglobe.com": "bostonglobe", "newsweek.com": "newsweek",
    "businessinsider.com": "businessinsider", "ft.com": "ft", "economist.com": "economist",
    "theatlantic.com": "theatlantic", "huffingtonpost.com": "huffingtonpost", "vox.com": "vox",
    "nypost.com": "nypost", "miamiherald.com": "miamiherald", "startribune.com": "startribune",
    "csmonitor.com": "csmonitor", "dw.com": "dw", "france24.com": "france24en", "rt.com": "rt",
    "japantimes.co.jp": "japantimes", "scmp.com": "scmp", "haaretz.com": "haaretz",
    "timesofisrael.com": "timesofisrael", "jpost.com": "jpost", "hindustantimes.com": "hindustantimes",
    "abc.net.au": "abcau", "cbc.ca": "cbc", "theglobeandmail.com": "theglobeandmail",
}
COUNTRIES = ("United States", "U.S.", "America", "Russia", "China", "Iran", "Iraq", "Syria", "Turkey", "Israel",
             "Saudi Arabia", "Egypt", "Japan", "North Korea", "South Korea", "India", "Pakistan", "Afghanistan",
             "Britain", "France", "Germany", "Ukraine", "Cuba", "Mexico", "Canada", "Libya", "Yemen", "Jordan",
             "Lebanon", "Qatar", "Taiwan", "Vietnam", "Philippines", "Australia", "Brazil", "Venezuela", "Italy",
             "Greece", "Belgium", "Nigeria")
# batch 53: more general news hosts (tech, sport, entertainment and celebrity sites left out) and the dev
# English outlets of this repository (tiers 2 and 3)
MORE_HOSTS_53 = {
    "sltrib.com": "sltrib", "tampabay.com": "tampabay", "wnax.com": "wnax", "townhall.com": "townhall",
    "firstcoastnews.com": "firstcoastnews", "fortune.com": "fortune", "denverpost.com": "denverpost",
    "washingtontimes.com": "washingtontimes", "oregonlive.com": "oregonlive", "nola.com": "nola",
    "dallasnews.com": "dallasnews", "houstonchronicle.com": "houstonchronicle", "ocregister.com": "ocregister",
    "charlotteobserver.com": "charlotteobserver", "stltoday.com": "stltoday", "indystar.com": "indystar",
    "omaha.com": "omaha", "newsobserver.com": "newsobserver", "freep.com": "freep", "mlive.com": "mlive",
    "ktla.com": "ktla", "nbcdfw.com": "nbcdfw", "nbcchicago.com": "nbcchicago", "wisn.com": "wisn",
    "wfaa.com": "wfaa", "krqe.com": "krqe", "wmur.com": "wmur", "scpr.org": "scpr", "rferl.org": "rferl",
    "news.vice.com": "vice", "slate.com": "slate", "dailycaller.com": "dailycaller", "theblaze.com": "theblaze",
    "news.usni.org": "usni", "ndtv.com": "ndtv", "providencejournal.com": "providencejournal",
    "santafenewmexican.com": "santafenewmexican", "dailyprogress.com": "dailyprogress", "nwaonline.com": "nwaonline",
    "timesargus.com": "timesargus", "postbulletin.com": "postbulletin", "dailyastorian.com": "dailyastorian",
    "petoskeynews.com": "petoskeynews", "ellwoodcityledger.com": "ellwoodcityledger", "ncronline.org": "ncronline",
    "westhartfordnews.com": "westhartfordnews", "forbes.com": "forbes", "cbslocal.com": "cbslocal",
    "nj1015.com": "nj1015",
    "washingtonpost.com": "washingtonpost", "abcnews.go.com": "abcnews", "cbsnews.com": "cbsnews",
    "timesofindia.indiatimes.com": "timesofindia", "reuters.com": "reuters",
}
TIERS_53 = (None, ("washingtonpost", "abcnews", "cbsnews", "timesofindia"), ("reuters",))
SEED = 40
BANDS = {1: (300, 3000), 2: (3001, 4500)}


def _front(raw: str, key: str) -> str:
    match = re.search(rf"^{key}:\s*\n\s*-\s*>?\s*\n?\s*(\S.*)$", raw, flags=re.MULTILINE)
    return match[1].strip().strip("'") if match else ""


def original_url(raw: str) -> str:
    """The original article's address: `original_link`, or the `url=` a news.google.com link carries."""
    link = html.unescape(_front(raw, "original_link"))
    if "news.google.com" in link:
        match = re.search(r"[?&]url=([^&]+)", link)
        link = unquote(match[1]) if match else link
    return link


def outlet_of(url: str, hosts: dict[str, str] = NEWS_HOSTS) -> str | None:
    host = re.sub(r"^https?://", "", url).split("/", 1)[0].lower()
    host = re.sub(r"^(www|edition|us|mobile|m)\.", "", host)
    for known, outlet in hosts.items():
        if host == known or host.endswith("." + known):
            return outlet
    return None


def _listing(git_dir: Path) -> list[str]:
    return subprocess.run(["git", f"--git-dir={git_dir}", "ls-tree", "-r", "--name-only", "HEAD"],
                          capture_output=True, text=True, check=True).stdout.split("\n")


def draw(git_dir: Path, band: int = 1, hosts: dict[str, str] = NEWS_HOSTS, seed: int = SEED) -> list[dict]:
    low, high = BANDS[band]
    pool = []
    for path in sorted(p for p in _listing(git_dir) if p.startswith("_posts/") and p.endswith(".md")):
        raw = _rebuild.git_show(git_dir, path)
        outlet = outlet_of(original_url(raw), hosts)
        if outlet is None:
            continue
        text = _rebuild.whenitson_text(raw)
        if sum(text.count(name) >= 2 for name in COUNTRIES) < 2 or not low <= len(text) <= high:
            continue
        slug = path.removeprefix("_posts/").removesuffix(".md")
        title = re.search(r"^post_title:\s*(.*)$", raw, flags=re.MULTILINE)
        pool.append({
            "id": f"wio-{slug}", "lang": "en", "outlet": outlet, "source": f"{_rebuild.WIO_REPO} {path}",
            "published": slug[:10], "title": html.unescape(title[1].strip().strip("'\"")) if title else "",
            "url": original_url(raw), "text": text})
    random.Random(seed).shuffle(pool)
    return pool


def draw_53(git_dir: Path) -> list[dict]:
    """Batch 53's draw order: tier 1 (outlets in no half of split.json), then tier 2, then tier 3 (TIERS_53),
    each tier's kept posts in path order shuffled with random.Random(53); posts of other batches left out."""
    data = Path(__file__).resolve().parent.parent / "bench" / "data" / "events"
    split = json.loads((data / "split.json").read_text(encoding="utf-8"))
    # the articles of every other batch: their ids are left out, and their outlets are the outlets split.json held
    # before batch 53 (so that the draw stays the same once batch 53's own new outlets are in split.json)
    others = [json.loads(line) for path in data.glob("batch*.jsonl") if path.stem != "batch53"
              for line in path.read_text(encoding="utf-8").splitlines()]
    placed = {row["outlet"] for row in others} | {key.split(":", 1)[1] for key in split["split_by_article"]}
    labelled = {row["id"] for row in others}
    kept = [r for r in draw(git_dir, 1, {**NEWS_HOSTS, **MORE_HOSTS_53}, 53) if r["id"] not in labelled]
    order = []
    for tier in TIERS_53:
        if tier is None:
            order += [r for r in kept if r["outlet"] not in placed]
        else:
            order += [r for r in kept if r["outlet"] in tier and split["outlets"].get(f"en:{r['outlet']}") == "dev"]
    return order


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    band = int(args[args.index("--band") + 1]) if "--band" in args else 1
    batch = int(args[args.index("--batch") + 1]) if "--batch" in args else 40
    records = draw_53(Path(args[0])) if batch == 53 else draw(Path(args[0]), band)
    for record in records:
        print(json.dumps(record, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

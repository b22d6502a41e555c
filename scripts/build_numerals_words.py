"""Build bench/data/numerals_words.tsv: numbers written in words, with their values (issue 11).

The pairs are read (with ``ast``, never run) from the unit tests of two public libraries whose
contributors wrote each language's numerals by hand:

- savoirfairelinux/num2words (LGPL-2.1): tests/test_{ar,fa,th,vi,ru,en}.py, calls
  ``self.assertEqual(num2words(NUMBER, lang=..., to=...), "WORDS")``;
- Ailln/cn2an (MIT): cn2an/cn2an_test.py (the strict, normal and smart dicts: words -> value) and
  cn2an/an2cn_test.py (value -> [lower-case words, banking words, rmb, digit-by-digit]).

Each row has a ``kind``: cardinal, decimal and negative are the plain numerals the bench scores;
ordinal, currency, year, inflected (a Russian oblique case), financial (Chinese banking numerals),
colloquial (三万五), digit_string (一七二零), mixed (16.4亿), archaic (廿二), huge (10^16 and more)
and odd (a form that is no well-formed standalone numeral, listed below with the reason) are kept
and reported apart.

The split is fixed in the file: a seeded hash of (lang, value), so one value of a language is never
in both halves.

    python scripts/build_numerals_words.py                      # the mirrors fetched under /work/.mirror
    python scripts/build_numerals_words.py --num2words DIR --cn2an DIR
"""

from __future__ import annotations

import argparse
import ast
import csv
import hashlib
import subprocess
from decimal import Decimal
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "bench" / "data" / "numerals_words.tsv"
NUM2WORDS_LANGS = ("ar", "fa", "th", "vi", "ru", "en")
SEED = "numerals-words-issue11"

# by reading: expected strings that are no well-formed standalone numeral of the language
ODD = {
    ("ar", "مئتا"): "construct state of 200 (only before a noun it is joined to)",
    ("ar", "مائة و ألف ألف و عشرة"): "101010 written as 'hundred and thousand thousand and ten'",
    ("zh", "一万零百一十一"): "零百 is not written; cn2an accepts it as a tolerated error",
}
ZH_FINANCIAL = set("壹贰貳叁參肆伍陆陸柒捌玖拾佰仟")
ZH_UNITS = set("十百千万亿萬億拾佰仟")
ZH_MONEY = set("元圆角分整")


def git_show(repo: Path, commit: str, path: str) -> str:
    return subprocess.run(["git", "--git-dir", str(repo), "show", f"{commit}:{path}"], check=True,
                          capture_output=True, text=True).stdout


def head(repo: Path) -> str:
    return subprocess.run(["git", "--git-dir", str(repo), "rev-parse", "HEAD"], check=True,
                          capture_output=True, text=True).stdout.strip()


def literal(node: ast.AST) -> int | float | str | None:
    """A number literal (``-8324``, ``12.5``, ``"5.10"``), else None."""
    try:
        value = ast.literal_eval(node)
    except (ValueError, SyntaxError, TypeError):
        return None
    return value if isinstance(value, (int, float, str)) and not isinstance(value, bool) else None


def canonical(value: float | str) -> str:
    d = Decimal(str(value)) if not isinstance(value, int) else Decimal(value)
    if d == d.to_integral_value():
        return str(int(d))
    return format(d.normalize(), "f")


def num2words_pairs(source: str, lang: str) -> list[tuple[str, str, str]]:
    """(words, value, kind) from one num2words test file."""
    out = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "assertEqual" and len(node.args) == 2):
            continue
        call, expected = node.args
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "num2words"
                and call.args and isinstance(expected, ast.Constant) and isinstance(expected.value, str)):
            continue
        number = literal(call.args[0])
        kw = {k.arg: literal(k.value) for k in call.keywords}
        if number is None or kw.get("lang", "en") != lang:
            continue
        if isinstance(number, str):
            try:
                Decimal(number)
            except ArithmeticError:
                continue
        extra = set(kw) - {"lang", "to", "gender", "case"}
        to = kw.get("to", "cardinal")
        if extra or to not in ("cardinal", "ordinal", "ordinal_num", "currency", "year"):
            continue
        words = " ".join(expected.value.split())
        value = canonical(number)
        if to in ("ordinal", "ordinal_num"):
            kind = "ordinal"
        elif to in ("currency", "year"):
            kind = to
        elif (lang, words) in ODD or (lang == "ar" and " , " in words):  # ar: "اثنا عشر , ثلاثون" for 12.3
            kind = "odd"
        elif kw.get("case") not in (None, "nominative", "n"):
            kind = "inflected"
        elif abs(Decimal(value)) >= Decimal(10) ** 16:
            kind = "huge"
        elif Decimal(value) < 0:
            kind = "negative"
        elif "." in value:
            kind = "decimal"
        else:
            kind = "cardinal"
        out.append((words, value, kind))
    return out


def zh_kind(words: str, value: str) -> str:
    if ("zh", words) in ODD:
        return "odd"
    if any(c in ZH_MONEY for c in words):
        return "currency"
    if any(c.isascii() and c.isdigit() for c in words):
        return "mixed"
    if any(c in ZH_FINANCIAL for c in words):
        return "financial"
    if "廿" in words or "卅" in words:
        return "archaic"
    body = words.removeprefix("负")
    integer = body.split("点")[0]
    if len(integer) > 1 and not any(c in ZH_UNITS for c in integer):
        return "digit_string"  # 一七二零, 一二三: read digit by digit
    if integer and integer[-1] not in ZH_UNITS and len(integer) > 1 and integer[-2] in "万千百亿" \
            and integer[-2] != "零" and value.rstrip("0") != value and "零" not in integer[-3:]:
        return "colloquial"  # 三万五 35000, 两千六 2600, 一百二 120: the next place left unsaid
    if Decimal(value) < 0:
        return "negative"
    if "." in value:
        return "decimal"
    return "cardinal"


def dict_literals(source: str) -> dict[str, dict]:
    """The ``self.NAME = {...}`` dict literals of a test's setUp."""
    found = {}
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict):
            target = node.targets[0]
            name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")
            try:
                found[name] = ast.literal_eval(node.value)
            except ValueError:
                continue
    return found


def cn2an_pairs(cn2an_src: str, an2cn_src: str) -> list[tuple[str, str, str, str]]:
    """(file, words, value, kind) from cn2an's two test files."""
    out = []
    dicts = dict_literals(cn2an_src)
    for name in ("strict_data_dict", "normal_data_dict", "smart_data_dict"):
        for words, value in dicts[name].items():
            out.append(("cn2an/cn2an_test.py", words, canonical(value)))
    for value, forms in dict_literals(an2cn_src)["input_data"].items():
        for words in forms[:2]:  # lower-case and banking (upper-case) numerals; not rmb or digit-by-digit
            out.append(("cn2an/an2cn_test.py", words, canonical(value)))
    return [(f, w, v, zh_kind(w, v)) for f, w, v in out]


def split_of(lang: str, value: str) -> str:
    h = hashlib.sha256(f"{SEED}|{lang}|{value}".encode()).digest()
    return "dev" if h[0] % 2 == 0 else "test"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--num2words", type=Path, default=Path("/work/.mirror/savoirfairelinux+num2words/repo"))
    ap.add_argument("--cn2an", type=Path, default=Path("/work/.mirror/Ailln+cn2an/repo"))
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    rows: list[tuple[str, str, str, str, str, str]] = []
    seen: set[tuple[str, str]] = set()

    def add(lang: str, source: str, words: str, value: str, kind: str) -> None:
        if (lang, words) in seen:
            return
        seen.add((lang, words))
        rows.append((split_of(lang, value), lang, kind, source, words, value))

    commit = head(args.num2words)
    for lang in NUM2WORDS_LANGS:
        path = f"tests/test_{lang}.py"
        for words, value, kind in num2words_pairs(git_show(args.num2words, commit, path), lang):
            add(lang, f"savoirfairelinux/num2words@{commit}:{path}", words, value, kind)
    commit = head(args.cn2an)
    pairs = cn2an_pairs(git_show(args.cn2an, commit, "cn2an/cn2an_test.py"),
                        git_show(args.cn2an, commit, "cn2an/an2cn_test.py"))
    for path, words, value, kind in pairs:
        add("zh", f"Ailln/cn2an@{commit}:{path}", words, value, kind)
    with args.out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n")
        w.writerow(("split", "lang", "kind", "source", "words", "value"))
        w.writerows(rows)
    print(f"{len(rows)} rows -> {args.out}")


if __name__ == "__main__":
    main()

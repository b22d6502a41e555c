"""Clean stage: take page debris out of the raw text and keep every sentence of the body.

Paragraphs are the non-empty lines of ``original``. Each is classified by general, language-aware
rules (marker words per language, photo-credit shapes, agency sign-offs, repetition); the kept ones
are NFC-normalised and joined with a blank line. Offsets map both ways exactly.
"""

from __future__ import annotations

import dataclasses
import os
import re
import unicodedata
from collections.abc import Callable

from bilat.normalize import match_text
from bilat.records import Document, Paragraph, Removed
from bilat.stages.metadata import BARE_URL_LINE, SOURCE_LINE, THEO_LINE, is_headline


def _alt(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


COMMENT_WORDS = (
    "bình luận", "ý kiến", "تعليق", "تعليقات", "التعليقات", "نظر", "نظرات", "دیدگاه", "comment", "comments",
    "评论", "評論", "留言", "комментарии", "комментарий", "ความคิดเห็น", "commentaires", "commentaire",
    "comentarios", "kommentare", "komentar", "yorumlar", "yorum", "コメント", "댓글", "коментарі",
)
COMMENT = re.compile(rf"^\s*(?:{_alt(COMMENT_WORDS)})\s*[:：]?\s*(?:[(（\[]\s*\d+\s*[)）\]]|\d+)?\s*$", re.IGNORECASE)
# (?<!\d): a search from inside a run of digits read the run to its end again at each digit (robust48: a line of
# 500,000 digits took more than 5 minutes); the leftmost match starts where a run does, so it finds the same
COUNTER = re.compile(r"(?<!\d)\d+\s*/\s*\d+\s*(?:ký tự|characters?|chars?|حرف|کاراکتر|字|символ\w*|ตัวอักษร|caract\w*|karakter|Zeichen)", re.IGNORECASE)
FORM_PROMPT = re.compile(
    r"^\s*(?:Bạn vui lòng|Vui lòng nhập|Please (?:enter|log ?in|sign ?in)|Leave a (?:comment|reply)|"
    r"Gửi bình luận|Đăng nhập|أضف تعليق|اكتب تعليق|ارسال نظر|发表评论|Оставьте комментарий|"
    r"Laisser un commentaire|Deja un comentario|Schreiben Sie einen Kommentar)", re.IGNORECASE)
RELATED_WORDS = (
    "更多", "相关新闻", "相关阅读", "相关报道", "延伸阅读", "xem thêm", "tin liên quan", "đọc thêm", "tin cùng chuyên mục",
    "اقرأ أيضا", "اقرأ أيضاً", "اقرأ ايضا", "أخبار ذات صلة", "مطالب مرتبط", "بیشتر بخوانید", "اخبار مرتبط",
    "read more", "related", "related news", "related articles", "more news", "see also", "also read",
    "читайте также", "по теме", "ข่าวที่เกี่ยวข้อง", "อ่านเพิ่มเติม", "lire aussi", "à lire aussi",
    "leer más", "lea también", "noticias relacionadas", "mehr zum thema", "lesen sie auch", "baca juga",
    "berita terkait", "ilgili haberler", "bunlar da ilginizi çekebilir", "関連記事", "관련 기사", "관련기사", "читайте також",
)
RELATED = re.compile(rf"^\s*[»>•\-–—]?\s*(?:{_alt(RELATED_WORDS)})\s*[:：»>]?\s*$", re.IGNORECASE)
FOOTER_WORDS = (
    "tin mới", "tin mới nhất", "tin nổi bật", "最新新闻", "最新", "آخر الأخبار", "آخرین اخبار", "latest news",
    "most read", "последние новости", "ข่าวล่าสุด", "dernières actualités", "últimas noticias", "son dakika",
    "share", "chia sẻ", "分享", "مشاركة", "اشتراک گذاری", "поделиться", "แชร์", "tags", "tag", "từ khóa", "标签",
)
FOOTER = re.compile(rf"^\s*(?:{_alt(FOOTER_WORDS)})\s*[:：]?\s*$", re.IGNORECASE)
CAPTION_WORDS = ("عکس", "صورة", "الصورة", "ảnh", "photo", "photos", "image", "ภาพ", "фото", "图", "图片", "圖片",
                 "摄影", "foto", "fotoğraf", "写真", "사진", "bild")
CAPTION_LEAD = re.compile(rf"^\s*[(（]?(?:{_alt(CAPTION_WORDS)})\s*[:：]", re.IGNORECASE)
CAPTION_TAIL = re.compile(rf"(?:{_alt(CAPTION_WORDS)})\s*[:：]\s*[^\s.。]{{1,30}}(?:\s[^\s.。]{{1,20}}){{0,3}}\s*[)）]?\s*$", re.IGNORECASE)
CAPTION_MARK = re.compile(r"图片来源|图自|圖片來源|[(（]屏幕截图[)）]|[(（]截图[)）]|\sảnh\s\d+|\(Ảnh[:：]|\(Photo[:：]", re.IGNORECASE)
SIGNOFF = re.compile(
    r"(?:/\.\s*$|[(（]\s*(?:[^()（）]{0,12}[—\-–]\s*)?(?:VNA|TTXVN|AFP|Reuters|AP|Xinhua|新华社|越通社|ANSA|EFE|dpa|"
    r"TASS|ТАСС|РИА Новости|IRNA|ایرنا|واس|وام|قنا|كونا)\s*[)）]\s*$|[—–-]\s*(?:Reuters|AFP|AP|Bloomberg)\s*$)")
LONE = re.compile(r"^[\W_]*$")
LATIN_LEAD = re.compile(r"^([a-z0-9][a-z0-9 _\-]{2,80}?)(?=[^\x00-\x7f])")
LATIN_TAIL = re.compile(r"(?<=[^\x00-\x7f])([a-z0-9][a-z0-9 _\-]{2,80})$")
TOKEN = re.compile(r"\w+")


def _non_latin(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and sum(ord(c) > 0x24F for c in letters) > 0.6 * len(letters)


def _tokens(s: str) -> set[str]:
    toks: set[str] = set()
    for w in TOKEN.findall(s.lower()):
        if any(ord(c) > 0x2E80 or 0x0E00 <= ord(c) <= 0x0E7F for c in w) and len(w) > 2:
            toks.update(w[i:i + 2] for i in range(len(w) - 1))
        else:
            toks.add(w)
    return toks


# The analysed body of one article is at most this many characters of its text (``BILAT_MAX_CHARS`` sets
# another): a real article is under 100,000; an 18 MB text (a whole book, a log) took more than ten minutes
# with no word. The text past the cut is stored whole and left unanalysed (a ``Removed`` of kind ``cut``);
# the readers warn with the file's name (``ingest.note_cut``).
MAX_CHARS = 500_000


def max_chars() -> int:
    """The cap on the analysed text: ``BILAT_MAX_CHARS`` when it is a positive integer, else MAX_CHARS."""
    value = os.environ.get("BILAT_MAX_CHARS", "").strip().replace("_", "").replace(",", "")
    return int(value) if value.isdigit() and int(value) > 0 else MAX_CHARS


def cut_at(text: str, limit: int) -> int | None:
    """Where the analysed part of ``text`` ends: after the last line that ends within ``limit`` characters
    (at ``limit`` itself when the first line is longer); None when the whole text is within the limit."""
    if len(text) <= limit:
        return None
    end = text.rfind("\n", 0, limit + 1)
    return end if end > 0 and text[:end].strip() else limit


def _lines(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        while a < b and line[a - (pos - len(line) - 1)].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            spans.append((a, b))
    return spans


def _kind(line: str) -> str | None:
    if COMMENT.match(line) or COUNTER.search(line) or FORM_PROMPT.match(line):
        return "comment"
    if SOURCE_LINE.match(line) or BARE_URL_LINE.match(line) or THEO_LINE.match(line):
        return "source"
    if FOOTER.match(line) or LONE.match(line):
        return "footer"
    if len(line) < 250 and (CAPTION_LEAD.match(line) or CAPTION_TAIL.search(line) or CAPTION_MARK.search(line)):
        return "caption"
    return None


def _strip_latin_debris(text: str, a: int, b: int, removed: list[Removed]) -> tuple[int, int]:
    seg = text[a:b]
    if not _non_latin(seg):
        return a, b
    m = LATIN_LEAD.match(seg)
    if m and len(m.group(1).split()) >= 3:
        removed.append(Removed(kind="caption", text=m.group(1), src_start=a, src_end=a + m.end(1)))
        a += m.end(1)
    m = LATIN_TAIL.search(text[a:b])
    if m and len(m.group(1).split()) >= 3:
        removed.append(Removed(kind="caption", text=m.group(1), src_start=a + m.start(1), src_end=b))
        b = a + m.start(1)
    return a, b


def folded(s: str) -> str:
    """The letters, marks and digits of ``s`` in matching form (``normalize.match_text``: lower case, one
    Arabic-script letter for its variants, ASCII digits, no zero-width marks): two lines that differ only in
    spacing, punctuation, case or those variants fold to the same string."""
    return "".join(c for c in match_text(s) if unicodedata.category(c)[0] in "LMN")


COPIES_ONLY = True  # a line is dropped as a repeat only when it is a copy of the longer line (issue 10)


def _repeats(kept: list[tuple[int, int]], text: str, removed: list[Removed]) -> list[tuple[int, int]]:
    """Drop a line repeated in a longer (or an equal, later) one: an earlier line as ``duplicate`` (a lead or
    a headline the body repeats), a later short one as ``caption`` (a photo caption or a pull quote repeating the
    body). Only a copy is dropped (``COPIES_ONLY``): the line's folded text lies inside the other's, so every
    sentence of it is still there to read. A line that shares most words but says them otherwise (a headline
    that sums up the lead, a lead that rewords the body, a figure for another quarter) is a sentence of its own
    and stays; the events stage reports a fact told in both once (``Event.tellings``)."""
    toks = [_tokens(text[a:b]) for a, b in kept]
    folds = [folded(text[a:b]) for a, b in kept] if COPIES_ONLY else []
    # all the folded lines in one string: a line found nowhere in it but at its own place is in no other
    # line, and its pairwise loop is skipped (the loop is quadratic: 33 s for 10,000 lines)
    joined = "\n".join(folds)
    starts, pos = [], 0
    for f in folds:
        starts.append(pos)
        pos += len(f) + 1
    drop: set[int] = set()
    for i, (a, b) in enumerate(kept):
        if not toks[i] or len(toks[i]) < 4:
            continue
        if COPIES_ONLY:
            first = joined.find(folds[i])
            if first == starts[i] and joined.find(folds[i], first + 1) == -1:
                continue
        for j, (c, d) in enumerate(kept):
            if i == j or j in drop or (d - c) < (b - a) or ((d - c) == (b - a) and j < i):
                continue
            if folds[i] in folds[j] if COPIES_ONLY else len(toks[i] & toks[j]) >= 0.8 * len(toks[i]):
                kind = "duplicate" if i < j else "caption"
                if kind == "caption" and ((b - a) > 160 or ":" in text[a:b]):
                    continue
                drop.add(i)
                removed.append(Removed(kind=kind, text=text[a:b], src_start=a, src_end=b))
                break
    return [s for k, s in enumerate(kept) if k not in drop]


def clean(doc: Document, limit: int | None = None) -> Document:
    text = doc.original
    cut = cut_at(text, limit or max_chars())
    removed: list[Removed] = []
    if cut is not None:  # only the text before the cut is analysed; the rest is stored, a Removed says where
        removed.append(Removed(kind="cut", text="", src_start=cut, src_end=len(text)))
    spans = _lines(text if cut is None else text[:cut])
    kept: list[tuple[int, int]] = []
    ended = False
    for n, (a, b) in enumerate(spans):
        line = text[a:b]
        if n == 0 and len(spans) > 1 and (line == doc.title or doc.fmt == "txt" and is_headline(line, text[b:])):
            removed.append(Removed(kind="title", text=line, src_start=a, src_end=b))
            continue
        kind = _kind(line)
        if kind is None and RELATED.match(line) and kept:
            ended = True
            kind = "related"
        elif kind is None and ended:
            kind = "related"
        if kind:
            if kind in ("source", "footer") and kept and n > len(spans) // 2:
                ended = True
            removed.append(Removed(kind=kind, text=line, src_start=a, src_end=b))
            continue
        a, b = _strip_latin_debris(text, a, b, removed)
        kept.append((a, b))
        if SIGNOFF.search(line):
            ended = True
    kept = _repeats(kept, text, removed)
    if not kept and spans:
        # every line looked like debris ("Photo: Reuters", a lone caption or sign-off): the text has no body
        # to strip debris from, so it is kept whole rather than stored as an empty, unsearchable article
        kept, removed = spans, [r for r in removed if r.kind == "cut"]
    parts: list[str] = []
    paras: list[Paragraph] = []
    pos = 0
    for a, b in kept:
        seg = unicodedata.normalize("NFC", text[a:b])
        if parts:
            pos += 2
        paras.append(Paragraph(start=pos, end=pos + len(seg), src_start=a, src_end=b))
        parts.append(seg)
        pos += len(seg)
    removed.sort(key=lambda r: r.src_start or 0)
    return dataclasses.replace(doc, text="\n\n".join(parts), paragraphs=tuple(paras), removed=tuple(removed))


def make_stage(max_chars: int | None = None, **options: object) -> Callable[[Document], Document]:
    """The clean stage; ``max_chars`` caps the analysed text (default: BILAT_MAX_CHARS or MAX_CHARS)."""
    if max_chars is None:
        return clean
    return lambda doc: clean(doc, max_chars)

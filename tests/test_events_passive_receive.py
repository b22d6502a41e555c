"""Who gives and who is acted on in passive and receiving clauses: the Chinese bare passive 遭 ("俄罗斯遭美国制裁") and
the Thai colloquial passive โดน ("รัสเซียโดนสหรัฐคว่ำบาตร") make the party after them the actor, as 被 and ถูก do; an
Arabic verb of receiving opens its clause before the receiver ("تلقت مصر مساعدات من السعودية"); a Persian one follows
the aid noun, the giver marked by از ("ایران از روسیه کمک دریافت کرد"). plover.PASSIVE, events._received,
data/direction.json "receive" and "source_before". Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import two_party


def C(*xs):
    return [(x, c, "country") for x, c in xs]


@pytest.mark.parametrize("text, lang, mentions, want", [
    # passive: the party after the marker acts
    ("俄罗斯遭美国制裁。", "zh", C(("俄罗斯", "RUS"), ("美国", "USA")), ("SANCTION", "USA", "RUS")),
    ("俄罗斯被美国制裁。", "zh", C(("俄罗斯", "RUS"), ("美国", "USA")), ("SANCTION", "USA", "RUS")),
    ("รัสเซียโดนสหรัฐคว่ำบาตร", "th", C(("รัสเซีย", "RUS"), ("สหรัฐ", "USA")), ("SANCTION", "USA", "RUS")),
    ("รัสเซียถูกสหรัฐคว่ำบาตร", "th", C(("รัสเซีย", "RUS"), ("สหรัฐ", "USA")), ("SANCTION", "USA", "RUS")),
    # the active voice stays as it is
    ("美国制裁俄罗斯。", "zh", C(("美国", "USA"), ("俄罗斯", "RUS")), ("SANCTION", "USA", "RUS")),
    ("สหรัฐคว่ำบาตรรัสเซีย", "th", C(("สหรัฐ", "USA"), ("รัสเซีย", "RUS")), ("SANCTION", "USA", "RUS")),
    # receiving: the receiver is named first, the giver acts
    ("تلقت مصر مساعدات عسكرية من السعودية.", "ar", C(("مصر", "EGY"), ("السعودية", "SAU")), ("AID", "SAU", "EGY")),
    ("قدمت السعودية مساعدات إلى مصر.", "ar", C(("السعودية", "SAU"), ("مصر", "EGY")), ("AID", "SAU", "EGY")),
    ("ایران از روسیه کمک دریافت کرد.", "fa", C(("ایران", "IRN"), ("روسیه", "RUS")), ("AID", "RUS", "IRN")),
    ("ایران به روسیه کمک کرد.", "fa", C(("ایران", "IRN"), ("روسیه", "RUS")), ("AID", "IRN", "RUS")),
    # از marks what is supported, not a giver, when no verb of receiving follows
    ("ایران از روسیه حمایت کرد.", "fa", C(("ایران", "IRN"), ("روسیه", "RUS")), ("SUPPORT", "IRN", "RUS")),
    ("Iran was accused by Saudi Arabia of meddling.", "en", C(("Iran", "IRN"), ("Saudi Arabia", "SAU")),
     ("ACCUSE", "SAU", "IRN")),
    ("Nga bị Mỹ trừng phạt.", "vi", C(("Nga", "RUS"), ("Mỹ", "USA")), ("SANCTION", "USA", "RUS")),
])
def test_direction(lexical, text, lang, mentions, want):
    assert two_party(lexical, text, lang, mentions) == [want]


def test_donald_and_surroundings_are_no_passive_marks():
    # "โดนัลด์" (Donald) begins like "โดน", "周遭" (surroundings) ends in "遭": excluded words, no passive mark in them
    from bilat import plover
    from bilat.stages.events import find_in
    th = "นายกรัฐมนตรีโทรศัพท์ถึงโดนัลด์ ทรัมป์"
    zh = "中国关注周遭局势"
    assert find_in(th, 0, len(th), "th", plover.PASSIVE) == []
    assert find_in(zh, 0, len(zh), "zh", plover.PASSIVE) == []
    assert find_in("รัสเซียโดนสหรัฐคว่ำบาตร", 0, 22, "th", plover.PASSIVE)

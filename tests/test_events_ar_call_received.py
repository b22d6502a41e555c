"""Arabic calls and letters told as received in a relative clause ("خلال اتصال هاتفي تلقاه من الرئيس التونسي",
"في رسالة تلقاها من ..."): host stems of CONSULT (data/event_lexicon.json triggers), so the one the call or letter
came from is the actor (GUIDE.md: a call from X to Y is X>Y). Sentences composed for the test."""
from __future__ import annotations

from test_events import two_party


def test_a_call_received_is_made_by_the_one_it_came_from(lexical):
    text = "وقال العاهل المغربي، خلال اتصال هاتفي تلقاه من الرئيس التونسي، إن البلدين يواجهان خطرا واحدا."
    ms = [("المغربي", "MAR", "country"), ("التونسي", "TUN", "country")]
    assert two_party(lexical, text, "ar", ms) == [("CONSULT", "TUN", "MAR")]


def test_a_letter_received(lexical):
    text = "وأكد أمير الكويت في رسالة تلقاها من الرئيس اللبناني أن العلاقات متينة."
    ms = [("الكويت", "KWT", "country"), ("اللبناني", "LBN", "country")]
    assert two_party(lexical, text, "ar", ms) == [("CONSULT", "LBN", "KWT")]


def test_a_call_made_keeps_its_caller(lexical):
    text = "وجاء ذلك في اتصال هاتفي أجراه الرئيس المصري مع نظيره الفرنسي."
    ms = [("المصري", "EGY", "country"), ("الفرنسي", "FRA", "country")]
    assert two_party(lexical, text, "ar", ms) == [("CONSULT", "EGY", "FRA")]

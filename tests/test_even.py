"""English event phrasing classes (issue 10, helper even): agents listed after an opening passive participle,
military backing as aid, legal cases as accusations, non-state heads after a demonym."""

from bilat import analyze


def _pairs(text: str) -> set[tuple[str, str, str]]:
    doc = analyze(text)
    return {(e.event, e.actor.code, e.recipient.code) for e in doc.events
            if e.actor and e.recipient and e.actor.code and e.recipient.code}


def test_listed_agents_act_on_main_subject():
    got = _pairs("Talks stall\n\nBacked militarily by Iran and Russia, Syrian President Bashar al-Assad kept his "
                 "army in the north for a year.\n")
    assert ("AID", "IRN", "SYR") in got
    assert ("AID", "RUS", "SYR") in got
    assert not any({a, r} == {"IRN", "RUS"} for _, a, r in got)


def test_listed_agents_three_with_commas():
    got = _pairs("Vote nears\n\nCondemned by France, Germany and Britain, Iran said it would go ahead with the "
                 "launch.\n")
    assert {a for e, a, r in got if e == "ACCUSE" and r == "IRN"} == {"FRA", "DEU", "GBR"}


def test_case_brought_against_is_accusation():
    got = _pairs("Sea dispute\n\nThe Philippines filed a case against China at the tribunal in The Hague.\n")
    assert ("ACCUSE", "PHL", "CHN") in got


def test_militant_groups_are_no_state():
    got = _pairs("Bombing\n\nBritain's foreign secretary accused Syria of letting Palestinian militant groups "
                 "operate from its territory.\n")
    assert ("ACCUSE", "GBR", "SYR") in got
    assert not any("PSE" in (a, r) for _, a, r in got)


def test_wanted_act_is_a_wish():
    assert not any(e == "SUPPORT" for e, _, _ in _pairs("Treaty\n\nNorth Korea wants to sign a peace treaty with "
                                                        "South Korea.\n"))
    assert ("SUPPORT", "PRK", "KOR") in {(e, *sorted((a, r), reverse=True)) for e, a, r in _pairs(
        "Treaty\n\nNorth Korea signed a peace treaty with South Korea on Monday.\n")}


def test_talks_on_a_country_make_it_a_topic():
    got = _pairs("Talks\n\nHe will meet Japanese counterpart Taro Kono in Tokyo for talks on North Korea.\n")
    assert not any("PRK" in (a, r) for _, a, r in got)


def test_militant_groups_are_no_actor():
    got = _pairs("Bombing\n\nBritish minister Jack Straw said Palestinian militant groups were attacking Syria.\n")
    assert not any("PSE" in (a, r) for _, a, r in got)

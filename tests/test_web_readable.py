"""English glosses, names and dates for the desk, and the time axis of its charts (hand-built rows)."""

from __future__ import annotations

import pytest

from bilat.web.charts import TimeAxis, month_number, score_svg, timeline_svg
from bilat.web.readable import actor, figure, gloss, human_date, is_latin


@pytest.mark.parametrize(("value", "end", "text"), [
    ("2025-05-12", None, "12 May 2025"), ("2025-05", None, "May 2025"), ("2025", None, "2025"),
    ("--05-05", "--05-12", "5–12 May (year unknown)"), ("--05", None, "May (year unknown)"),
    ("2025-04-30", "2025-05-02", "30 April – 2 May 2025"), ("2024-12-30", "2025-01-02", "30 December 2024 – 2 January 2025"),
    ("2025-05-02T10:00:00+07:00", None, "2 May 2025"), (None, None, ""),
])
def test_dates_as_people_read_them(value, end, text):
    assert human_date(value, end) == text


def test_gloss_is_built_from_the_record():
    row = {"event": "SUPPORT", "mode": "agreement", "context": ["visa-exemption", "flow:trade", "target"],
           "actor": {"code": "VNM", "entity": "Q881", "entity_text": "فيتنام"}, "recipient": {"code": "BLR"},
           "date": "2025-05-12", "quantities": [{"value": 2000, "unit": "soldier", "text": "٢٠٠٠"}], "aux": None}
    assert gloss(row) == "Vietnam → Belarus · signed an agreement (visa exemption, trade) · 12 May 2025 · 2,000 soldiers"
    assert gloss({**row, "aux": "future"}).endswith("· planned / expected")
    assert "did not happen" in gloss({**row, "aux": "negated"})
    undated = gloss({**row, "date": None, "published": "2025-05-20T08:00:00"})
    assert "reported 20 May 2025" in undated


def test_people_by_canonical_latin_name_with_the_original():
    side = actor({"code": "SAU", "entity": "bilat:person:mohammed-bin-salman-sau",
                  "entity_text": "الأمير محمد بن سلمان"})
    assert side["label"] == "Mohammed bin Salman (Saudi Arabia)" and side["original"] == "الأمير محمد بن سلمان"
    assert actor({"code": "PRK"})["label"] == "North Korea"


def test_figures_and_scripts():
    assert figure(2000, "soldier") == "2,000 soldiers" and figure(5.5, "percent") == "5.5 percent"
    assert is_latin("Tô Lâm gặp Lukashenko") and not is_latin("تو لام") and not is_latin("1234")


def test_time_axis_spaces_years_by_time():
    axis = TimeAxis(month_number("1994-01"), month_number("2015-01"), 0, 210)
    x94, x00, x15 = (axis.x(month_number(f"{y}-01")) for y in (1994, 2000, 2015))
    assert x00 - x94 == pytest.approx(60) and x15 - x00 == pytest.approx(150)
    ticks = {label: x for x, label in axis.ticks()}
    assert "2000" in ticks and ticks["2000"] == pytest.approx(x00)


def test_charts_place_points_by_date():
    dyad = {"timeline": [{"month": m, "event": "AGREE", "count": 1} for m in ("1994-01", "2000-01", "2015-01")],
            "scores": [{"month": m, "score": 6.0, "events": 1} for m in ("1994-01", "2000-01", "2015-01")],
            "undated": 2}
    import re

    xs = [float(x) for x in re.findall(r'class="point" cx="([\d.]+)"', str(timeline_svg(dyad)))]
    assert (xs[1] - xs[0]) / (xs[2] - xs[1]) == pytest.approx(6 / 15, rel=0.01)
    svg = str(score_svg(dyad))
    assert svg.count("score-point") == 3 and svg.count(" M") + svg.count('d="M') == 3  # no line across gaps
    assert "nothing to draw" in str(timeline_svg({"timeline": [], "undated": 4}))

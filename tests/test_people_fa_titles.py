"""Persian people named with weak titles, in leads and lists (issue 10, people, batch 21 classes):
sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import person_mentions


def people(stage, text: str) -> list[str]:
    return [m.text.replace("\u00a0", " ") for m in person_mentions(stage, text, "fa")]


@pytest.mark.parametrize("text, name", [
    ("سخنان امام خمینی در این باره روشن است.", "خمینی"),
    ("امام خميني (ره) در سال 57 به ايران بازگشت.", "خميني"),
    ("شیخ حلیم زهیری مشاور نخست وزیر عراق در بغداد گفت.", "حلیم زهیری"),
    ("در این دیدار شیخ صبحی طفیلی حضور داشت.", "صبحی طفیلی"),
])
def test_a_name_after_imam_or_sheikh(stage, text, name):
    assert name in people(stage, text)


@pytest.mark.parametrize("text", [
    "امام جمعه تهران گفت که آمریکا شکست خورده است.",
    "امام راحل فرمودند که آمریکا شیطان بزرگ است.",
    "حضرت امام حسین (ع) در کربلا به شهادت رسید.",
    "شیخ‌نشین‌های خلیج فارس با آمریکا همکاری می‌کنند.",
    "کمیته امداد امام خمینی به نیازمندان کمک کرد.",
    "سد شهید مدنی در استان تکمیل شد.",
])
def test_no_name_after_imam_in_common_phrases_saints_and_eponyms(stage, text):
    assert people(stage, text) == []


def test_a_given_name_after_the_word_for_month_is_the_month(stage):
    assert people(stage, "دیدارها در ماه رمضان بین کشورهای اسلامی مرسوم است.") == []
    assert "رمضان شریف" in people(stage, "سردار رمضان شریف سخنگوی سپاه گفت.")


def test_the_word_before_the_comma_of_a_lead_is_no_list_item(stage):
    found = people(stage, "به گزارش خبرگزاری ریانووستی، ماریا زاخارووا گفت که سفر در دست بررسی است.")
    assert found == ["ماریا زاخارووا"]
    assert people(stage, "به نقل از منابع قدس اشغالی، بنیامین نتانیاهو گفت.") == ["بنیامین نتانیاهو"]
    # a list that is no lead keeps its items (موسوی، کروبی و رضایی)
    assert "کروبی" in people(stage, "در این انتخابات میرحسین موسوی، کروبی و رضایی رای آوردند.")


def test_an_adverb_after_a_surname_is_no_part_of_the_name(stage):
    assert people(stage, "دکتر ظریف همواره گفته است که ایران آماده گفتگو است.") == ["ظریف"]


def people_countries(stage, text: str) -> list[tuple[str, str | None]]:
    return [(m.text.replace("\u00a0", " "), m.iso3) for m in person_mentions(stage, text, "fa")]


def test_a_role_of_this_country_finds_the_name_and_takes_the_foreign_country_named_before(stage):
    text = ("وزارت خارجه انگلیس، سفیر ایران در لندن را در ارتباط با بازداشت «راب مک ایر» سفیر این کشور "
            "در تهران احضار کرد. مک ایر به زبان انگلیسی صحبت می کرد.")
    found = people_countries(stage, text)
    assert ("راب مک ایر", "GBR") in found
    assert ("مک ایر", "GBR") in found  # the surname with its particle, later in the text
    assert ("ژان کاستکس", "FRA") in people_countries(
        stage, "رئیس جمهور ایران در سفر به فرانسه با ژان کاستکس، نخست وزیر این کشور دیدار کرد.")
    # with only the home country named before, it is the home country
    assert ("کاظم جلالی", "IRN") in people_countries(
        stage, "وزارت خارجه ایران اعلام کرد کاظم جلالی، سفیر این کشور در مسکو، احضار شد.")


def test_a_name_before_a_role_does_not_run_over_a_comma(stage):
    found = people(stage, "در حاشیه این نشست، کارلوس آلوارادو، وزیر خارجه این کشور گفت.")
    assert found == ["کارلوس آلوارادو"]


def test_every_official_of_a_list_with_roles_is_found_with_the_delegations_country(stage):
    text = ("هاکان فیدان، وزیر امور خارجه، یاشار گولر، وزیر دفاع ملی و عاکیف چاغاتای قلیچ، مشاور ارشد رئیس جمهور "
            "در این نشست حضور داشتند.")
    assert ("عاکیف چاغاتای قلیچ", "TUR") in people_countries(stage, text)
    text = ("عباس عراقچی، وزیر امور خارجه کشورمان، در دیدار با بدر البوسعیدی، وزیر خارجه عمان و خلیفه الحارثی، "
            "معاون وزیر خارجه عمان گفت.")
    assert ("خلیفه الحارثی", "OMN") in people_countries(stage, text)


def test_the_adjective_of_a_role_is_no_surname_in_a_list(stage):
    text = "عباس عراقچی، وزیر امور خارجه، مجید تخت روانچی، معاون سیاسی و کاظم غریب آبادی، معاون حقوقی حضور داشتند."
    found = people(stage, text)
    assert "سیاسی" not in found and "کاظم غریب آبادی" in found


def test_a_given_name_that_is_a_word_starts_a_name_when_the_reader_runs_into_a_role(stage):
    assert people(stage, "جان کربی سخنگوی شورای امنیت ملی آمریکا گفت.") == ["جان کربی"]
    assert people(stage, "پیمان همکاری راهبردی دو کشور امضا شد.") == []


def test_a_quoted_name_before_a_role_word(stage):
    text = ("به گزارش تسنیم، «امیرخان متقی» سرپرست وزارت خارجه طالبان در قطر با «ایان مککاری» رئیس "
            "نمایندگی دیپلماتیک جدید آمریکا برای افغانستان دیدار کرد.")
    assert ("ایان مککاری", "USA") in people_countries(stage, text)  # a country-only role word, its country
    assert people(stage, "«عبدالقهار بلخی» سخنگوی وزارت خارجه طالبان در توئیتی نوشت.") == ["عبدالقهار بلخی"]
    # a quoted phrase inside a clause, a role with no country after it: no name
    assert people(stage, "او گفت «راه حل سیاسی» رئیس جمهور را می پذیریم.") == []
    assert people(stage, "خبرگزاری «اسپوتنیک» روسیه گزارش داد.") == []


def test_western_given_names_find_names_but_make_no_one_iranian(stage):
    found = people_countries(stage, "الیزابت استیکنی، سخنگوی کاخ سفید در تهران گفت که ایران باید مذاکره کند.")
    assert ("الیزابت استیکنی", "USA") in found  # the seat in the role, not the -ی of the surname
    assert ("الیزابت استیکنی", "USA") in people_countries(stage, "الیزابت استیکنی، از سخنگویان کاخ سفید گفت.")
    assert people(stage, "خانه وینستون چرچیل، نخست وزیر پیشین بریتانیا اینجاست.") == ["وینستون چرچیل"]


def test_a_small_place_named_like_a_given_name_starts_a_name_before_a_role(stage):
    assert ("وودی جانسون", "USA") in people_countries(stage, "وودی جانسون سفیر آمریکا در انگلیس اعلام کرد.")


def test_the_source_before_a_leads_comma_is_no_name(stage):
    assert people(stage, "به گزارش روز چهارشنبه سایت اینسایدر، سفیر انگلیس در آمریکا گزارش داد.") == []


def test_a_reporters_byline(stage):
    assert "ژیار گل" in people(stage, "ترامپ وارد لندن شد. ژیار گل گزارش میدهد.")
    assert people(stage, "خبرنگار ما گزارش میدهد.") == []

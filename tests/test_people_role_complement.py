"""People named after a title whose complement names a country, capital or organisation, and
surnames of the عبد/أبو shape repeated alone (issue 10, point 3): sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import person_mentions

from bilat.records import Document, Sentence
from bilat.stages.entities import make_stage


@pytest.fixture(scope="module")
def stage():
    return make_stage()


def people(stage, text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.iso3) for m in person_mentions(stage, text, lang)]


@pytest.mark.parametrize("text, name, iso3", [
    # the complement ends with a country, then the name (no given name of the list: جان, جاش, کازوتوشی)
    ("سخنگوی وزارت خارجه آمریکا جان کربی در نشست خبری گفت که واشنگتن نگران است.", "جان کربی", "USA"),
    ("سفیر جدید ژاپن در تهران کازوتوشی آیکاوا با وزیر دیدار کرد.", "کازوتوشی آیکاوا", "JPN"),
    # a capital that stands for its government
    ("سخنگوی کاخ سفید جاش ارنست به خبرنگاران گفت که آمریکا تصمیمی نگرفته است.", "جاش ارنست", "USA"),
    # an organisation
    ("سخنگوی اتحادیه اروپا مایا کوسیانچیچ گفت که بروکسل آماده است.", "مایا کوسیانچیچ", None),
    # a venue after the country (در + a place or organisation), and a name whose first word is a place's
    ("نماینده روسیه در سازمان ملل ویتالی چورکین گفت که مسکو مخالف قطعنامه است.", "ویتالی چورکین", "RUS"),
    ("سفیر روسیه در تهران لوان جاگاریان امروز گفت که مسکو آماده همکاری است.", "لوان جاگاریان", "RUS"),
])
def test_fa_name_after_a_role_complement(stage, text, name, iso3):
    assert (name, iso3) in people(stage, text, "fa")


@pytest.mark.parametrize("text", [
    # plural nouns after the complement are the object of the sentence, no name
    "وزیر امور خارجه دولت کوبا ادعاهای کشورهای صنعتی در زمینه حقوق بشر را ریاکاری خواند.",
    # the name came before the country: the words after it are no name
    "سفیر حسن کاظمی در عراق گفت که بغداد آماده است.",
    "سخنگوی وزارت خارجه آمریکا در نشست خبری گفت که واشنگتن نگران است.",
])
def test_fa_no_name_after_a_role_complement(stage, text):
    found = [n for n, _ in people(stage, text, "fa")]
    assert not any(w in " ".join(found) for w in ("ادعاهای", "صنعتی", "نشست", "خبری")), found


@pytest.mark.parametrize("text, name, iso3", [
    ("وقال السفير الياباني في الرياض نوريهيرو أوكودا إن طوكيو تدعم المملكة.", "نوريهيرو أوكودا", "JPN"),
    ("وبدأ سفير اليابان لدى الولايات المتحدة شينسوكي سوغياما، اتصالات مع المشرعين.", "شينسوكي سوغياما", "JPN"),
    # a foreign given name that opens like a clitic (ف, ك), then the "that" of reported speech
    ("وقال سفير روسيا لدى الأمم المتحدة فيتالي تشوركين إن موسكو تعارض القرار.", "فيتالي تشوركين", "RUS"),
    ("وقال السفير الياباني كينيتشي ساساي، إن طوكيو تدعم المبادرة.", "كينيتشي ساساي", "JPN"),
])
def test_ar_name_after_a_venue(stage, text, name, iso3):
    assert (name, iso3) in people(stage, text, "ar")


def test_ar_name_after_a_rank_at_the_phrase_end(stage):
    text = "وحضر اللقاء قائد القوات البحرية الفريق بحري كيفن دونالد."
    assert "كيفن دونالد" in [n for n, _ in people(stage, text, "ar")]


@pytest.mark.parametrize("text", [
    "وقال وزير الخارجية الروسي لوسائل الإعلام إن موسكو تعارض القرار.",
    "وقال وزير الخارجية الأمريكي للصحفيين أمس إن واشنطن قلقة.",
    "وقال وزير الخارجية الروسي فقد قال إن الأمر محسوم.",
    "وغير المدرب من روح الفريق وشراسة منافسته، فزرع فيهم الثقة.",  # الفريق is the team here
])
def test_ar_no_name_before_speech(stage, text):
    assert people(stage, text, "ar") == []


def test_ar_honorific_after_a_rank_stays_with_the_name(stage):
    text = "وأوضح المتحدث باسم شرطة المنطقة العقيد دكتور سالم بن حامد الغامدي أن الأمر انتهى."
    assert any("سالم بن حامد الغامدي" in n for n, _ in people(stage, text, "ar"))


@pytest.mark.parametrize("text, n", [
    ("قال وزير الخارجية الإيراني محمد جواد ظريف إن الاتفاق مهم. واجتمع كيري وظريف في فيينا.", 2),
    ("التقى وزير الخارجية عادل الجبير نظيره. وقال إن المملكة والجبير متفقان.", 2),
    # ل and ب stay off: لصالح is "in favour of"
    ("قال الرئيس اليمني السابق علي عبد الله صالح إن الحرب مستمرة. وحققت الجماعة مكاسب لصالح الحوثيين.", 1),
])
def test_ar_surname_with_a_proclitic_later(stage, text, n):
    assert len(people(stage, text, "ar")) == n


def test_fa_surname_particle_inside_a_name(stage):
    text = "نماینده ویژه سازمان ملل استفان دی میستورا به دمشق سفر کرد."
    assert ("استفان دی میستورا", None) in people(stage, text, "fa")


def test_ar_a_second_title_after_a_venue_is_no_name(stage):
    text = "وقال سفير المملكة لدى جمهورية مصر العربية مندوب المملكة الدائم لدى جامعة الدول العربية إن اللقاء مهم."
    assert not any(n.startswith("مندوب") for n, _ in people(stage, text, "ar"))


@pytest.mark.parametrize("text, short", [
    ("استقبل مساعد وزير الخارجية الإيراني حسين أمير عبد اللهيان السفير العراقي. وأكد عبد اللهيان أن طهران تدعم بغداد.",
     "عبد اللهيان"),
    ("قال المحلل أحمد أبو الغيط إن الجامعة مهمة. وأضاف أبو الغيط أن الحوار ضروري.", "أبو الغيط"),
])
def test_ar_compound_surname_alone_later(stage, text, short):
    found = people(stage, text, "ar")
    assert short in [n for n, _ in found], found


def test_ar_father_name_is_no_short_form(stage):
    # سلمان بن عبد العزيز: عبد العزيز is the father's name (and a given name), not his surname
    text = "وقال المحلل فهد بن عبد العزيز إن اللقاء مهم. وذكر عبد العزيز الصالح أن الموعد قريب."
    found = people(stage, text, "ar")
    assert all(n != "عبد العزيز" for n, _ in found), found


@pytest.mark.parametrize("text, lang, name, iso3", [
    ("والتقى وزير الخارجية نظيره البلغاري دانيال ميتوف في صوفيا.", "ar", "دانيال ميتوف", "BGR"),
    ("وبحث الوزير مع نظيرته السويدية مارغو فالستروم العلاقات الثنائية.", "ar", "مارغو فالستروم", "SWE"),
    ("وأدرك المهاجم التعادل بمساعدة زميله الأسباني سيسك فابريجاس.", "ar", "سيسك فابريجاس", "ESP"),
    ("وزیر امور خارجه کشورمان با همتای سوئدی خود مارگوت والستروم گفتگو کرد.", "fa", "مارگوت والستروم", "SWE"),
])
def test_a_counterpart_and_a_nisba_then_a_name(stage, text, lang, name, iso3):
    assert (name, iso3) in people(stage, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("حينما يواجه نظيره جازينتاب سبور التركي، فيما يواجه فريقا آخر.", "ar"),  # no nisba right after: a team
    ("والتقى الرئيس الإيراني مع نظيره الفرنسي عشية زيارة يقوم بها الوزير.", "ar"),
    ("امیدواریم مذاکرات وزیر نفت ایران با همتای هندی خود بهبود یابد.", "fa"),  # a compound verb
    ("رئیس جمهور با همتای موریتانیایی‌اش دیدار کرد.", "fa"),  # "his", no name
])
def test_a_counterpart_without_a_name(stage, text, lang):
    assert people(stage, text, lang) == []


def test_a_counterpart_gives_no_country_to_the_person_before(stage):
    text = "وأوضح مدير الكرة فهد المفرج بأن فريقه سيلاقي نظيره فنربخشة التركي في إسطنبول."
    assert ("فهد المفرج", "TUR") not in people(stage, text, "ar")


@pytest.mark.parametrize("text, bad", [
    ("مشاور ارشد وزیر خارجه آمریکا اشاره‌های محمدجواد ظریف به تاریخ ایران را نادرست خواند.", "اشاره‌های"),
    ("برای کاهش روزانه ده میلیون بشکه تولید نفت، رئیس‌جمهوری آمریکا می‌گوید برخلاف گزارش‌ها، تولید کم می‌شود.", "نفت"),
    ("برای کاهش روزانه ده میلیون بشکه تولید نفت، رئیس‌جمهوری آمریکا می‌گوید برخلاف گزارش‌ها، تولید کم می‌شود.",
     "می‌گوید"),
    ("علی خامنه‌ای، رهبر جمهوری اسلامی ایران، دریافت هر گونه کمک از آمریکا را رد کرد.", "دریافت"),
])
def test_fa_plural_nouns_verbs_and_news_nouns_are_no_name_words(stage, text, bad):
    assert not any(bad in n for n, _ in people(stage, text, "fa"))


def test_fa_role_written_with_a_zwnj_keeps_its_code(stage):
    # نخست‌وزیر (ZWNJ) is the listed نخست وزیر: the name before it is learned with its role
    text = "رئیس جمهور در تماس تلفنی با آندره پلنکوویچ، نخست‌وزیر کرواسی، گفتگو کرد."
    assert ("آندره پلنکوویچ", "HRV") in people(stage, text, "fa")


def test_fa_name_before_a_comma_and_a_title_then_a_role(stage):
    # مشاور (a country-only title) between the comma and the role word
    text = "مایکل آنتون، مشاور وزیر خارجه آمریکا، روز شنبه در توئیتی نوشت که ایران مقصر است."
    assert ("مایکل آنتون", "USA") in people(stage, text, "fa")


def test_fa_name_before_a_role_does_not_run_over_a_full_stop(stage):
    text = "این سخن هیچ ربطی به تاریخ ندارد.\n\nمایکل آنتون، مشاور وزیر خارجه آمریکا، در توئیتی نوشت."
    found = [n for n, _ in people(stage, text, "fa")]
    assert "مایکل آنتون" in found and not any("ندارد" in n for n in found), found


@pytest.mark.parametrize("lang, text, name, iso3", [
    ("fa", "نماینده ویژه آمریکا در امور ایران برایان هوک گفت که مذاکرات ادامه دارد.", "برایان هوک", "USA"),
    ("fa", "نماینده ویژه روسیه در امور سوریه الکساندر لاورنتیف گفت که مذاکرات ادامه دارد.", "الکساندر لاورنتیف", "RUS"),
    ("ar", "وقال المبعوث الروسي الخاص لشؤون سوريا ألكسندر لافرنتييف إن المفاوضات مستمرة.", "ألكسندر لافرنتييف", "RUS"),
])
def test_an_envoys_brief_is_not_his_country(lang, text, name, iso3):
    doc = Document(id="t", source="test", original=text, text=text, lang=lang,
                   sentences=(Sentence(start=0, end=len(text)),))
    found = {m.text: m.iso3 for m in make_stage()(doc).mentions if m.kind == "person"}
    assert found.get(name) == iso3

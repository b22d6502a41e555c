"""Persian and Thai person names (issue 10, people): sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import person_mentions

from bilat.records import Document, Sentence


def people(stage, text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(m.text.replace("\u00a0", " "), m.iso3) for m in person_mentions(stage, text, lang)]


def countries(stage, text: str, lang: str) -> list[tuple[str, str | None]]:
    doc = Document(id="t", source="test", original=text, text=text, lang=lang,
                   sentences=(Sentence(start=0, end=len(text)),))
    return [(m.text, m.iso3) for m in stage(doc).mentions if m.kind == "country"]


# --- Thai ----------------------------------------------------------------------------------------

def test_thai_name_with_a_no_break_space(stage):
    text = "รัฐมนตรีเดินทางพร้อมด้วย นายสมชาย\u00a0ใจเย็นดี\nปลัดกระทรวงพาณิชย์"
    assert ("สมชาย ใจเย็นดี", "THA") in people(stage, text, "th")


def test_thai_one_word_name_before_its_latin_spelling(stage):
    text = "รัฐมนตรีได้หารือร่วมกับนายมินอ่อง (H.E.U Min Aung) รัฐมนตรีว่าการกระทรวงพาณิชย์ ณ กรุงเทพฯ"
    found = people(stage, text, "th")
    assert [n for n, _ in found] == ["มินอ่อง"]
    assert found[0][1] != "THA"  # a foreigner: the Latin form says so, not the Thai script


def test_thai_foreign_name_with_an_initial_and_a_demonym(stage):
    text = "ศาสตราจารย์ นายแพทย์ ปีเตอร์ เจ. สมิธ (Professor Peter J. Smith) ชาวแคนาดา ได้รับรางวัลในปีนี้"
    assert people(stage, text, "th") == [("ปีเตอร์ เจ. สมิธ", "CAN")]
    text = "ร่วมกับ นายแพทย์ แดเนียล อาร์. มิลเลอร์ (Dr. Daniel R. Miller) ชาวอเมริกัน ในการวิจัย"
    assert people(stage, text, "th") == [("แดเนียล อาร์. มิลเลอร์", "USA")]


def test_united_mexican_states_is_mexico_not_the_usa(stage):
    text = "เอกอัครราชทูตสหรัฐเม็กซิโกประจำประเทศไทยเข้าพบรัฐมนตรี"
    found = countries(stage, text, "th")
    assert ("สหรัฐเม็กซิโก", "MEX") in found and all(code != "USA" for _, code in found)
    assert all(code != "USA" for _, code in countries(stage, "سفیر ایالات متحده مکزیک در تهران", "fa"))
    assert ("สหรัฐ", "USA") in countries(stage, "ประธานาธิบดีสหรัฐเดินทางถึง", "th")


def test_thai_given_name_glued_to_a_title(stage):
    text = ("นายสมศักดิ์ ทองประเสริฐ รัฐมนตรีประจำสำนักนายกรัฐมนตรี ต้อนรับคณะผู้แทน "
            "ทั้งนี้ รัฐมนตรีสมศักดิ์กล่าวว่า รัฐบาลพร้อมร่วมมือ")
    found = [n for n, _ in people(stage, text, "th")]
    assert found == ["สมศักดิ์ ทองประเสริฐ", "สมศักดิ์"]
    # a longer word that merely starts like the given name is not it
    text = text.replace("รัฐมนตรีสมศักดิ์กล่าวว่า", "รัฐมนตรีสมศักดิ์ศรีกล่าวว่า")
    assert [n for n, _ in people(stage, text, "th")] == ["สมศักดิ์ ทองประเสริฐ"]


def test_thai_clause_after_a_role_is_no_name(stage):
    text = "เข้าพบรัฐมนตรีว่าการกระทรวงกลาโหม ในโอกาสเดินทางเยือน ภายหลังเสร็จสิ้นการประชุม ทั้งสองฝ่ายยินดี"
    assert people(stage, text, "th") == []


def test_thai_attache_and_czech_spelling(stage):
    text = "นาย Karel Novak (คาเรล โนวัก) ออท.สาธารณรัฐเซ็ก/ไทย ได้นำ พล.อ.ต. Petr Dvorak (ปีเตอร์ ดโวรัก) ผชท.ทหารเช็ก/กรุงเทพฯ เข้าพบ"
    found = dict(people(stage, text, "th"))
    assert found.get("Karel Novak") == "CZE" and found.get("Petr Dvorak") == "CZE"


# --- Persian -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "دو کشور پیمان همکاری راهبردی امضا کردند.",
    "اعضای پیمان ورشو در مسکو دیدار کردند.",
    "فعالیت هنری فرهنگی در استان ادامه دارد.",
    "حافظ منافع آمریکا در تهران پیام را رساند.",
])
def test_persian_given_names_that_are_common_words(stage, text):
    assert people(stage, text, "fa") == []


@pytest.mark.parametrize("text, name", [
    ("پیمان جعفرزاده در نشست خبری حاضر شد.", "پیمان جعفرزاده"),
    ("پیمان رستمی مدیر کل امور مالیاتی گفت: درآمدها افزایش یافت.", "پیمان رستمی"),
    ("پیمان رستمی گفت: درآمدها افزایش یافت.", "پیمان رستمی"),
])
def test_persian_common_word_given_names_that_are_names(stage, text, name):
    assert name in [n for n, _ in people(stage, text, "fa")]


def test_persian_foreign_given_names_in_arabic_letters(stage):
    text = "دادگاه عالي آرژانتين درخواست روبرتو مانسيا براي سفر به خارج از كشور را رد كرد."
    assert "روبرتو مانسيا" in [n for n, _ in people(stage, text, "fa")]


def test_persian_one_of_the_leaders_of_a_country(stage):
    text = "عبدالرحمن فاروقی و شهباز جعفری از رهبران حزب مردم پاکستان در این نشست سخنرانی کردند."
    found = dict(people(stage, text, "fa"))
    assert found.get("عبدالرحمن فاروقی") == "PAK" and found.get("شهباز جعفری") == "PAK"
    # Arabic ي and ك, as older Persian news writes them
    found = dict(people(stage, "علي اكبري، از مسئولين ارشد حزب دعوت عراق در اين باره گفت.", "fa"))
    assert found.get("علي اكبري") == "IRQ"


def test_persian_quoted_foreign_name_with_a_common_word_first(stage):
    assert [n for n, _ in people(stage, "«جان هریسون» در گفت‌وگو با خبرنگار ما گفت که مذاکرات ادامه دارد.", "fa")] \
        == ["جان هریسون"]
    assert people(stage, "در این حادثه سه نفر جان باختند و پل ارتباطی روستا تخریب شد.", "fa") == []


def test_persian_list_of_surnames_around_a_known_person(stage):
    found = [n for n, _ in people(stage, "در این نشست، کروبی، موسوی، رضایی و دیگران سخن گفتند.", "fa")]
    assert found == ["کروبی", "موسوی", "رضایی"]
    # nouns of the same ending after a name are no list of people
    found = [n for n, _ in people(stage, "با حضور کروبی و همکاری وزارت کشور برگزار شد.", "fa")]
    assert found == ["کروبی"]


def test_persian_demonyms_and_senator(stage):
    found = dict(countries(stage, "سفیر اندونزیایی و دیپلمات شیلیایی در جلسه حاضر بودند.", "fa"))
    assert found.get("اندونزیایی") == "IDN" and found.get("شیلیایی") == "CHL"
    assert people(stage, "روبرتو مانسیا سناتور شیلیایی در این نشست گفت که همکاری ادامه دارد.", "fa") \
        == [("روبرتو مانسیا", "CHL")]


# --- Persian: titles, ezafe, spellings of given names (people20) ---------------------------------

def test_persian_dateline_place_is_no_surname_of_a_list(stage):
    text = "به گزارش خبرگزاری فارس از شهرری، سعید رضایی در جلسه ستاد گفت: امتحانات برگزار می‌شود."
    assert [n for n, _ in people(stage, text, "fa")] == ["سعید رضایی"]


def test_persian_ezafe_after_a_name_ending_in_a_vowel(stage):
    text = "رادیو صدای آمریکا گفت: توافق می‌تواند میراث خوبی از اوبامای نه چندان مقبول باشد."
    assert [(n, c) for n, c in people(stage, text, "fa")] == [("اوبامای", "USA")]


@pytest.mark.parametrize("text,name", [
    ("هدایت‌اله جمالی‌پور در جلسه هم‌اندیشی احزاب گفت: آرامش برقرار است.", "هدایت‌اله جمالی‌پور"),
    ("به نقل از روابط عمومی اداره کل محیط زیست استان قزوین، علی‌آقا‌ فرهادی اظهار داشت: جرایم کم بود.",
     "علی‌آقا‌ فرهادی"),
    ("در ادامه جلسه امیر احمری نژاد معاون آموزشی دانشگاه گفت: دروس برگزار می‌شود.", "امیر احمری نژاد"),
    ("- علاءالدین بروجردی اعلام کرد: از سرگیری فعالیت‌های هسته‌ای الزام دولت است", "علاءالدین بروجردی"),
])
def test_persian_given_name_spellings(stage, text, name):
    assert name in [n for n, _ in people(stage, text, "fa")]


@pytest.mark.parametrize("text", [
    "اما زائران باید بدانند که امریکا و آل سعود حادثه مکه را یک نزاع فرقه‌ای جلوه دادند.",
    "دیدار اخیر رهبر فرزانه انقلاب اسلامی با اعضای مجلس خبرگان مهم بود.",
])
def test_persian_house_and_revolution_phrases_are_no_people(stage, text):
    assert people(stage, text, "fa") == []


def test_persian_title_and_a_surname_of_two_words(stage):
    text = ("ستاد نماز جمعه قم اعلام کرد: آیت‌الله جوادی آملی از اقامه نماز جمعه کناره گرفت. "
            "شایان ذکر است مردم آملی با این خبر ناراحت شدند.")
    assert [n for n, _ in people(stage, text, "fa")] == ["جوادی آملی"]


@pytest.mark.parametrize("text,names", [
    ("وی گفت: با آقای کریمی مذاکراتی انجام دادیم و به نتیجه رسیدیم.", ["کریمی"]),
    ("عسکراولادی گفت: اخیرا آقای سروش نامه‌ای موهن به رئیس جمهور نوشته است.", ["سروش"]),
])
def test_persian_title_and_surname_stop_before_a_noun(stage, text, names):
    assert [n for n, _ in people(stage, text, "fa")][-len(names):] == names


def test_persian_lead_name_is_the_full_name_of_a_surname_found_alone(stage):
    text = ("رئیس اداره گفت: کارها انجام شد. به گزارش خبرگزاری فارس از خرم‌آباد، رحیم قاسمیه صبح امروز در جمع "
            "خبرنگاران گفت: کارها انجام شد. قاسمیه افزود: خوب است.")
    assert [n for n, _ in people(stage, text, "fa")] == ["رحیم قاسمیه", "قاسمیه"]


def test_persian_zwnj_after_a_comma_is_no_part_of_the_name(stage):
    text = "به گزارش فارس،\u200cمسعود میرزایی برزی در تاریخ 10 تیرماه امسال نامه‌ای نوشت."
    assert [n for n, _ in people(stage, text, "fa")] == ["مسعود میرزایی برزی"]


def test_persian_foreign_person_with_no_cue_gets_no_guessed_country(stage):
    # A guess from the one foreign country of the sentence was tried and reverted (about half wrong on Fars text).
    text = "الکساندر رومیانتسف در گفت‌وگو با خبرنگاران گفت: روسیه با این طرح موافق است."
    found = dict(people(stage, text, "fa"))
    assert found["الکساندر رومیانتسف"] is None


@pytest.mark.parametrize("text,name", [
    ("รัฐมนตรีว่าการกระทรวงทรัพยากรธรรมชาติ (พลเอก สุรศักดิ์  กาญจนรัตน์) พร้อมด้วย ปลัดกระทรวง", "สุรศักดิ์  กาญจนรัตน์"),
    ("กรุงเทพมหานคร พลเอก\u200b สุรศักดิ์\u200b กาญจนรัตน์\u200b รัฐมนตรีว่าการกระทรวง", "สุรศักดิ์\u200b กาญจนรัตน์"),
    ("เวลา 11.00 น. นายจรินทร์  จักกะพาก ปลัดกระทรวงแรงงาน เป็นประธาน", "จรินทร์  จักกะพาก"),
])
def test_thai_name_with_two_spaces_or_a_zero_width_space(stage, text, name):
    assert (name, "THA") in people(stage, text, "th")


def test_thai_zero_width_space_before_the_latin_form_keeps_a_foreigner_foreign(stage):
    text = "พร้อมด้วย \u200bนายซึกาสะ\u200b อะกิโมโต้\u200b (Mr.Tsukasa Akimoto)\u200b รัฐมนตรีช่วยว่าการ"
    found = dict(people(stage, text, "th"))
    assert found.get("ซึกาสะ\u200b อะกิโมโต้", "missing") is None


@pytest.mark.parametrize("text,name,iso3", [
    ("ให้การต้อนรับ รัฐมนตรีช่วยว่าการกระทรวงสิ่งแวดล้อมญี่ปุ่น (นางนาโอมิ โทกาชิกิ) และคณะ ในโอกาสเข้าเยี่ยมคารวะ",
     "นาโอมิ โทกาชิกิ", "JPN"),
    ("ต้อนรับเอกอัครราชทูตสาธารณรัฐเม็กซิโกประจำประเทศไทย นายไฆเม นัวลาร์ต (H.E. Mr. Jaime Nualart) โดยทั้งสองฝ่ายได้หารือ",
     "ไฆเม นัวลาร์ต", "MEX"),
    ("ให้การต้อนรับ เอกอัครราชทูตไทยประจำประเทศญี่ปุ่น นายสมชาย ใจดี และคณะ", "สมชาย ใจดี", "THA"),
    ("ให้การต้อนรับ นายปีร์กะ ตาปีโอละ (Mr.Pirkka Tapiola) เอกอัครราชทูตวิสามัญผู้มีอำนาจเต็มแห่งสหภาพยุโรปประจำประเทศไทย ณ ห้องรับรอง",
     "ปีร์กะ ตาปีโอละ", None),
])
def test_thai_role_run_before_the_name_and_the_host_country_after_pracham(stage, text, name, iso3):
    assert (name, iso3) in people(stage, text, "th")

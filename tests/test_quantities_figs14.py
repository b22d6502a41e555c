"""figs14 (issue 11): rules from the figs14 web round, on sentences written for the tests."""
from figs import got


def test_ar_maghreb_court_register_makes_dirhams_moroccan() -> None:
    # "حبسا نافذا", "أشهر نافذة", "عقوبة حبسية": the Maghreb court register; of the Maghreb only Morocco has dirhams
    found = got("قضت المحكمة بسنة حبسا نافذا وغرامة قدرها 3000 درهم في حق المتهمين.", "ar")
    assert ("3000 درهم", 3000.0, "MAD") in found
    found = got("حكم على السائق بأربعة أشهر نافذة وأداء 700 درهم لفائدة الضحية.", "ar")
    assert ("700 درهم", 700.0, "MAD") in found
    found = got("أدين المتهم بعقوبة حبسية موقوفة وغرامة مالية قدرها 1500 درهم.", "ar")
    assert ("1500 درهم", 1500.0, "MAD") in found


def test_ar_moroccan_month_names_make_dirhams_moroccan() -> None:
    found = got("ارتفعت المداخيل في شهر غشت الماضي إلى 40 مليون درهم.", "ar")
    assert ("40 مليون درهم", 40000000.0, "MAD") in found


def test_ar_dirham_stays_aed_without_a_moroccan_cue() -> None:
    found = got("قضت محكمة دبي بحبس المتهم ستة أشهر وتغريمه 5000 درهم.", "ar")
    assert ("5000 درهم", 5000.0, "AED") in found


def test_ar_jordan_statistics_department_makes_dinars_jordanian() -> None:
    found = got("وأظهرت أرقام دائرة الإحصاءات العامة أن المستوردات بلغت 410 ملايين دينار في آذار.", "ar")
    assert ("410 ملايين دينار", 410000000.0, "JOD") in found


def test_fa_spectators_and_fans_count_persons() -> None:
    found = got("بیش از ۶۲ هزار تماشاگر و ۳۰۰ هوادار میهمان در ورزشگاه حاضر بودند.", "fa")
    assert ("۶۲ هزار تماشاگر", 62000.0, "person") in found
    assert ("۳۰۰ هوادار", 300.0, "person") in found


def test_fa_from_bare_number_to_money_takes_its_unit() -> None:
    found = got("نرخ هر لیتر تیل از ۸۵ به ۷۹ افغانی کاهش یافت.", "fa")
    assert ("۸۵", 85.0, "AFN") in found
    assert ("۷۹ افغانی", 79.0, "AFN") in found
    found = got("قیمت هر کیلو برنج از 120 به 145 هزار تومان رسید.", "fa")
    assert ("120", 120000.0, "toman") in found


def test_fa_two_digit_year_after_end_of_is_no_figure() -> None:
    found = got("تاپایان 97 ساخت 40 هزار واحد مسکونی به پایان می رسد.", "fa")
    assert not any(t.startswith("97") for t, _, _ in found)
    found = got("از ابتدای ۹۹ تا کنون ۳۲ طرح افتتاح شده است.", "fa")
    assert not any(t.startswith("۹۹") for t, _, _ in found)
    assert any(t.startswith("۳۲") for t, _, _ in found)


def test_megawatts_are_a_unit() -> None:
    assert ("۱۳۰۰ مگاوات", 1300.0, "MW") in got("ظرفیت نیروگاه به ۱۳۰۰ مگاوات می رسد.", "fa")
    assert ("۲۰۰ مگاواتی", 200.0, "MW") in got("کلنگ یک نیروگاه ۲۰۰ مگاواتی به زمین زده شد.", "fa")
    assert ("750 ميغاواط", 750.0, "MW") in got("تنتج المحطة 750 ميغاواط من الكهرباء.", "ar")
    assert ("80兆瓦", 80.0, "MW") in got("该光伏电站装机容量80兆瓦。", "zh")


def test_ar_maghreb_civil_protection_makes_dirhams_moroccan() -> None:
    found = got("خصصت الجماعة 3 ملايين درهم لاقتناء معدات لفائدة الوقاية المدنية.", "ar")
    assert ("3 ملايين درهم", 3000000.0, "MAD") in found


def test_zh_wan_amount_after_a_money_word_is_yuan() -> None:
    found = got("截至6月底,该镇已完成道路建设投资3600万,占计划的52%。", "zh")
    assert ("3600万", 36000000.0, "CNY") in found
    found = got("项目总投资约2.5亿,建成后可带动就业。", "zh")
    assert ("2.5亿", 250000000.0, "CNY") in found
    found = got("今年共投入4800万人次参与志愿服务。", "zh")  # a noun after the amount: no money
    assert not any(u == "CNY" for _, _, u in found)


def test_fa_number_word_after_a_road_or_square_names_a_place() -> None:
    assert got("کار ساخت جاده چهل دختران تا پایان سال تمام می شود.", "fa") == []
    assert got("تجمع در میدان هفت تیر برگزار شد.", "fa") == []
    assert ("سه جاده", 3.0, None) in got("سه جاده و دو پل تخریب شد.", "fa")


def test_fa_dari_milyar_without_dal_is_a_billion() -> None:
    assert ("دو میلیار دالر", 2000000000.0, "USD") in got("بانک جهانی دو میلیار دالر کمک کرد.", "fa")
    assert ("۷ میلیار افغانی", 7000000000.0, "AFN") in got("بودجه انکشافی ۷ میلیار افغانی است.", "fa")
    assert ("۷ میلیارد افغانی", 7000000000.0, "AFN") in got("بودجه انکشافی ۷ میلیارد افغانی است.", "fa")


def test_fa_dari_dateline_day_and_month_is_no_count() -> None:
    assert got("کندز 14 جدی پژواک", "fa") == []
    assert got("هرات (۳ حوت): گزارش تازه", "fa") == []
    assert ("۴ قوس", 4.0, None) in got("پل دارای ۴ قوس سنگی است.", "fa")  # arches: a count


def test_fa_scaled_number_before_saleh_is_a_span() -> None:
    assert got("این شهر تمدنی سه هزار ساله دارد.", "fa") == []
    assert got("شهری با پیشینه 2 هزار ساله است.", "fa") == []

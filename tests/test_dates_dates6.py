"""Dates round six (issue 11, dev batch dates6): a year named far along a long sentence."""
from bilat.stages.dates import find_dates


def test_year_far_along_the_same_sentence_gives_a_bare_day_its_year() -> None:
    # no publication date; the only year is ~260 characters on, in a quote closing the same sentence
    text = ("Sáng 5/2, tại buổi họp giao ban của Sở Giao thông Vận tải thành phố, ông Nguyễn Văn An, phó giám đốc sở, "
            "cho biết: \"Sở dự kiến sẽ đề nghị các quận, huyện trên địa bàn cùng phối hợp điều tiết xe buýt, taxi và "
            "xe công nghệ để phục vụ người dân đi lại trong dịp lễ hội đường hoa đầu xuân năm 2019\".")
    got = [(d.text, d.value) for d in find_dates(text, "vi", None)]
    assert ("5/2", "2019-02-05") in got
    # another sentence's year still does not leak across the full stop
    assert find_dates("Sáng 5/2, ông An phát biểu. Năm 2019 là năm bản lề.", "vi", None)[0].value == "--02-05"


def test_vietnamese_year_after_its_stem_branch_name() -> None:
    # "the New Year's Eve of the Year of the Rooster 2017": 2017 is a year the sentence names
    got = [(d.text, d.value) for d in find_dates("Pháo hoa sẽ được bắn vào đêm giao thừa Tết Đinh Dậu 2017.", "vi", None)]
    assert ("2017", "2017") in got
    # a year its stem-branch name does not fit is no year named that way
    assert not any(d.value == "2018" for d in find_dates("Tết Đinh Dậu 2018 sắp đến.", "vi", None))
    # and it gives a bare day far along the same sentence its year
    text = ("Chiều 3/1, tại buổi họp của Sở Văn hóa thành phố, ông Trần Văn Bình - phó giám đốc sở - cho biết: \"Sở dự kiến "
            "sẽ vận động các nhà thờ, đình, chùa trên địa bàn cùng rung chuông thay cho việc bắn pháo hoa vào đúng thời "
            "khắc giao thừa, để người dân đón Tết Nguyên đán Đinh Dậu 2017 an toàn\".")
    assert find_dates(text, "vi", None)[0].value == "2017-01-03"

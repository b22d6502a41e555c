"""An expert's or scholar's apposition right after a name gives the country it names (names._expert_apposition,
roles.json ``expert_apposition``): the country of his institute or city. Not a country he is an expert on, not two
countries, not an envoy's host. Sentences composed for the test."""
from __future__ import annotations

import pytest
from conftest import person_countries


@pytest.mark.parametrize("text, lang, name, iso3", [
    ("Peter Jennings, chuyên gia của Viện Chính sách Chiến lược Australia, cho rằng Bắc Kinh sẽ phản ứng.", "vi",
     "Peter Jennings", "AUS"),
    ("Andrew Weiss, một nhà nghiên cứu tại Washington, nhận định rằng Moscow sẽ không rút quân.", "vi",
     "Andrew Weiss", "USA"),
    ("Li Mingjiang, giáo sư tại Singapore, nói rằng ASEAN cần thận trọng.", "vi", "Li Mingjiang", "SGP"),
    ("Sam Roggeveen, a senior analyst at the Australian Lowy Institute, said the deal was a turning point.", "en",
     "Sam Roggeveen", "AUS"),
])
def test_the_country_of_an_experts_apposition(stage, text, lang, name, iso3):
    assert person_countries(stage, text, lang)[name] == iso3


@pytest.mark.parametrize("text, lang, name", [
    ("Bonnie Glaser, an expert on China at a think tank, said the visit mattered.", "en", "Bonnie Glaser"),
    ("Carl Thayer, chuyên gia về Việt Nam và Trung Quốc, nhận định căng thẳng sẽ tăng.", "vi", "Carl Thayer"),
])
def test_a_country_that_is_the_topic_gives_nothing(stage, text, lang, name):
    assert person_countries(stage, text, lang)[name] is None

"""Arabic: after a complementizer (أن, إن) a name runs straight into its role phrase with no comma
("وذكرت الصحيفة أن |ديريك هاموند| مستشار الرئيس الفرنسي زار ..."): the name is a person of the role's country."""

from __future__ import annotations

import pytest
from conftest import person_countries

from bilat.stages.entities import make_stage


@pytest.fixture(scope="module")
def stage():
    return make_stage()


def test_name_after_complementizer_before_role(stage):
    text = "وذكرت الصحيفة أن ديريك هاموند مستشار الرئيس الفرنسي زار المنطقة الأسبوع الماضي."
    assert person_countries(stage, text, "ar").get("ديريك هاموند") == "FRA"


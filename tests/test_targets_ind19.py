"""ind19's classes of indicator naming on unseen pages (issue 11).

Invented sentences in the style of 民政 work reports and notices (fixtures, not evidence).
"""
from __future__ import annotations

import pytest

from tests.test_target_deeds_more_verbs import _indicators  # one text's target names, as that file reads them


# Class 1: a deed, its object, then the count (the deed outside the lexicon before): object first, as the
# lexicon's deeds are named (社区工作者招录人数, 优待金收缴额). The deeds are data (indicator_verbs.tsv).
@pytest.mark.parametrize("text, indicator", [
    ("去年全区招录专职社区工作者86人。", "专职社区工作者招录人数"),
    ("全县当年收缴义务兵优待金32.5万元。", "义务兵优待金收缴额"),
    ("全年在本市发售即开型福利彩票1200万元。", "即开型福利彩票发售额"),
    ("全市发起社区微心愿项目57个。", "社区微心愿项目发起数"),
    ("全年办结身后一件事2310件。", "身后一件事办结数"),
    ("全年开通长者助餐点26家。", "长者助餐点开通数"),
    ("全年赠送慰问电脑15台。", "慰问电脑赠送数"),
])
def test_a_deed_before_its_object_is_named_object_first(text, indicator):
    assert _indicators(text) == [indicator]


def test_a_noun_that_opens_like_a_deed_is_left_as_written():  # negative: no deed of the lexicon opens it
    assert _indicators("全市现有殡葬服务机构36个。") == ["殡葬服务机构"]


# Class 2: a measure alone (补助资金, 财产总规模, 服务时长 …: loaders/data/indicator_carried_measures.txt) right after a
# target of the same clause run measures what that target counted or set.
@pytest.mark.parametrize("text, expected", [
    ("其中：居家养老服务站项目26个，补助资金1380万元。", ["居家养老服务站项目", "居家养老服务站项目补助资金"]),
    ("全市共有养老服务类慈善信托3单，财产总规模6200万元，到账金额4100万元。",
     ["养老服务类慈善信托", "养老服务类慈善信托财产总规模", "养老服务类慈善信托到账金额"]),
    ("今年以来开展助浴上门服务2.4万人次，服务时长3.1万小时。", ["助浴上门服务开展人次", "助浴上门服务时长"]),
])
def test_a_measure_alone_takes_the_thing_counted_before_it(text, expected):
    assert _indicators(text) == expected


def test_a_measure_after_another_measure_or_in_a_new_sentence_is_left_alone():  # negatives
    assert _indicators("该中心占地面积6000平方米，建筑面积3800平方米。")[1] == "建筑面积"
    assert _indicators("全市建成长者食堂42个。补助资金900万元。")[1] == "补助资金"


# Class 4: after 其中, a count named only by places (东湖区、湾里区各1个; 城关镇6个) is their share of the whole counted
# before 其中 in the same unit, and takes the whole's name.
def test_places_after_qizhong_share_the_whole_name():
    assert _indicators("今年新建村级互助养老服务点20个，其中城关镇8个、白沙镇和石门乡各6个。") == ["村级互助养老服务点新建数"] * 3


def test_places_without_qizhong_or_in_another_unit_are_left_alone():  # negatives
    assert _indicators("今年新建村级互助养老服务点20个，城关镇8个。")[1] != "村级互助养老服务点新建数"
    assert _indicators("今年新建村级互助养老服务点20个，其中城关镇床位80张。")[1] != "村级互助养老服务点新建数"


# Class 5: a level's name keeps neither the verb that reached it nor what it is per (达到每人每月, 达到每百户), and
# 低保保障标准 is said once (低保标准).
def test_a_reached_level_is_named_without_its_verb_and_per():
    assert _indicators("县城低保标准提高40元，达到每人每月620元。")[1] == "县城低保标准"
    assert _indicators("城乡社区综合服务设施面积达到每百户35平方米。") == ["每百户城乡社区综合服务设施面积"]
    assert _indicators("农村低保保障标准每人每月提高25元。") == ["农村低保标准"]


def test_a_level_without_reaching_words_is_left_alone():  # negatives
    assert _indicators("城市低保标准为每人每月700元。") == ["城市低保标准"]
    assert "低保保障标准" in _indicators("困难残疾人生活补助按占低保保障标准的30%发放。")[0]


# Class 6: a fee of a list priced after a note in brackets (or inside it) is the fee's standard under the relief the
# text named (免除, 减免, 补助); the note is no part of the name.
def test_a_fee_with_a_note_is_named_by_the_fee_and_the_relief():
    text = "本办法对户籍居民减免基本殡葬服务费用，具体为：遗体接运费（城区范围内接运）180元；骨灰寄存费（普通寄存格位）90元。"
    assert _indicators(text) == ["遗体接运费减免标准", "骨灰寄存费减免标准"]
    assert _indicators("遗体冷藏费（按市内范围补助每天40元）。") == ["遗体冷藏费补助标准"]


def test_a_fee_without_relief_or_without_a_note_is_left_to_the_other_rules():  # negatives
    assert _indicators("遗体火化费（普通火化炉）260元。") == ["遗体火化费"]
    assert _indicators("全年支付物业管理费32万元。")[0] != "物业管理费减免标准"


def test_a_measure_after_a_clause_cut_from_the_text_or_a_total_is_left_alone():  # negatives of class 2
    assert _indicators("符合资格且完成审查的有2.1万人，总发放金额约1.9亿元。")[1] != "符合资格且完成审查总发放金额"


# Class 7: money given to a group named after 为 is the group's money, named group first and without the act.
def test_money_for_a_named_group_is_named_by_the_group():
    assert _indicators("今年为3200名困难残疾人发放生活补贴1150万元。")[-1] == "困难残疾人生活补贴"
    assert _indicators("累计为城乡低保家庭发放取暖补贴860万元。") == ["城乡低保家庭取暖补贴"]


def test_money_without_a_group_or_for_every_kind_is_left_alone():  # negatives
    assert _indicators("全年发放取暖补贴860万元。") == ["取暖补贴发放额"]
    assert _indicators("累计为困难群众发放各类救助资金3.2亿元。") == ["各类救助资金发放额"]

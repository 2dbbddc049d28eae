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
    # a total in 万元 after a bracket is no price of a fee (the fee rule reads prices in 元 only)
    assert "减免标准" not in _indicators("今年为困难住户减免物业管理费（含公摊部分）32万元。")[0]


def test_a_measure_after_a_clause_cut_from_the_text_or_a_total_is_left_alone():  # negatives of class 2
    assert _indicators("符合条件且通过审核的2100人，补助资金630万元。")[1] == "补助资金"


# Class 7: money given to a group named after 为 is the group's money, named group first and without the act.
def test_money_for_a_named_group_is_named_by_the_group():
    assert _indicators("今年为3200名困难残疾人发放生活补贴1150万元。")[-1] == "困难残疾人生活补贴"
    assert _indicators("累计为城乡低保家庭发放取暖补贴860万元。") == ["城乡低保家庭取暖补贴"]


def test_money_without_a_group_or_for_every_kind_is_left_alone():  # negatives
    assert _indicators("全年发放取暖补贴860万元。") == ["取暖补贴发放额"]
    assert _indicators("累计为困难群众发放各类救助资金3.2亿元。") == ["各类救助资金发放额"]


# fix12: a reviewer's findings on ind19's classes (stop 25). Invented sentences.
# Class 4, narrowed: a kind of community or village (城市社区, 行政村, 脱贫村, 省级示范村) or a 超市 is no place.
@pytest.mark.parametrize("text, index, indicator", [
    ("全区共有城乡社区综合服务站142个，其中城市社区48个、行政村94个。", 1, "城市社区"),
    ("今年评定美丽庭院示范村30个，其中省级示范村6个。", 1, "省级示范村"),
    ("全县建成互助养老点64个，其中脱贫村22个。", 1, "脱贫村"),
    ("全省共有社会捐赠站点和慈善超市1.2万个（其中：慈善超市3200个）。", 1, "慈善超市"),
])
def test_a_kind_of_community_or_village_after_qizhong_is_no_place(text, index, indicator):
    assert _indicators(text)[index] == indicator


def test_a_place_shares_the_whole_in_the_same_unit_written_in_wan():  # the whole in 万人, the place in 人
    assert _indicators("全县特困供养人员1.6万人，其中城关镇2100人、白沙镇1800人。") == ["特困供养人员"] * 3


# Class 2: a rate carried after a count of a deed is the deed's rate (the deed stays in the name).
def test_a_rate_after_a_deed_keeps_the_deed():
    assert _indicators("今年完成困难老年人家庭适老化改造860户，完成率98%。")[1] == "困难老年人家庭适老化改造完成率"


def test_a_count_after_a_deed_still_drops_the_deed():  # negative: not a rate
    assert _indicators("今年完成困难老年人家庭适老化改造860户，补助资金430万元。")[1] == "困难老年人家庭适老化补助资金"


# Class 6, narrowed: 补贴 is no relief of a fee, nor a relief word in a clause that names no fee; a price per one
# (每具) after the bracket is still the fee's.
def test_a_fee_after_money_paid_elsewhere_is_the_fee_alone():
    assert _indicators("全年发放护理补贴960万元。遗体火化费（普通火化炉）280元。")[-1] == "遗体火化费"
    assert _indicators("全年发放临时救助补助金380万元。遗体火化费（普通火化炉）280元。")[-1] == "遗体火化费"


def test_a_fee_after_a_relief_of_fees_keeps_the_relief():  # negative: 减免 with 费 in its clause
    assert _indicators("对本县户籍居民减免基本殡葬服务费。遗体火化费（普通火化炉）280元。")[-1] == "遗体火化费减免标准"


def test_a_fee_of_two_characters_is_named_too():  # fix12 dropped the guard len(item) < 3: no input needed it
    assert _indicators("对困难群众减免殡葬费用，其中运费（市区内）80元。")[-1] == "运费减免标准"


def test_a_fee_priced_per_one_after_its_note():
    assert _indicators("免除基本殡葬服务费用：遗体火化费（普通火化炉）每具260元。")[-1] == "遗体火化费免除标准"


# Class 7, narrowed: 为 inside a word (成为, 作为) opens no group, and a rate per one (人均, 每户, 每餐) is no sum given.
@pytest.mark.parametrize("text, wrong", [
    ("我市成为全省首批为高龄老人发放助浴补贴20元的城市。", "首批为高龄老人助浴补贴"),
    ("坚持为民办实事为特困人员发放取暖补贴600万元。", "民办实事为特困人员取暖补贴"),
    ("春节前为全县低保对象发放一次性慰问金人均300元。", "低保对象一次性慰问金人均"),
    ("今冬为全市特困人员发放取暖补贴每户600元。", "特困人员取暖补贴每户"),
])
def test_no_group_money_from_a_word_holding_wei_or_a_rate_per_one(text, wrong):
    assert wrong not in _indicators(text)


# fix12: guards of ind19's rules that no test covered (each test fails with its guard removed).
def test_a_place_count_before_any_qizhong_takes_no_whole():  # the whole must be counted before this place's 其中
    assert _indicators("全县新建幸福院12个，白沙镇4个，改造敬老院6个，其中城关镇2个。")[1] == "白沙镇"


def test_a_whole_without_a_name_names_no_share():
    assert _indicators("共计12个，其中城关镇4个。")[1] == "城关镇"


@pytest.mark.parametrize("text, index, indicator", [
    ("全年总投资1.2亿元，执行率95%。", 1, "执行率"),  # the thing is itself a carried measure
    ("全年为60周岁以上老年人开展助浴服务1.2万人次，服务时长2.4万小时。", 1, "服务时长"),  # a number in the thing
    ("农村低保标准(市区)每人每月700元，财政补助水平每人每月420元。", 1, "农村低保财政补助水平(市区)"),  # bracket kept
    ("全区救助管理站共接收126人次，补助资金18万元。", 1, "补助资金"),  # a deed ends the thing, no rate
])
def test_a_carried_measure_and_its_guards(text, index, indicator):
    assert _indicators(text)[index] == indicator


@pytest.mark.parametrize("text, indicator", [
    ("为做好困难群众冬季取暖工作发放取暖补贴860万元。", "取暖补贴发放额"),  # a deed, not a group, after 为
    ("为各类困难群众发放价格临时补贴320万元。", "困难群众价格临时补贴"),  # 各类 is no part of the group
])
def test_the_group_money_is_given_to(text, indicator):
    assert _indicators(text) == [indicator]


def test_a_level_reached_after_yi_is_named_without_it():
    assert _indicators("农村低保标准已达到每人每月520元。") == ["农村低保标准"]


def test_a_province_body_visiting_a_county_of_the_pages_city_visits_here():  # relate.py's _inside_place
    from loaders.gazetteer import get_gazetteer
    from loaders.relate import _visits_here
    from loaders.types import DocumentInfo, Mention

    county = get_gazetteer().lookup("武义县", province="浙江省")
    place = Mention("Place", "武义县", "武义县", 0, 9, 12, {"level": "county", "code": county.code})
    guest = Mention("Agency", "浙江省民政厅", "省民政厅", 0, 0, 4, {})
    assert _visits_here(guest, DocumentInfo("x", place="金华市", province="浙江省"), [place])
    assert not _visits_here(guest, DocumentInfo("x", place="湖州市", province="浙江省"), [place])  # negative


# The lead's mends of the last review (review-f, stop 25): a kind of community after 其中 takes the whole's name as a
# share or rate (not as a count); a completed count after 圆满/顺利 is named by what was completed; a rate whose thing
# is a bare deed (确定) is the rate alone.
@pytest.mark.parametrize("text, expected", [
    ("城市社区养老服务设施覆盖率达到100%，其中城市社区达到95%。", ["城市社区养老服务设施覆盖率"] * 2),
    ("全县共有城乡社区服务站186个，其中城市社区56个、行政村130个。", ["城乡社区服务站", "城市社区", "行政村数"]),  # negative: counts
    ("圆满完成年初确定的9项重点工作。", ["重点工作完成数"]),
    ("顺利完成年初确定的12项民生实事。", ["民生实事完成数"]),
    ("年初确定的10项民生实事已全部完成，完成率达到100%。", ["确定", "完成率"]),
    ("新建农村幸福院30个，完成率100%。", ["农村幸福院新建数", "农村幸福院新建完成率"]),  # negative: a deed with its thing
])
def test_review_f_shares_completed_counts_and_rates(text, expected):
    assert _indicators(text) == expected

"""Persons' posts and HOLDS_POST by the structure of a leaders' list (issue 10 and 11).

Invented sentences (fixtures written for these tests, not corpus text), one class each with a
negative: a party committee's title keeps its level (县委书记), a government title opening a
chain serves the document's government (副市长、区委书记), a bare bureau before a title is the
document's own (民政局局长), and a body written before an earlier person of a list is not the
next person's.
"""
from __future__ import annotations

import pytest

from kg.evaluate import predicted_relations
from loaders import load_text
from loaders.types import DocumentInfo


def _load(text: str, **info):
    return load_text(text, "t.txt", DocumentInfo("t.txt", **info))


def persons(text: str, **info) -> dict[str, dict]:
    return {node.name: node.properties for node in _load(text, **info).all_nodes() if node.label == "Person"}


def holds_post(text: str, **info) -> set[tuple[str, str]]:
    return {(source, target) for kind, source, target in predicted_relations(_load(text, **info)) if kind == "HOLDS_POST"}


def test_a_committee_title_keeps_its_level():
    text = "全县养老服务推进会召开。县委书记马文斌作出批示，县委副书记赵红梅主持会议。"
    found = persons(text, place="岷县", province="甘肃省")
    assert found["马文斌"]["post"] == "县委书记"
    assert found["赵红梅"]["post"] == "县委副书记"


def test_a_bureau_title_drops_its_body():  # negative: 党组书记 of a bureau is no committee title
    text = "会议由县民政局党组书记、局长钱立新主持。"
    found = persons(text, place="岷县", province="甘肃省")
    assert found["钱立新"]["post"] == "党组书记、局长"


def test_a_government_title_opening_a_chain_serves_the_documents_government():
    text = "春节前夕，副市长、东城区委书记韩立国一行看望慰问困难群众。"
    found = persons(text, place="铜陵市", province="安徽省")
    assert found["韩立国"]["org"] == "铜陵市人民政府"
    posts = holds_post(text, place="铜陵市", province="安徽省")
    assert ("韩立国", "铜陵市人民政府") in posts
    assert any(person == "韩立国" and body.endswith("区委") for person, body in posts)


def test_a_chain_with_its_bodies_written_is_unchanged():  # negative: 区委 written, no implied government
    text = "区委常委、组织部部长韩立国出席会议。"
    posts = holds_post(text, place="铜陵市", province="安徽省")
    assert not any(body.endswith("人民政府") for _, body in posts)


def test_a_bare_bureau_before_a_title_is_the_documents_own():
    text = "全县民政工作会议召开。会上民政局局长吴建平作工作报告，副县长孙丽出席。"
    found = persons(text, place="华容县", province="湖南省")
    assert found["吴建平"]["org"] == "华容县民政局"


def test_a_bureau_with_its_level_is_not_bare():  # negative: 市民政局 is the city's, not the county's
    text = "会议邀请市民政局局长吴建平到会指导。"
    found = persons(text, place="华容县", province="湖南省")
    assert found["吴建平"].get("org") != "华容县民政局"


def test_a_body_before_an_earlier_person_of_a_list_is_not_the_next_ones():
    text = "市政府副秘书长林海、民政局局长陈雪梅、副局长高峰陪同调研。"
    found = persons(text, place="佳木斯市", province="黑龙江省")
    assert found["林海"]["org"] == "佳木斯市人民政府"
    assert found["陈雪梅"]["org"] == "佳木斯市民政局"
    assert found["高峰"]["org"] == "佳木斯市民政局"


def test_a_body_before_a_chain_of_titles_is_kept():  # negative: 党组书记、局长 share the body written before
    text = "市民政局党组书记、局长陈雪梅出席会议。"
    found = persons(text, place="佳木斯市", province="黑龙江省")
    assert found["陈雪梅"]["org"] == "佳木斯市民政局"


def test_a_hong_kong_district_officer_title_is_whole():
    text = "局长在屯门民政事务专员黎永康陪同下探访长者。"
    found = persons(text, place="香港特别行政区", province="香港特别行政区")
    assert found["黎永康"]["post"] == "民政事务专员"


def test_people_honoured_by_a_visit_are_named_after_their_role():
    text = "慰问组看望了市级老劳模周振华，又来到抗战老兵何守义家里送上慰问金。"
    found = persons(text, place="铜陵市", province="安徽省")
    assert "周振华" in found and "何守义" in found
    assert "post" not in found["周振华"]


def test_a_role_word_before_a_common_word_is_no_person():  # negative
    text = "社区老兵志愿者服务队开展义诊活动，志愿者服务时长累计达到3000小时。"
    assert persons(text, place="铜陵市", province="安徽省") == {}


def test_a_post_and_a_name_jieba_cuts_whole_before_any_verb():
    text = "大同村村长郭文德有感于村内长辈行动不便，发起成立关怀据点。"
    found = persons(text, place="屏东县", province="台湾省")
    assert found["郭文德"]["post"] == "村长"


def test_a_post_before_a_common_word_is_no_name():  # negative: jieba cuts no name there
    text = "村长王家大院里举办了敬老活动。"
    assert "王家大" not in persons(text, place="屏东县", province="台湾省")


def test_an_unknown_body_before_a_title_is_not_the_last_named_office():
    text = "发展局局长宁以恒在葵青探访长者。体育文化局局长黄淑芬则在屯门探访独居长者。"
    found = persons(text, place="香港特别行政区", province="香港特别行政区")
    assert found["黄淑芬"].get("org") != "发展局"


def test_a_two_character_name_after_a_role_is_judged_in_its_words():
    text = "宣教局负责人看望了两位讲师——社区志愿者张丽和王黎明。"
    found = persons(text, place="武汉市", province="湖北省")
    assert "张丽" in found and "王黎明" in found


def test_a_role_before_a_plain_word_gives_no_two_character_name():  # negative
    text = "要着力解决困难群众关切的问题，让老人幸福安度晚年。"
    assert persons(text, place="武汉市", province="湖北省") == {}


def test_a_bare_office_abbreviation_before_a_title_is_the_documents_own():
    text = "全县社会救助工作会议召开，会议由政府办副主任周立群主持。"
    found = persons(text, place="华容县", province="湖南省")
    assert found["周立群"]["org"] == "华容县人民政府办公室"


def test_a_bare_bureau_in_a_taiwan_text_is_not_guessed():  # negative: no mainland level to resolve it to
    text = "会上民政局局长吴文雄表示，将持续推动长者共餐服务。"
    found = persons(text, place="台中市", province="台湾省")
    assert "org" not in found["吴文雄"]


def test_a_word_before_a_title_is_no_unknown_body():  # negative: 由 is no body, the bureau's own 局长 keeps it
    text = "佳木斯市民政局召开党组会议。会议由局长陈雪梅主持，班子成员参加。"
    found = persons(text, place="佳木斯市", province="黑龙江省", issuing_body="佳木斯市民政局")
    assert found["陈雪梅"]["org"] == "佳木斯市民政局"


# A name right before 以及 ends before it (张锦以及… is 张锦, not 张锦以); ents8's report, invented sentences.
@pytest.mark.parametrize("text, name", [
    ("副县长张锦以及县民政局局长王强出席会议。", "张锦"),
    ("县委书记李明以及副县长张锦出席会议并讲话。", "李明"),
    ("出席会议的有王小明、李强以及各乡镇分管领导。", "李强"),
])
def test_a_name_before_yiji_ends_before_it(text, name):
    names = set(persons(text))
    assert name in names and name + "以" not in names, names


def test_a_given_name_ending_in_yi_is_kept():  # negative: 以 is a given name's character where no 及 follows
    assert "王可以" in persons("副局长王可以出席会议。")

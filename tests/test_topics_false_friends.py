"""Topic false friends (loaders/data/topic_false_friends.tsv): a phrase that holds a topic keyword but is about
another topic or none (公益性公墓 is burial, not charity). ``topics_for_text`` replaces the phrases only in texts
that hold a gate; the gates and the pattern are built from the one tuple of phrases, so every phrase must hold
a gate, whatever the file lists (h/fix2: the gates were written by hand beside the pattern). Sentences invented.
"""
from __future__ import annotations

import pytest

from loaders import topics
from loaders.lexicons import topic_false_friends


def test_every_false_friend_holds_a_gate():
    phrases = topics._FALSE_FRIEND_PHRASES
    assert phrases == tuple(topic_false_friends())  # the tuple is the data file's, not a copy
    assert phrases and topics._FALSE_FRIEND_GATES
    for phrase in phrases:
        assert any(gate in phrase for gate in topics._FALSE_FRIEND_GATES), phrase
        assert topics._FALSE_FRIENDS.fullmatch(phrase), phrase


@pytest.mark.parametrize("phrases", [
    ("公益性公墓", "公益性安葬", "公益岗位", "移民局"),
    ("公益性公墓", "养老保险卡"),  # a new phrase no earlier gate holds
    ("社区", "社区志愿者协会", "社会", "移"),  # one phrase the opening of another; one character
    ("养老保险卡",),
])
def test_gates_cover_any_phrases(phrases):
    gates = topics._gates(phrases)
    assert all(any(gate in phrase for gate in gates) for phrase in phrases)
    assert len(gates) <= len(phrases)


def test_gates_are_the_shared_openings():
    assert topics._gates(("公益性公墓", "公益岗位", "养老保险卡")) == ("公益", "养老保险卡")
    assert topics._gates(()) == ()  # negative: no phrases, no gate, no text scanned


@pytest.mark.parametrize("text, expected", [
    ("镇里新建一处公益性公墓，推行节地生态安葬。", ["殡葬"]),
    ("对公益性安葬设施给予奖补。", ["殡葬"]),
    ("开发公益岗位，托底安置就业困难人员。", []),
    ("市公安局出入境管理处与移民局联合开展宣传。", []),
    ("积极引导社会力量参与公益慈善事业。", ["慈善"]),  # negative: 公益 alone still claims charity
    ("做好大中型水库移民后期扶持工作。", ["水库移民"]),  # negative: 移民 alone still claims resettlement
])
def test_false_friends_in_sentences(text, expected):
    assert topics.topics_for_text(text) == expected

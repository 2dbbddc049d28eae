"""The fixed taxonomy of civil-affairs (民政) business lines, and keyword tagging.

Each :class:`Topic` is one business line of a civil-affairs bureau, with a
stable ASCII ``code`` and the keywords that signal it in a sentence. Tagging
is keyword-based on purpose: the lines are few, their vocabulary is
distinctive, and one Aho-Corasick pass over a sentence finds every keyword.

Former lines that moved to other ministries in 2018 (优抚安置 to 退役军人事务部,
救灾 to 应急管理部) are not topics; 水库移民 stayed with some provincial
bureaus (e.g. 浙江) and is kept.

>>> topics_for_text("提高城乡低保标准，推进居家养老服务")
['社会救助', '养老服务']
>>> topics_for_text("会议强调要增强四个意识")
[]
>>> TOPICS_BY_NAME["殡葬"].code
'funeral'
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Iterable

from loaders.lexicons import topic_false_friends
from loaders.trie import LexiconScanner, trie_regex
from loaders.types import Sentence


@dataclass(frozen=True)
class Topic:
    """One civil-affairs business line."""

    name: str
    code: str
    keywords: tuple[str, ...]


TOPICS: tuple[Topic, ...] = (
    Topic("社会救助", "social_assistance", (
        "社会救助", "低保", "最低生活保障", "特困", "临时救助", "救助供养", "兜底保障", "困难群众",
        "低收入", "医疗救助", "救助帮扶", "价格临时补贴", "兜底", "救助保障", "一门受理",
    )),
    Topic("养老服务", "elderly_care", (
        "养老", "老年人", "敬老院", "适老化", "失能", "高龄", "护理型床位", "幸福院", "老龄",
        "助餐", "夕阳", "老年", "日间照料",
    )),
    Topic("儿童福利", "child_welfare", (
        "儿童", "孤儿", "未成年人", "留守", "收养", "儿童主任", "困境儿童", "明天计划",
    )),
    Topic("社区治理", "community_governance", (
        "社区治理", "城乡社区", "村民自治", "居委会", "村委会", "村务公开", "社区服务", "基层政权",
        "基层治理", "换届", "网格", "村(居)", "社区建设", "生活圈", "城乡社区服务", "居民小组", "村民小组",
    )),
    Topic("社会组织", "social_organisations", (
        "社会组织", "社会团体", "行业协会", "商会", "民办非企业", "社会服务机构", "基金会", "非法社会组织",
    )),
    Topic("慈善", "charity", (
        "慈善", "捐赠", "慈善信托", "慈善超市", "公益",
    )),
    Topic("福利彩票", "welfare_lottery", (
        "福利彩票", "福彩", "彩票公益金",
    )),
    Topic("社会工作", "social_work", (
        "社会工作", "社工", "三社联动", "五社联动", "社会工作者", "社会工作师",
    )),
    Topic("志愿服务", "volunteering", (
        "志愿服务", "志愿者", "时间银行",
    )),
    Topic("殡葬", "funeral", (
        "殡葬", "殡仪", "火化", "公墓", "安葬", "骨灰", "海葬", "树葬", "生态葬", "植存", "身后事",
    )),
    Topic("婚姻登记", "marriage_registration", (
        "婚姻", "结婚", "离婚", "婚育",
    )),
    Topic("区划地名", "divisions_and_names", (
        "区划", "地名", "界线", "省界", "勘界", "联检",
    )),
    Topic("流浪乞讨救助", "vagrant_assistance", (
        "流浪乞讨", "生活无着", "救助管理站", "救助管理机构",
    )),
    Topic("残疾人福利", "disability_welfare", (
        "残疾人", "助残", "康复辅具", "精神卫生", "精康", "两项补贴",
    )),
    Topic("水库移民", "reservoir_resettlement", (
        "移民", "库区",
    )),
    Topic("党建", "party_building", (
        "党建", "党组织", "党风廉政", "全面从严治党", "党史学习", "主题教育", "模范机关", "清廉", "作风建设",
        "党员", "党组",
    )),
    Topic("法治与政务", "rule_of_law_and_governance", (
        "法治", "依法行政", "政务公开", "信息公开", "放管服", "最多跑一次", "跨省通办", "通办",
        "一件事", "数字化", "信息化", "智慧民政",
    )),
)

TOPICS_BY_NAME: dict[str, Topic] = {topic.name: topic for topic in TOPICS}

# Each keyword maps back to its topic(s); the tagger takes the longest keyword at the leftmost position
# (社会工作者 wins over 社会工作 there), as a trie regex's finditer would (tests/test_lexicon_scanner.py holds
# it to that regex), from one Aho-Corasick pass (loaders.trie.LexiconScanner) over every sentence.
_KEYWORD_TOPICS: dict[str, list[str]] = {}
for _topic in TOPICS:
    for _keyword in _topic.keywords:
        _KEYWORD_TOPICS.setdefault(_keyword, []).append(_topic.name)
_KEYWORD_SCANNER = LexiconScanner([("topics", _KEYWORD_TOPICS)])
_TOPIC_ORDER = {topic.name: i for i, topic in enumerate(TOPICS)}


def _gates(phrases: Iterable[str]) -> tuple[str, ...]:
    """Words of which every phrase holds one, few and long: the longest opening the phrases that start with the
    same two characters share. A text that holds no gate holds no phrase, so most texts skip the phrases' scan.

    >>> _gates(["公益性公墓", "公益性安葬", "公益岗位", "移民局"])
    ('公益', '移民局')
    >>> _gates(["养老保险卡"]), _gates([])
    (('养老保险卡',), ())
    """
    groups: dict[str, list[str]] = {}
    for phrase in phrases:
        groups.setdefault(phrase[:2], []).append(phrase)
    return tuple(os.path.commonprefix(group) for group in groups.values())


# Keywords that, alone, are too generic to claim a topic when they appear as part of a longer unrelated
# phrase are handled by context here: 公益 inside 公益性公墓 is about burial, not charity. The phrases and
# what each is read as are data (loaders/data/topic_false_friends.tsv); the pattern and the gates that spare
# most texts its scan are both built from the one tuple of phrases.
_FALSE_FRIEND_READINGS: dict[str, str] = topic_false_friends()
_FALSE_FRIEND_PHRASES: tuple[str, ...] = tuple(_FALSE_FRIEND_READINGS)
_FALSE_FRIENDS = trie_regex(_FALSE_FRIEND_PHRASES)
_FALSE_FRIEND_GATES: tuple[str, ...] = _gates(_FALSE_FRIEND_PHRASES)
assert all(any(gate in phrase for gate in _FALSE_FRIEND_GATES) for phrase in _FALSE_FRIEND_PHRASES), \
    "a false friend holds no gate: texts that hold it would skip the replacement"


def topics_for_text(text: str) -> list[str]:
    """The topic names whose keywords occur in ``text``, in taxonomy order.

    >>> topics_for_text("新建村级公益性公墓")
    ['殡葬']
    >>> topics_for_text("")
    []
    """
    if not text:
        return []
    # every false friend holds a gate, so a text with none skips the replacement (most do); a plain loop, as
    # cheap as the two `in` tests written by hand were, where any() over a generator cost twice that per sentence
    for gate in _FALSE_FRIEND_GATES:
        if gate in text:
            text = _FALSE_FRIENDS.sub(lambda m: _FALSE_FRIEND_READINGS[m.group()], text)
            break
    found: set[str] = set()
    for start, end in _KEYWORD_SCANNER.spans(text)[0][1]:
        found.update(_KEYWORD_TOPICS[text[start:end]])
    return sorted(found, key=_TOPIC_ORDER.__getitem__)


def assign_topics(sentences: list[Sentence]) -> None:
    """Fill ``Sentence.topics`` in place for every sentence.

    >>> s = [Sentence(0, "推进婚姻登记跨省通办", 0, 10)]
    >>> assign_topics(s); s[0].topics
    ['婚姻登记', '法治与政务']
    """
    for sentence in sentences:
        sentence.topics = topics_for_text(sentence.text)

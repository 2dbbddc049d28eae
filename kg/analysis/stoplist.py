"""The civil-affairs stop-list: boilerplate that every document shares.

Nearly every Chinese government document opens with the same political
formula (以习近平新时代中国特色社会主义思想为指导, 全面贯彻党的十九大精神 …)
and uses the same verbs of administration (加强, 推进, 落实 …). Those words
say nothing about *what* a city plans to do, so they are removed before the
TF-IDF keyword vectors are built. The lists are generic: they name formulas
and function words of the genre, never anything particular to one document.

>>> strip_boilerplate("会议坚持以习近平新时代中国特色社会主义思想为指导，推进养老服务。")
'会议坚持 ，推进养老服务。'
>>> "高质量发展" in STOP_PHRASES, "工作" in STOP_WORDS
(True, True)
"""
from __future__ import annotations

import re
from pathlib import Path

# Whole political formulas, removed as phrases before segmentation (longest
# first, so the long formula goes before its parts).
STOP_PHRASES: tuple[str, ...] = tuple(sorted({
    "习近平新时代中国特色社会主义思想",
    "中国特色社会主义",
    "习近平总书记",
    "习近平同志",
    "党中央国务院",
    "党中央、国务院",
    "党的十九大",
    "党的二十大",
    "党的十八大",
    "十九届四中全会",
    "十九届五中全会",
    "十九届六中全会",
    "二十届三中全会",
    "高质量发展",
    "高质量党建",
    "新发展理念",
    "新发展格局",
    "以人民为中心",
    "四个意识",
    "四个自信",
    "两个维护",
    "两个确立",
    "重要指示批示精神",
    "重要指示精神",
    "重要讲话精神",
    "决策部署",
    "全面从严治党",
    "全面建成小康社会",
    "不忘初心、牢记使命",
    "不忘初心牢记使命",
    "凝心聚力",
    "守正创新",
    "担当作为",
    "主题教育",
}, key=len, reverse=True))

# Formulas with a slot: 以…为指导, 深入学习贯彻…精神 (bounded, within one clause).
STOP_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"以[^，。；、,;]{1,30}?为指导"),
    re.compile(r"(?:深入)?学习贯彻[^，。；,;]{0,30}?精神"),
    re.compile(r"全面贯彻[^，。；,;]{0,30}?精神"),
)

# Words of the genre that carry no subject matter. Single characters, numbers
# and Latin tokens are dropped by the tokenizer anyway.
STOP_WORDS: frozenset[str] = frozenset("""
工作 推进 加强 落实 全面 深入 开展 推动 实施 健全 完善 提升 提高 坚持 加快 进一步 积极 扎实 持续 不断
发展 建设 服务 体系 机制 制度 水平 能力 质量 重点 领域 方面 任务 目标 要求 部署 安排 总结 研究 召开
会议 会上 讲话 指出 强调 表示 要求 认为 出席 主持 传达 学习 贯彻 精神 重要 指示 批示 决策 思想 理念
全市 全省 全区 全县 全国 各级 各地 我市 我省 我区 我县 本市 地方 有关 相关 部门 单位 系统 民政 民政局
民政厅 民政部 民政系统 民政部门 民政工作 民政事业 今年 去年 明年 年度 以来 期间 时期 目前 当前 同时 以及 通过
进行 实现 确保 做好 抓好 抓实 做实 做精 做强 围绕 聚焦 着力 突出 主动 切实 努力 认真 全力 大力 不断 更加
一是 二是 三是 四是 五是 六是 七是 八是 九是 十是 第一 第二 第三 一个 一批 一系列 一步 一体 为民 人民 群众
党组 书记 局长 厅长 副局长 副厅长 同志 领导 干部 党员 市委 省委 市政府 省政府 政府 国务院 中央 党中央
新时代 新征程 新阶段 新格局 新局面 新成效 新进展 新突破 新贡献 现代化 中国 特色 社会主义 习近平 总书记
分别 每月 每年 每人 平均 增长 达到 其中 累计 同比 基本 社会 人员 万人 以上 以下 左右 合计
深化 优化 强化 细化 其他 其它 提质 增效 一批 全覆盖 市级 省级 县级 区级 建成 开展 进行 推行 实行
取得 成效 成绩 明显 显著 良好 有效 有力 有序 稳步 圆满 作出 作为 形成 打造 构建 创新 改革 保障 管理 规范
""".split())


STOPLIST_PATH = Path(__file__).with_name("stopwords.txt")


def read_stoplist(path: Path = STOPLIST_PATH) -> frozenset[str]:
    """The words of a stop-list file (``#`` starts a comment; words separated by spaces or lines).

    >>> "上午" in read_stoplist() and "力度" in read_stoplist()
    True
    """
    words: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        words.update(line.split("#", 1)[0].split())
    return frozenset(words)


# The built-in list plus the editable file.
STOP_WORDS = STOP_WORDS | read_stoplist()

# Parts of speech (jieba's tags) that never name what a plan is about: time words, adverbs, numerals,
# measure words, pronouns, prepositions, conjunctions, particles, interjections, onomatopoeia and locatives.
# Verbs stay: the dictionary tags 低保, 殡葬 and 改造 as verbs; generic verbs (加大, 巩固) are in stopwords.txt.
STOP_TAGS: frozenset[str] = frozenset("t tg d dg ad m mq q r rr rz p c u uj ul uz ud ug uv y e o f x".split())


def strip_boilerplate(text: str) -> str:
    """Replace political formulas in ``text`` by a space, keeping the rest.

    Offsets are not preserved; this is only for keyword statistics.
    """
    for pattern in STOP_PATTERNS:
        text = pattern.sub(" ", text)
    for phrase in STOP_PHRASES:
        text = text.replace(phrase, " ")
    return text

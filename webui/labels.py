"""Chinese display names for labels, relationship types and document kinds.

The English names stay visible next to them (researchers write Cypher with
the English ones). Names missing here fall back to the English name.

>>> label_zh("Agency"), rel_zh("PROMOTES"), kind_zh("work_plan")
('机构', '推动', '工作计划')
>>> label_zh("Unknown")
'Unknown'
"""
from __future__ import annotations

LABEL_ZH = {
    "Document": "文档", "Agency": "机构", "Person": "人物", "Place": "地点", "Meeting": "会议",
    "Program": "项目", "Policy": "政策文件", "Target": "指标", "Topic": "业务主题", "Indicator": "目录指标",
    "Concept": "项目概念",
}

REL_ZH = {
    "ISSUED_BY": "发布机构", "REPORTS": "报道会议", "ORGANIZED_BY": "主办单位", "HELD_IN": "举办地",
    "HOLDS_POST": "任职", "SPOKE_AT": "讲话", "CHAIRED": "主持", "LOCATED_IN": "所在地", "PART_OF": "隶属",
    "PROMOTES": "推动", "IN_TOPIC": "所属主题", "PILOTED_IN": "试点地", "SETS": "设定指标", "MEASURES": "衡量",
    "FOR_PLACE": "指标地区", "MEASURES_INDICATOR": "所属目录指标", "CITES": "引用", "ABOUT_PLACE": "涉及地区", "MENTIONS": "提及", "COVERS": "涵盖主题",
    "INSTANCE_OF": "属于概念",
}

KIND_ZH = {
    "meeting_report": "会议报道", "work_plan": "工作计划", "notice": "通知", "news": "新闻",
    "statistics_bulletin": "统计公报", "law": "法规", "report": "报告",
}

# The five parts of plan similarity (kg.analysis.similarity.WEIGHTS), with what each measures.
PART_ZH = {
    "concepts": ("项目概念", "两地共同的目录项目概念（同一家族的不同概念算一半）"),
    "programs": ("本地项目", "目录以外的本地项目，名称相同或相近"),
    "indicators": ("指标", "同一目录指标上的量化指标"),
    "topics": ("业务主题", "各业务主题所占句子比例的重合（按主题稀有程度加权）"),
    "text": ("文本用词", "关键词 TF-IDF 向量的余弦（去掉套话和泛用词）"),
}

# Why evidence names a concept (INSTANCE_OF.reason, or how the text matched).
REASON_ZH = {"alias": "名称为目录别名", "pattern": "符合目录模式", "shared core": "核心词相同", "text": "正文提及"}

# One colour per label, shared by the CSS badges and the graph view.
LABEL_COLOURS = {
    "Document": "#6b7280", "Agency": "#2563eb", "Person": "#db2777", "Place": "#16a34a", "Meeting": "#ea580c",
    "Program": "#7c3aed", "Policy": "#0891b2", "Target": "#ca8a04", "Topic": "#dc2626", "Indicator": "#a16207",
    "Concept": "#9333ea",
}


def label_zh(label: str | None) -> str:
    return LABEL_ZH.get(label or "", label or "")


def rel_zh(rel_type: str | None) -> str:
    return REL_ZH.get(rel_type or "", rel_type or "")


def kind_zh(kind: str | None) -> str:
    return KIND_ZH.get(kind or "", kind or "")

# The named queries of cypher/ in Chinese (the English 'answers' line stays beside it).
QUERY_ZH = {
    "agencies_promoting_topic": "某一业务主题下推动项目的机构及其项目",
    "meetings_where_person_spoke": "某人讲话的会议：地点、时间和报道文档",
    "place_targets_by_year": "某地逐年的量化指标和统计数字",
    "places_sharing_programs": "推动相同项目的地区两两配对（共享项目多者在前）",
    "policies_cited_by_many_places": "被多个地区的文档引用的政策文件",
    "program_diffusion": "项目扩散：各项目在各地文档中首次出现的年份",
    "programs_of_agency": "某机构（自身或其发布的文档）推动的项目及出处文档",
    "shortest_path": "两个实体如何相连：按名称找最短关系链",
    "targets_compared_across_places": "同一指标在各地各年的数值、单位和类型比较",
}

# Parameter and result-column names in Chinese.
FIELD_ZH = {
    "topic": "业务主题", "person": "人物", "place": "地区", "place_a": "地区甲", "place_b": "地区乙",
    "min_shared": "最少共享项目数", "min_places": "最少地区数", "program": "项目", "programs": "项目",
    "agency": "机构", "agencies": "机构", "source": "起点", "target": "终点", "indicator": "指标", "limit": "最多行数",
    "year": "年份", "value": "数值", "unit": "单位", "kind": "类型", "scope": "范围", "from_value": "原值",
    "document": "文档", "documents": "文档数", "doc_ids": "文档", "doc_id": "文档", "shared": "共享数",
    "meeting": "会议", "date": "日期", "policy": "政策文件", "places": "地区", "first_year": "首次年份",
    "count": "数量", "name": "名称", "type": "类型", "hops": "跳数", "path": "路径",
    "level": "层级", "code": "代码", "post": "职务", "org": "所在机构", "title": "标题", "issuing_body": "发布机构",
    "doc_number": "文号", "char_count": "字数", "script": "字形", "aliases": "别名", "key": "键",
    "content_hash": "文件哈希", "extractor_version": "抽取器版本",
}


def show_value(value) -> str:
    """A property value as a reader sees it: lists joined with 、, never a Python or JSON literal.

    >>> show_value(["营口", "营口市"]), show_value(2021), show_value({"a": 1})
    ('营口、营口市', '2021', 'a: 1')
    """
    if isinstance(value, (list, tuple, set)):
        return "、".join(show_value(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {show_value(v)}" for k, v in value.items())
    return "" if value is None else str(value)


def field_zh(name: str | None) -> str:
    """A parameter or column name in Chinese ('' when unknown).

    >>> field_zh("place_a"), field_zh("whatever")
    ('地区甲', '')
    """
    return FIELD_ZH.get(name or "", "")

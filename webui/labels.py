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
}

REL_ZH = {
    "ISSUED_BY": "发布机构", "REPORTS": "报道会议", "ORGANIZED_BY": "主办单位", "HELD_IN": "举办地",
    "HOLDS_POST": "任职", "SPOKE_AT": "讲话", "CHAIRED": "主持", "LOCATED_IN": "所在地", "PART_OF": "隶属",
    "PROMOTES": "推动", "IN_TOPIC": "所属主题", "PILOTED_IN": "试点地", "SETS": "设定指标", "MEASURES": "衡量",
    "FOR_PLACE": "指标地区", "MEASURES_INDICATOR": "所属目录指标", "CITES": "引用", "ABOUT_PLACE": "涉及地区", "MENTIONS": "提及", "COVERS": "涵盖主题",
}

KIND_ZH = {
    "meeting_report": "会议报道", "work_plan": "工作计划", "notice": "通知", "news": "新闻",
    "statistics_bulletin": "统计公报", "law": "法规", "report": "报告",
}

# One colour per label, shared by the CSS badges and the graph view.
LABEL_COLOURS = {
    "Document": "#6b7280", "Agency": "#2563eb", "Person": "#db2777", "Place": "#16a34a", "Meeting": "#ea580c",
    "Program": "#7c3aed", "Policy": "#0891b2", "Target": "#ca8a04", "Topic": "#dc2626", "Indicator": "#a16207",
}


def label_zh(label: str | None) -> str:
    return LABEL_ZH.get(label or "", label or "")


def rel_zh(rel_type: str | None) -> str:
    return REL_ZH.get(rel_type or "", rel_type or "")


def kind_zh(kind: str | None) -> str:
    return KIND_ZH.get(kind or "", kind or "")

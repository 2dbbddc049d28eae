"""What to write instead, when a Neo4j habit fails on the embedded store (LadybugDB's Cypher).

The embedded engine names a missing function in its error ("function TYPE
does not exist"); the console adds what works there.

>>> hint_for("query failed: Catalog exception: function TYPE does not exist.")
'嵌入式存储没有 type(r)：用 label(r) 取关系类型，例如 MATCH (a)-[r]->(b) RETURN label(r) AS type · the embedded store has no type(r); use label(r)'
>>> hint_for("query failed: Catalog exception: function FOO does not exist.").startswith("嵌入式存储没有函数 FOO")
True
>>> hint_for("some other error")
''
"""
from __future__ import annotations

import re

MISSING_FUNCTION = re.compile(r"function (\w+) does not exist", re.IGNORECASE)

# Neo4j function (upper case, as the engine reports it) -> what to write on the embedded store.
INSTEAD = {
    "TYPE": ("type(r)", "用 label(r) 取关系类型，例如 MATCH (a)-[r]->(b) RETURN label(r) AS type",
             "use label(r)"),
    "LABELS": ("labels(n)", "用 label(n)（每个节点只有一个标签）", "use label(n): one label per node"),
    "ELEMENTID": ("elementId(n)", "用 n.key（图谱里每个节点的唯一键）或 id(n)", "use n.key or id(n)"),
    "STARTNODE": ("startNode(r)", "在模式里给两端命名：MATCH (a)-[r]->(b) RETURN a", "name the ends: (a)-[r]->(b)"),
    "ENDNODE": ("endNode(r)", "在模式里给两端命名：MATCH (a)-[r]->(b) RETURN b", "name the ends: (a)-[r]->(b)"),
    "TOSTRINGORNULL": ("toStringOrNull()", "用 toString()", "use toString()"),
    "DATETIME": ("datetime()", "日期以文本保存（d.date 如 '2021-03-05'），可直接比较字符串",
                 "dates are stored as text; compare strings"),
}


def hint_for(message: str) -> str:
    """A one-line hint for a console error on the embedded store, or '' when there is none."""
    found = MISSING_FUNCTION.search(message or "")
    if not found:
        return ""
    name = found.group(1).upper()
    if name in INSTEAD:
        shown, zh, en = INSTEAD[name]
        return f"嵌入式存储没有 {shown}：{zh} · the embedded store has no {shown}; {en}"
    return (f"嵌入式存储没有函数 {name}；可用函数见 LadybugDB 文档，或用 kg serve --neo4j 连接 Neo4j · "
            f"the embedded store has no function {name}")

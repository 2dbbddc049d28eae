"""What the entity page, the graph view and the path finder show, read from the store."""
from __future__ import annotations

from collections import OrderedDict
from typing import Any

from kg import schema
from kg.stores.base import Store
from webui.errors import NotFound
from webui.provenance import DocumentLookup, describe_edge

REL_ORDER = {name: i for i, name in enumerate(schema.REL_TYPES)}


def brief(node: dict[str, Any]) -> dict[str, Any]:
    """The few fields a list or graph needs."""
    return {"key": node["key"], "label": node.get("label"), "name": node.get("name")}


def require_node(store: Store, key: str) -> dict[str, Any]:
    node = store.get_node(key)
    if node is None:
        raise NotFound(f"no entity with key {key!r}")
    return node


def entity_view(store: Store, key: str, limit: int = 300) -> dict[str, Any]:
    """An entity, and its neighbours grouped by relationship type and direction.

    Each group lists neighbours, each with every edge to it and that edge's
    provenance (sentence, mention span, document summary).
    """
    sub = store.neighbours(key, limit=limit)
    nodes = {n["key"]: n for n in sub.get("nodes", [])}
    node = nodes.get(key) or require_node(store, key)
    nodes[key] = node
    docs = DocumentLookup(store)
    for neighbour in nodes.values():
        docs.remember(neighbour)
    groups: "OrderedDict[tuple[str, str], dict[str, Any]]" = OrderedDict()
    for edge in sorted(sub.get("edges", []), key=lambda e: (REL_ORDER.get(e["type"], 99), e["type"])):
        if edge["source"] == key:
            direction, other_key = "out", edge["target"]
        elif edge["target"] == key:
            direction, other_key = "in", edge["source"]
        else:
            continue  # an edge between two neighbours: not about this entity
        other = nodes.get(other_key) or {"key": other_key, "label": other_key.partition(":")[0],
                                         "name": other_key.partition(":")[2]}
        group = groups.setdefault((edge["type"], direction), {
            "type": edge["type"],
            "direction": direction,
            "description": schema.REL_TYPES[edge["type"]].description if edge["type"] in schema.REL_TYPES else "",
            "count": 0,
            "neighbours": OrderedDict(),
        })
        group["count"] += 1
        entry = group["neighbours"].setdefault(other_key, {"node": brief(other), "edges": []})
        entry["edges"].append(describe_edge(edge, nodes, docs))
    for group in groups.values():
        group["neighbours"] = sorted(group["neighbours"].values(), key=lambda n: -len(n["edges"]))
    return {"node": node, "groups": list(groups.values())}


def graph_view(store: Store, key: str, rel_types: list[str] | None = None, labels: list[str] | None = None,
               limit: int = 300) -> dict[str, Any]:
    """A node's neighbourhood for the graph view; parallel edges of one type are merged with a count."""
    sub = store.neighbours(key, rel_types=rel_types, labels=labels, limit=limit)
    if not any(n["key"] == key for n in sub.get("nodes", [])):
        require_node(store, key)  # 404 unless it exists (with no neighbours of these kinds)
    merged: "OrderedDict[tuple[str, str, str], dict[str, Any]]" = OrderedDict()
    for edge in sub.get("edges", []):
        ident = (edge["type"], edge["source"], edge["target"])
        entry = merged.get(ident)
        if entry is None:
            sentence = (edge.get("properties") or {}).get("sentence")
            merged[ident] = {"id": "|".join(ident), "type": edge["type"], "source": edge["source"],
                             "target": edge["target"], "count": 1, "sentence": sentence}
        else:
            entry["count"] += 1
    return {"center": key, "nodes": [brief(n) for n in sub.get("nodes", [])], "edges": list(merged.values())}


def resolve_entity(store: Store, text: str) -> dict[str, Any]:
    """A node from a key (``Agency:营口市民政局``) or a name: the exact name first, else the best search hit."""
    if ":" in text and text.partition(":")[0] in schema.LABELS:
        node = store.get_node(text)
        if node is not None:
            return node
    hits = store.search(text, limit=20)
    exact = [h for h in hits if h.get("name") == text or text in (h.get("aliases") or [])]
    if exact or hits:
        return (exact or hits)[0]
    raise NotFound(f"no entity matches {text!r}")


def path_view(store: Store, source: str, target: str, max_hops: int = 6, limit: int = 5) -> dict[str, Any]:
    """Shortest paths between two entities, each as hops with the sentence that supports each hop."""
    a = resolve_entity(store, source)
    b = resolve_entity(store, target)
    paths = store.shortest_paths(a["key"], b["key"], max_hops=max_hops, limit=limit) if a["key"] != b["key"] else []
    docs = DocumentLookup(store)
    described = []
    for path in paths:
        nodes = path.get("nodes", [])
        by_key = {n["key"]: n for n in nodes}
        hops = []
        for i, edge in enumerate(path.get("edges", [])):
            if i + 1 >= len(nodes):
                break
            hop = describe_edge(edge, by_key, docs)
            hop["from"], hop["to"] = brief(nodes[i]), brief(nodes[i + 1])
            hop["forward"] = edge["source"] == nodes[i]["key"]
            hops.append(hop)
        described.append({"nodes": [brief(n) for n in nodes], "hops": hops})
    return {"source": brief(a), "target": brief(b), "max_hops": max_hops, "paths": described}


def search_view(store: Store, text: str, labels: list[str] | None = None, limit: int = 100) -> dict[str, Any]:
    """Search hits grouped by label, with a count per label (labels in schema order)."""
    hits = store.search(text, labels=labels, limit=limit)
    groups: dict[str, list[dict[str, Any]]] = {}
    for hit in hits:
        groups.setdefault(hit.get("label") or "?", []).append(
            {"key": hit["key"], "label": hit.get("label"), "name": hit.get("name"), "aliases": hit.get("aliases") or []})
    order = list(schema.LABELS)
    ordered = sorted(groups.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else len(order))
    return {"query": text, "total": len(hits), "limit": limit,
            "groups": [{"label": label, "count": len(items), "results": items} for label, items in ordered]}

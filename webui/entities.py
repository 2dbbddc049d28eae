"""What the entity page, the graph view and the path finder show, read from the store."""
from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any

from kg import schema
from kg.stores.base import Store
from webui.errors import NotFound
from webui.provenance import DocumentLookup, describe_edge
from webui.request_timing import phase

REL_ORDER = {name: i for i, name in enumerate(schema.REL_TYPES)}


def brief(node: dict[str, Any]) -> dict[str, Any]:
    """The few fields a list or graph needs."""
    return {"key": node["key"], "label": node.get("label"), "name": node.get("name")}


def require_node(store: Store, key: str) -> dict[str, Any]:
    node = store.get_node(key)
    if node is None:
        raise NotFound(f"没有这个实体 · no entity with key {key!r}")
    return node


# Neighbours per relationship group on one entity page or API answer, and edges shown per neighbour;
# the rest loads on demand (entity_view's offset, rel_type/direction and other).
ENTITY_PAGE_SIZE = 20
EDGES_PER_NEIGHBOUR = 5
MAX_EDGES_PER_NEIGHBOUR = 50


def _group_order(row: dict[str, Any]) -> tuple:
    return REL_ORDER.get(row["type"], 99), row["type"], row["direction"] != "out"


def entity_view(store: Store, key: str, limit: int = 300, page_size: int = ENTITY_PAGE_SIZE, offset: int = 0,
                edges: int = EDGES_PER_NEIGHBOUR, rel_type: str | None = None, direction: str | None = None,
                other: str | None = None) -> dict[str, Any]:
    """An entity and one page of its neighbours per relationship type and direction.

    Every group has its counts (``count`` edges, ``total`` neighbours) and the neighbours from
    ``offset`` to ``offset + page_size``, busiest first (most edges, then key); each neighbour has
    its ``edge_count`` and its first ``edges`` edges with their provenance (sentence, mention span,
    document summary). ``next_offset`` is where the group's next page starts (None at its end).
    ``rel_type`` and ``direction`` keep one group, ``other`` one neighbour in it. Only the shown
    neighbours' edges are read (:meth:`Store.edges_to`); the counts come from
    :meth:`Store.neighbour_summary`, which reads no provenance. ``truncated``: more than ``limit``
    neighbours in a direction, so counts are lower bounds.
    """
    summary = store.neighbour_summary(key, [rel_type] if rel_type else None, None, limit)
    node = summary["node"] or require_node(store, key)
    groups: "OrderedDict[tuple[str, str], dict[str, Any]]" = OrderedDict()
    for row in sorted(summary["rows"], key=_group_order):
        if (direction and row["direction"] != direction) or row["key"] == key:
            continue
        group = groups.setdefault((row["type"], row["direction"]), {
            "type": row["type"],
            "direction": row["direction"],
            "description": schema.REL_TYPES[row["type"]].description if row["type"] in schema.REL_TYPES else "",
            "count": 0, "total": 0, "offset": offset, "members": [],
        })
        group["count"] += row["edges"]
        group["total"] += 1
        group["members"].append(row)
    shown: dict[tuple[str, str, str], dict[str, Any]] = {}
    for group in groups.values():
        members = sorted(group.pop("members"), key=lambda r: (-r["edges"], r["key"]))
        if other is not None:
            members = [r for r in members if r["key"] == other]
        page = members[offset:offset + page_size]
        group["next_offset"] = offset + page_size if len(members) > offset + page_size else None
        group["neighbours"] = []
        for row in page:
            entry = {"node": {"key": row["key"], "label": row["label"], "name": row["name"]},
                     "edge_count": row["edges"], "edges": [], "aliases": row.get("aliases") or []}
            group["neighbours"].append(entry)
            shown[(row["type"], row["direction"], row["key"])] = entry
    found = store.edges_to(key, {k for _, _, k in shown}, sorted({t for t, _, _ in shown}), edges) if shown else []
    # names and aliases for locating the mention in each sentence
    nodes = {k: {"key": k, "label": e["node"]["label"], "name": e["node"]["name"], "aliases": e.pop("aliases")}
             for (_, _, k), e in shown.items()}
    nodes[key] = node
    docs = DocumentLookup(store)
    docs.prefetch((edge.get("properties") or {}).get("doc_id") for edge in found)
    for edge in found:
        outward = edge["source"] == key
        entry = shown.get((edge["type"], "out" if outward else "in", edge["target"] if outward else edge["source"]))
        if entry is not None:
            entry["edges"].append(describe_edge(edge, nodes, docs))
    return {"node": node, "groups": list(groups.values()), "page_size": page_size, "edges_per_neighbour": edges,
            "truncated": summary["truncated"]}


def spread_quota(sizes: list[int], cap: int) -> int:
    """The most neighbours each group may show so that shown nodes plus one node per cut group fit in ``cap``.

    >>> spread_quota([3, 4], 25)       # everything fits
    4
    >>> spread_quota([152, 3, 2], 25)  # 3 + 2 + 19 shown, and one "×133" node for the rest
    19
    >>> spread_quota([100] * 30, 25)   # more groups than the cap: every group is one node
    0
    """
    quota = 0
    while quota < max(sizes, default=0):
        nxt = quota + 1
        used = sum(min(size, nxt) for size in sizes) + sum(1 for size in sizes if size > nxt)
        if used > cap:
            break
        quota = nxt
    return quota


def graph_view(store: Store, key: str, rel_types: list[str] | None = None, labels: list[str] | None = None,
               limit: int = 300, cap: int = 25, offset: int = 0) -> dict[str, Any]:
    """A node's neighbourhood for the graph view, at most ``cap`` new nodes per call.

    Parallel edges of one type are merged with a count. Neighbours are grouped by relationship type,
    direction and label; when they don't all fit, each group shows its first few (most edges to this
    node, then key) and the rest become one group entry (``"指标 ×152"``) that the client opens on
    demand with ``rel``, ``label`` and ``offset``. The ranking and the cut work on the store's
    neighbour counts (:meth:`Store.neighbour_summary`, no provenance); only the shown neighbours'
    first edges are read. ``truncated`` says the store's ``limit`` was reached, so a group count is a
    lower bound. A cut default view of a read-only store also links each group none of whose members made the
    cut, at offset 0, with its whole count (:func:`group_census`).
    """
    with phase("summary"):
        summary = store.neighbour_summary(key, rel_types, labels, limit + offset)
    if summary["node"] is None:
        require_node(store, key)  # 404
    centre = summary["node"]
    # Each neighbour goes to the group of its first edge type (type order), so it is counted once.
    groups: "OrderedDict[tuple[str, str, str], list[dict[str, Any]]]" = OrderedDict()
    placed: set[str] = set()
    edge_counts: dict[tuple[str, str, str], int] = {}
    for row in sorted(summary["rows"], key=_group_order):
        edge_counts[(row["type"], row["direction"], row["key"])] = row["edges"]
        if row["key"] == key or row["key"] in placed:
            continue
        placed.add(row["key"])
        groups.setdefault((row["type"], row["direction"], row["label"] or ""), []).append(row)
    members_after_offset = {g: sorted(m, key=lambda r: (-r["edges"], r["key"]))[offset:] for g, m in groups.items()}
    # A cut default view links the groups none of whose members made its cut too (a topic's 50,000 targets, one
    # edge each, never among its 300 busiest neighbours): each becomes a "×N" entry that opens at offset 0.
    unseen = ({g: n for g, n in group_census(store, key, centre["label"]).items() if g not in groups}
              if summary["truncated"] and rel_types is None and labels is None and offset == 0 else {})
    quota = spread_quota([len(m) for m in members_after_offset.values()], cap)
    shown: dict[str, dict[str, Any]] = {key: brief(centre)}
    more = []
    for (rel, direction, label), members in members_after_offset.items():
        for row in members[:quota]:
            shown[row["key"]] = {"key": row["key"], "label": row["label"], "name": row["name"]}
        if len(members) > quota:
            more.append({"id": f"more|{key}|{rel}|{direction}|{label}", "type": rel, "direction": direction,
                         "label": label, "count": len(members) - quota, "offset": offset + quota})
    for (rel, direction, label), count in sorted(unseen.items(), key=lambda item: (REL_ORDER.get(item[0][0], 99),
                                                                                  item[0][0], item[0][1] != "out",
                                                                                  item[0][2])):
        more.append({"id": f"more|{key}|{rel}|{direction}|{label}", "type": rel, "direction": direction,
                     "label": label, "count": count, "offset": 0})
    edges = []
    with phase("edges"):
        shown_edges = store.edges_to(key, [k for k in shown if k != key], rel_types, per_neighbour=1)
    for edge in shown_edges:
        props = edge.get("properties") or {}
        outward = edge["source"] == key
        count = edge_counts.get((edge["type"], "out" if outward else "in", edge["target"] if outward else edge["source"]), 1)
        edges.append({"id": "|".join((edge["type"], edge["source"], edge["target"])), "type": edge["type"],
                      "source": edge["source"], "target": edge["target"], "count": count,
                      "sentence": props.get("sentence"), "doc_id": props.get("doc_id"), "start": props.get("start"),
                      "end": props.get("end"), "method": props.get("method")})
    return {"center": key, "nodes": list(shown.values()), "edges": edges, "more": more, "cap": cap,
            "truncated": summary["truncated"]}


# Censuses kept (one per busy node whose graph view was cut) while their read-only store is current.
CENSUS_ENTRIES = 65_536
_censuses: "OrderedDict[tuple, dict[tuple[str, str, str], int]]" = OrderedDict()
_censuses_lock = threading.Lock()


def group_census(store: Store, key: str, label: str) -> dict[tuple[str, str, str], int]:
    """Distinct neighbours of node ``key`` (of ``label``) per (relationship type, direction, neighbour label),
    the node itself left out; {} for a store that can change under the app (only a read-only store's census is
    kept, and a cut view is not worth two walks of a hub's edges per visit).

    Two aggregates walking the node's edges (at 10^5 documents, 10.6 s of CPU for the 934 nodes of 1,000+
    edges, which kg serve's warm-up reads; a node of a few hundred edges, a few ms), kept per store generation,
    at most :data:`CENSUS_ENTRIES` nodes (each a few dozen counts).
    """
    from webui.store_access import snapshot_token

    token = snapshot_token(store)
    if token is None or label not in schema.LABELS:
        return {}
    ident = (token, key)
    with _censuses_lock:
        kept = _censuses.get(ident)
        if kept is not None:
            _censuses.move_to_end(ident)
            return kept
    rel, other = ("type(r)", "labels(m)[0]") if store.dialect == "neo4j" else ("label(r)", "label(m)")
    census: dict[tuple[str, str, str], int] = {}
    for direction, pattern in (("out", "-[r]->"), ("in", "<-[r]-")):
        rows = store.run_cypher(f"MATCH (c:{label} {{key: $key}}){pattern}(m) WHERE m.key <> $key "
                                f"RETURN {rel} AS t, {other} AS l, count(DISTINCT m.key) AS n", {"key": key})
        for row in rows:
            census[(row["t"], direction, row["l"] or "")] = int(row["n"])
    with _censuses_lock:
        _censuses[ident] = census
        while len(_censuses) > CENSUS_ENTRIES:
            _censuses.popitem(last=False)
    return census


# Nodes with at least this many edges have their entity page and graph view read during kg serve's warm-up
# (at most HUB_PREFETCH_COUNT of them, busiest first), when the store keeps slow answers: a topic with
# 2x10^5 edges at 10^5 documents took 1-9 s to summarise, and it is the page visited most; with only the 40
# nodes above 10,000 edges read, the entity p95 at 10^5 was still 189 ms (nodes of 2,000-10,000 edges), and 107 ms
# with the 300 above 2,000 (first visits of nodes with 1,000-2,000 edges took 100-130 ms).
HUB_PREFETCH_DEGREE = 1_000
HUB_PREFETCH_COUNT = 1_000


def prefetch_hubs(store: Store, index: Any, neighbour_limit: int, cap: int, min_degree: int = HUB_PREFETCH_DEGREE,
                  most: int = HUB_PREFETCH_COUNT) -> list[str]:
    """Read the busiest nodes' first entity page, graph view and the view's "×N" remainders once, as the API's requests do, so
    that a store that keeps its slow answers (:attr:`Store.keeps_slow_reads`) has them before anyone asks;
    the keys read. ``index`` is a :class:`webui.name_index.NameIndex` (its degrees pick the nodes)."""
    if not getattr(store, "keeps_slow_reads", False):
        return []
    hubs = sorted((e for e in index.entries if e.degree >= min_degree), key=lambda e: (-e.degree, e.key))[:most]
    for entry in hubs:
        entity_view(store, entry.key, neighbour_limit)
        view = graph_view(store, entry.key, None, None, neighbour_limit, cap)
        # and each "×N" remainder the view links, as the graph page asks it (rel, label, the view's offset)
        for more in view["more"]:
            graph_view(store, entry.key, [more["type"]], [more["label"]] if more["label"] else None, neighbour_limit,
                       cap, more["offset"])
    return [entry.key for entry in hubs]


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
    raise NotFound(f"没有找到 “{text}” · no entity matches {text!r}")


def path_view(store: Store, source: str, target: str, max_hops: int = 6, limit: int = 5,
              allow_hubs: bool = False, search: Any = None, budget: float | None = None) -> dict[str, Any]:
    """The most specific paths between two entities, as ``kg path`` finds them, each hop with its sentence.

    The search is ``kg path``'s on the whole graph (``search``: a :class:`kg.analysis.path_search.PathSearch`
    kept by the app per store generation; None builds one): hubs
    (Topic nodes, bare MENTIONS, the top 1% by degree) are avoided, and only when no path exists without them is the search run again through
    them, which ``through_hubs`` says (``hubs`` lists the hub nodes the paths use, and each such hop,
    or bare mention, has ``via_hub``). ``budget`` bounds each search in seconds once a path is found;
    ``cut`` says it stopped the ranking early (fewer candidates compared than ``kg path`` compares).
    ``hubs_pending``: the search through hubs was needed but its graph is still being built (a big store);
    asked again later, the answer has those paths.
    """
    from kg.analysis.path_search import PathSearch, path_hubs, store_path_hops

    with phase("resolve"):
        a = resolve_entity(store, source)
        b = resolve_entity(store, target)
    if search is None:
        search = PathSearch.from_store(store)
    found: list[list[str]] = []
    through_hubs = False
    report: dict[str, Any] = {}
    hubs_pending = False
    if a["key"] != b["key"] and a["key"] in search and b["key"] in search:
        for through in ([allow_hubs] if allow_hubs else [False, True]):
            if through and not (search.ready(True) or search.small()):
                # The search through hubs needs its own whole-store matrix (a minute at 10^5 documents): it is
                # built in the background, and this answer says so rather than holding the request that long.
                search.build_with_hubs_later()
                hubs_pending = True
                break
            with phase("hubs-search" if through else "search"):
                found = search.ranked(a["key"], b["key"], through, max(8, limit), max_hops, budget, report)
            if found:
                through_hubs = through and not allow_hubs
                break
    found = found[:limit]
    hub_set = path_hubs(search, (a["key"], b["key"])) if found else set()
    hubs = sorted({n for p in found for n in p} & hub_set)
    docs = DocumentLookup(store)
    # the search holds no provenance: each shown hop's fact, with its sentence, is read from the store
    with phase("hops"):
        hops_of = dict(zip(map(tuple, found), store_path_hops(store, found, allow_hubs or through_hubs,
                                                              search.degree_of)))
    with phase("documents"):
        docs.prefetch(data.get("doc_id") for hops in hops_of.values() for _, _, data in hops)
    described = []
    for path in found:
        nodes = [{"key": k, "label": search.label(k), "name": search.name(k)} for k in path]
        by_key = {n["key"]: n for n in nodes}
        hops = []
        for i, (s, t, data) in enumerate(hops_of[tuple(path)]):
            edge = {"type": data["type"], "source": s, "target": t,
                    "properties": {k: v for k, v in data.items() if k != "type"}}
            hop = describe_edge(edge, by_key, docs)
            hop["from"], hop["to"] = nodes[i], nodes[i + 1]
            hop["forward"] = s == path[i]
            # a hop the default search avoids: a bare mention, or one into or out of a hub node
            hop["via_hub"] = (data["type"] == "MENTIONS" and not t.startswith("Concept:")) or bool({s, t} & hub_set)
            hops.append(hop)
        described.append({"nodes": nodes, "hops": hops})
    return {"source": brief(a), "target": brief(b), "max_hops": max_hops, "paths": described,
            "allow_hubs": allow_hubs, "through_hubs": through_hubs, "hubs_pending": hubs_pending,
            "cut": bool(report.get("cut")),
            "hubs": [{"key": k, "label": search.label(k), "name": search.name(k)} for k in hubs]}


def match_quality(text: str, name: str, aliases: list[str]) -> int:
    """How well a substring hit matches what was typed (lower is better).

    >>> match_quality("养老", "养老", []), match_quality("养老", "养老服务", []), match_quality("养老", "居家养老", [])
    (0, 2, 3)
    >>> match_quality("营口", "营口市", ["营口"]), match_quality("營口", "营口市", [])
    (1, 5)
    """
    if name == text:
        return 0
    if text in aliases:
        return 1
    if name.startswith(text):
        return 2
    if text in name:
        return 3
    if any(text in a for a in aliases):
        return 4
    return 5  # matched through the traditional/simplified form


def search_view(store: Store, text: str, labels: list[str] | None = None, limit: int = 100,
                index: Any = None) -> dict[str, Any]:
    """Search hits grouped by label, ranked by match quality then degree; pinyin and "did you mean" from ``index``.

    ``index`` is a :class:`webui.name_index.NameIndex` (None: substring hits only, unranked by degree).
    Groups come in the order of their best hit; each hit carries its ``quality`` and ``degree``, and a
    target its ``place`` and ``year``.
    """
    from webui.name_index import PINYIN_QUERY

    ranked: dict[str, dict[str, Any]] = {}
    if index is not None and index.serves(store):
        # The index holds this very snapshot's names: the same hits as the store's search, found in numpy
        # (at 10^5 documents the store's scan of a two-character query took 0.2-2 s) and ranked over all of them.
        for entry, quality in index.substring_matches(text, labels, limit):
            ranked[entry.key] = {"key": entry.key, "label": entry.label, "name": entry.name,
                                 "aliases": entry.aliases, "quality": quality}
    else:
        for hit in store.search(text, labels=labels, limit=limit):
            ranked[hit["key"]] = {"key": hit["key"], "label": hit.get("label"), "name": hit.get("name"),
                                  "aliases": hit.get("aliases") or [],
                                  "quality": match_quality(text, hit.get("name") or "", hit.get("aliases") or [])}
    via_pinyin = False
    if index is not None and PINYIN_QUERY.match(text):
        for entry, quality in index.pinyin_matches(text, labels, limit):
            if entry.key not in ranked:
                via_pinyin = True
                ranked[entry.key] = {"key": entry.key, "label": entry.label, "name": entry.name,
                                     "aliases": entry.aliases, "quality": 6 + quality}
    for hit in ranked.values():
        entry = index.by_key.get(hit["key"]) if index is not None else None
        hit["degree"] = entry.degree if entry else 0
        if entry is not None and entry.label == "Target":
            hit["place"], hit["year"] = entry.place, entry.year
    hits = sorted(ranked.values(), key=lambda h: (h["quality"], -h["degree"], len(h["name"] or ""), h["name"] or ""))
    hits = hits[:limit]
    groups: dict[str, list[dict[str, Any]]] = {}
    for hit in hits:
        groups.setdefault(hit.get("label") or "?", []).append(hit)
    suggestions = []
    if not hits and index is not None:
        suggestions = [{"key": e.key, "label": e.label, "name": e.name} for e in index.did_you_mean(text, labels)]
    return {"query": text, "total": len(hits), "limit": limit, "pinyin": via_pinyin,
            "best": hits[:10], "suggestions": suggestions,
            "groups": [{"label": label, "count": len(items), "results": items} for label, items in groups.items()]}


def candidate_names(store: Store, text: str, labels: list[str], index: Any = None, limit: int = 8) -> list[str]:
    """Names of ``labels`` a user may have meant by ``text``: substring hits first, then typo matches."""
    names: list[str] = []
    for hit in store.search(text, labels=labels, limit=limit):
        if hit.get("name") and hit["name"] not in names:
            names.append(hit["name"])
    if index is not None and len(names) < limit:
        for entry in index.did_you_mean(text, labels, limit):
            if entry.name not in names:
                names.append(entry.name)
    return names[:limit]

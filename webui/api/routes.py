"""The ``/api`` views: thin wrappers over webui's read functions, JSON out."""
from __future__ import annotations

from flask import current_app, jsonify, url_for

from kg.errors import InputError
from webui import catalogue as cat
from webui import entities, queries
from webui.api import bp
from webui.api.openapi import openapi_document
from webui.errors import BadParameter
from webui.limits import check_console_token, json_body
from webui.name_index import name_index
from webui.params import int_arg, key_arg, labels_arg, neighbour_group_args, rel_types_arg, text_arg
from webui.request_timing import phase
from webui.response_cache import cached_json
from webui.store_access import store
from webui.table_links import link_with_store


@bp.get("/health")
def health():
    """Liveness without touching the store (the benchmark's baseline)."""
    return jsonify(status="ok")


@bp.get("/openapi.json")
def openapi():
    return jsonify(openapi_document())


@bp.get("/stats")
def stats():
    with store() as s:
        return jsonify(dialect=s.dialect, **s.stats())


@bp.get("/search")
@cached_json(uses_name_index=True)
def search():
    q = text_arg("q", required=True)
    labels = labels_arg("label")
    limit = int_arg("limit", 100, 1, 500)
    with store() as s:
        return jsonify(entities.search_view(s, q, labels, limit, name_index(s)))


@bp.get("/suggest")
@cached_json(uses_name_index=True)
def suggest():
    """Type-ahead: the best few matches (substring, pinyin), or "did you mean" names when none match."""
    q = text_arg("q", required=True)
    labels = labels_arg("label")
    limit = int_arg("limit", 10, 1, 30)
    with store() as s:
        view = entities.search_view(s, q, labels, limit, name_index(s))
    return jsonify(query=q, hits=view["best"][:limit], suggestions=view["suggestions"])


@bp.get("/entity")
@cached_json
def entity():
    """An entity with the first page of each relationship group; ``more`` links page on."""
    key = key_arg("key")
    limit = int_arg("limit", None, 1, 2000)
    page_size = int_arg("page_size", entities.ENTITY_PAGE_SIZE, 1, 200)
    edges = int_arg("edges", entities.EDGES_PER_NEIGHBOUR, 1, entities.MAX_EDGES_PER_NEIGHBOUR)
    with store() as s:
        view = entities.entity_view(s, key, limit or _neighbour_limit(), page_size, 0, edges)
    for group in view["groups"]:
        _link_more(key, group, page_size, edges)
    return jsonify(view)


@bp.get("/entity/neighbours")
@cached_json
def entity_neighbours():
    """One relationship group of an entity, a page at a time (``offset``), or one neighbour's edges (``other``)."""
    key, rel, direction, other, offset = neighbour_group_args()
    page_size = int_arg("page_size", entities.ENTITY_PAGE_SIZE, 1, 200)
    edges = int_arg("edges", entities.EDGES_PER_NEIGHBOUR, 1, entities.MAX_EDGES_PER_NEIGHBOUR)
    limit = int_arg("limit", None, 1, 100_000)
    with store() as s:
        view = entities.entity_view(s, key, limit or max(_neighbour_limit(), offset + page_size), page_size, offset,
                                    edges, rel, direction, other)
    group = view["groups"][0] if view["groups"] else {
        "type": rel, "direction": direction, "count": 0, "total": 0, "offset": offset, "neighbours": [],
        "next_offset": None}
    _link_more(key, group, page_size, edges)
    return jsonify(node=entities.brief(view["node"]), group=group, truncated=view["truncated"])


def _link_more(key: str, group: dict, page_size: int, edges: int) -> None:
    """The URLs that load a group's next page and a neighbour's remaining edges."""
    where = {"key": key, "rel": group["type"], "direction": group["direction"]}
    group["more"] = (url_for("api.entity_neighbours", **where, offset=group["next_offset"], page_size=page_size,
                             edges=edges) if group.get("next_offset") is not None else None)
    for entry in group["neighbours"]:
        entry["more_edges"] = (url_for("api.entity_neighbours", **where, other=entry["node"]["key"],
                                       edges=entities.MAX_EDGES_PER_NEIGHBOUR)
                               if entry["edge_count"] > len(entry["edges"]) and edges < entities.MAX_EDGES_PER_NEIGHBOUR else None)


@bp.get("/graph")
@cached_json(uses_name_index=True)
def graph():
    key = key_arg("key")
    limit = int_arg("limit", None, 1, 2000)
    cap = int_arg("cap", int(current_app.config["GRAPH_EXPAND_CAP"]), 1, 200)
    offset = int_arg("offset", 0, 0, 1000)
    rels, labels = rel_types_arg("rel"), labels_arg("label")
    with store() as s:
        view = entities.graph_view(s, key, rels, labels, limit or _neighbour_limit(), cap, offset)
        degrees = name_index(s).by_key
    for node in view["nodes"]:  # node size in the view follows its degree in the whole graph
        entry = degrees.get(node["key"])
        node["degree"] = entry.degree if entry else None
    with phase("json"):
        return jsonify(view)


@bp.get("/paths")
@cached_json
def paths():
    source = text_arg("source", required=True, max_length=400)
    target = text_arg("target", required=True, max_length=400)
    max_hops = int_arg("max_hops", 6, 1, 10)
    limit = int_arg("limit", 5, 1, 20)
    allow_hubs = bool(int_arg("allow_hubs", 0, 0, 1))
    from webui.comparison import path_search

    with store() as s:
        view = entities.path_view(s, source, target, max_hops, limit, allow_hubs, path_search(s),
                                  float(current_app.config["PATH_SEARCH_BUDGET"]))
    # 202: the search through hubs is still being prepared; not a final answer, so the response cache keeps it not
    with phase("json"):
        return (jsonify(view), 202) if view["hubs_pending"] else jsonify(view)


@bp.get("/documents")
def documents():
    place, kind, topic, text = (text_arg(n) for n in ("place", "kind", "topic", "q"))
    year = int_arg("year", None, 1900, 2100)
    limit = int_arg("limit", 100, 1, 1000)
    offset = int_arg("offset", 0, 0, 10**6)
    with store() as s:
        docs = cat.catalogue(s)
        within = cat.places_inside(name_index(s), place)
    found = cat.filter_documents(docs, place, year, kind, topic, text, within)
    return jsonify(total=len(found), offset=offset, limit=limit,
                   documents=[d.as_dict() for d in found[offset:offset + limit]],
                   facets={k: [[v, n] for v, n in items] for k, items in cat.facets(found).items()})


@bp.get("/documents/<doc_id>")
@cached_json
def document(doc_id: str):
    with store() as s:
        view = cat.document_view(s, doc_id, lambda key: url_for("pages.entity", key=key))
    view.pop("text_html")
    return jsonify(view)


@bp.get("/queries")
def query_list():
    with store() as s:
        console = queries.console_available(s)
        dialect = s.dialect
    return jsonify(dialect=dialect, console=console, queries=queries.query_menu())


@bp.post("/queries/<name>")
def query_run(name: str):
    body = _json_body()
    with store() as s:
        return jsonify(link_with_store(s, queries.run_named(s, name, body.get("params") or {})))


@bp.post("/cypher")
def cypher_console():
    body = _json_body()
    query = body.get("query")
    if not isinstance(query, str):
        raise BadParameter("'query' must be a string of Cypher")
    if "\x00" in query:
        raise BadParameter("'query' contains a NUL character")
    check_console_token()
    with store() as s:
        return jsonify(link_with_store(s, queries.run_console(s, query, body.get("params"))))


def _json_body() -> dict:
    return json_body()


def _neighbour_limit() -> int:
    from flask import current_app

    return int(current_app.config["NEIGHBOUR_LIMIT"])


@bp.get("/compare/plans")
def compare_plans():
    from webui import comparison

    place = text_arg("place", required=True)
    year = int_arg("year", None, 1900, 2100)
    limit = int_arg("limit", 10, 1, 100)
    with store() as s:
        return jsonify(comparison.similar_plans(s, place, year, limit))


@bp.get("/compare/pair")
def compare_pair():
    from webui import comparison

    a, b = text_arg("a", required=True), text_arg("b", required=True)
    with store() as s:
        return jsonify(comparison.compare_pair(s, a, b))


@bp.get("/compare/heatmap")
def compare_heatmap():
    from webui import comparison

    place = text_arg("place")
    year = int_arg("year", None, 1900, 2100)
    limit = int_arg("limit", 40, 2, 200)
    with store() as s:
        return jsonify(comparison.heatmap(s, place, year, limit))


@bp.get("/compare/diffusion")
def compare_diffusion():
    from webui import comparison

    program = text_arg("program", required=True, max_length=400)
    with store() as s:
        try:
            return jsonify(comparison.diffusion_timeline(s, program))
        except InputError as error:
            names = entities.candidate_names(s, program, ["Program", "Policy"], name_index(s))
            raise BadParameter(f"参数 'program'：{error}",
                               [(n, url_for("pages.diffusion", program=n)) for n in names]) from None

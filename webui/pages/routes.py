"""The pages: search, entity, graph, paths, comparison, documents, queries."""
from __future__ import annotations

from flask import current_app, redirect, render_template, url_for

from kg import schema
from kg.errors import InputError
from webui.errors import BadParameter
from webui import catalogue as cat
from webui import entities, queries
from webui.highlight import highlight_sentence
from webui.name_index import name_index
from webui.labels import FIELD_ZH, KIND_ZH, LABEL_COLOURS, LABEL_ZH, QUERY_ZH, REL_ZH, field_zh, kind_zh, label_zh, rel_zh, show_value
from webui.pages import bp
from webui.params import int_arg, key_arg, neighbour_group_args, text_arg
from webui.store_access import store


@bp.app_template_global()
def mark(sentence: str | None, span) -> str:
    """A provenance sentence with its mention highlighted (escaped first)."""
    if not sentence:
        return ""
    if span:
        start, end = span
        return highlight_sentence(sentence, [sentence[start:end]])
    return highlight_sentence(sentence, [])


# A longer list is cut, with a note to narrow the filters (the API pages with limit/offset).
MAX_DOCUMENT_ROWS = 300
# Neighbours per relationship group on one entity page (a topic has hundreds).
ENTITY_PAGE_SIZE = entities.ENTITY_PAGE_SIZE


@bp.record_once
def _globals(state) -> None:
    # Globals, not a context processor: imported macros (_macros.html) see globals only.
    state.app.jinja_env.globals.update(
        label_zh=label_zh, rel_zh=rel_zh, kind_zh=kind_zh, LABEL_COLOURS=LABEL_COLOURS, LABEL_ZH=LABEL_ZH, REL_ZH=REL_ZH, QUERY_ZH=QUERY_ZH, FIELD_ZH=FIELD_ZH, field_zh=field_zh, show_value=show_value,
        LABELS=list(schema.LABELS), REL_TYPES=list(schema.REL_TYPES))


@bp.get("/")
def search():
    q = text_arg("q")
    result = overview = None
    with store() as s:
        if q:
            result = entities.search_view(s, q, None, 200, name_index(s))
        else:
            overview = s.stats()["nodes"]
    return render_template("search.html", q=q, result=result, overview=overview)


@bp.get("/entity/<path:key>")
def entity(key: str):
    key_arg("key", key)
    if key.startswith("Document:"):  # a document has its own page, with its text
        return redirect(url_for("pages.document", doc_id=key.partition(":")[2]))
    page = int_arg("page", 1, 1, 1000)
    with store() as s:
        # each relationship group shows one page of ENTITY_PAGE_SIZE neighbours; the rest load on demand
        view = entities.entity_view(s, key, max(int(current_app.config["NEIGHBOUR_LIMIT"]), page * ENTITY_PAGE_SIZE),
                                    ENTITY_PAGE_SIZE, (page - 1) * ENTITY_PAGE_SIZE)
        if view["node"].get("label") == "Agency":
            # the agency's programs, meetings, people and its documents' targets, with sentences
            from kg.analysis.rollup import SECTION_TITLES, agency_rollup

            view["rollup"] = agency_rollup(s, key, int(current_app.config["NEIGHBOUR_LIMIT"]))
            view["rollup_titles"] = SECTION_TITLES
    # Paging: each relationship group shows ENTITY_PAGE_SIZE neighbours per page.
    pages = max([1] + [-(-g["total"] // ENTITY_PAGE_SIZE) for g in view["groups"]])
    if page > pages:
        raise BadParameter(f"参数 'page' 超出范围（共 {pages} 页） · parameter 'page' must be between 1 and {pages}, got {page}")
    return render_template("entity.html", **view, page=page, pages=pages)


@bp.get("/entity-more")
def entity_more():
    """The list items the entity page appends on demand: a group's next neighbours, or one neighbour's edges."""
    key, rel, direction, other, offset = neighbour_group_args()
    edges = entities.MAX_EDGES_PER_NEIGHBOUR if other else entities.EDGES_PER_NEIGHBOUR
    with store() as s:
        view = entities.entity_view(s, key, max(int(current_app.config["NEIGHBOUR_LIMIT"]), offset + ENTITY_PAGE_SIZE),
                                    ENTITY_PAGE_SIZE, offset, edges, rel, direction, other)
    group = view["groups"][0] if view["groups"] else {"type": rel, "direction": direction, "neighbours": [],
                                                      "next_offset": None, "total": 0}
    return render_template("_entity_neighbours.html", node=view["node"], g=group, whole=other is not None)


@bp.get("/graph")
def graph():
    key = text_arg("key", max_length=400)
    node = None
    if key:
        with store() as s:
            node = entities.resolve_entity(s, key)
    return render_template("graph.html", node=node, cap=int(current_app.config["GRAPH_EXPAND_CAP"]))


@bp.get("/paths")
def paths():
    source, target = text_arg("source", max_length=400), text_arg("target", max_length=400)
    max_hops = int_arg("max_hops", 6, 1, 10)
    allow_hubs = bool(int_arg("allow_hubs", 0, 0, 1))
    view = None
    if source and target:
        from webui.comparison import path_search

        with store() as s:
            view = entities.path_view(s, source, target, max_hops, 5, allow_hubs, path_search(s),
                                     float(current_app.config["PATH_SEARCH_BUDGET"]))
    return render_template("paths.html", source=source, target=target, max_hops=max_hops, allow_hubs=allow_hubs,
                           view=view)


@bp.get("/documents")
def documents():
    place, kind, topic, text = (text_arg(n) for n in ("place", "kind", "topic", "q"))
    year = int_arg("year", None, 1900, 2100)
    with store() as s:
        docs = cat.catalogue(s)
        within = cat.places_inside(name_index(s), place)
    found = cat.filter_documents(docs, place, year, kind, topic, text, within)
    return render_template("documents.html", docs=found[:MAX_DOCUMENT_ROWS], found=len(found), total=len(docs),
                           facets=cat.facets(docs),
                           filters={"place": place, "year": year, "kind": kind, "topic": topic, "q": text},
                           kinds=KIND_ZH)


@bp.get("/documents/<doc_id>")
def document(doc_id: str):
    with store() as s:
        view = cat.document_view(s, doc_id, lambda key: url_for("pages.entity", key=key))
    return render_template("document.html", **view)


@bp.get("/queries")
def console():
    with store() as s:
        available = queries.console_available(s)
        dialect = s.dialect
    from webui.table_links import column_label

    menu = queries.query_menu()
    param_labels = {p["name"]: column_label(p["name"]) for q in menu for p in q["params"]
                    if column_label(p["name"]) not in (None, "Document")}
    param_labels.update({"source": "", "target": ""})  # any entity: type-ahead over every label
    schema_labels = [{"name": l.name, "description": l.description, "properties": list(l.properties)}
                     for l in schema.LABELS.values()]
    schema_rels = [{"name": r.name, "description": r.description,
                    "endpoints": " · ".join(f"{a}→{b}" for a, b in r.endpoints)} for r in schema.REL_TYPES.values()]
    return render_template("console.html", menu=menu, console=available, dialect=dialect,
                           param_labels=param_labels, schema_labels=schema_labels, schema_rels=schema_rels,
                           provenance_props=list(schema.PROVENANCE_PROPERTIES),
                           row_limit=current_app.config["CONSOLE_ROW_LIMIT"],
                           timeout=current_app.config["CONSOLE_TIMEOUT"])


@bp.get("/compare")
def compare():
    from webui import comparison

    place, a, b = text_arg("place"), text_arg("a"), text_arg("b")
    year = int_arg("year", None, 1900, 2100)
    similar = pair = None
    with store() as s:
        if place or (a and b) or comparison.snapshot_ready(s):
            places = comparison.places_with_plans(s)
        else:
            # First visit: the picker's places come from the document catalogue (milliseconds), and the
            # whole-store analysis snapshot is read in the background for the comparison that follows.
            places = cat.facets(cat.catalogue(s))["place"]
            comparison.warm_snapshot(current_app._get_current_object(), s)
        if place:
            similar = comparison.similar_plans(s, place, year, 15)
        if a and b:
            pair = comparison.compare_pair(s, a, b)
    from webui.labels import PART_ZH, REASON_ZH

    nominal = {}
    if similar or pair:  # kg.analysis (pandas, scipy) is loaded by then; the bare first visit does not load it
        from kg.analysis.similarity import WEIGHTS as nominal
    return render_template("compare.html", places=places, place=place, year=year, a=a, b=b,
                           similar=similar, pair=pair, PART_ZH=PART_ZH, nominal=nominal, reason_zh=REASON_ZH)


@bp.get("/compare/heatmap")
def heatmap():
    from webui import comparison

    place = text_arg("place")
    year = int_arg("year", None, 1900, 2100)
    limit = int_arg("limit", 30, 2, 120)
    with store() as s:
        view = comparison.heatmap(s, place, year, limit)
    return render_template("heatmap.html", view=view, place=place, year=year, limit=limit)


@bp.get("/compare/diffusion")
def diffusion():
    from webui import comparison

    program = text_arg("program", max_length=400)
    view = None
    if program:
        with store() as s:
            try:
                view = comparison.diffusion_timeline(s, program)
            except InputError as error:  # no such name, or several: the 400 page links the candidates
                names = entities.candidate_names(s, program, ["Program", "Policy"], name_index(s))
                raise BadParameter(f"参数 'program'：{error}",
                                   [(n, url_for("pages.diffusion", program=n)) for n in names]) from None
    return render_template("diffusion.html", program=program, view=view)


@bp.get("/favicon.ico")
def favicon():
    return "", 204

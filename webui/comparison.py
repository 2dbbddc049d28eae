"""The comparison pages' data, from H4's kg.analysis: similar plans, a pair
compared side by side, the similarity heatmap and a program's diffusion.

A read-only embedded store (what ``kg serve`` opens) answers the plan comparisons (places, similar plans, a
pair, the heatmap) from its **plan features** (:mod:`kg.analysis.feature_cache`: every document's profile and
the place-year plans' feature matrices, kept on disk beside the store per generation and shared with ``kg
similar``), held in memory while the store is current: no whole-graph read when the file exists (at 10^5
documents the snapshot took 3 minutes and 6 GB; the features load in seconds). The diffusion timeline, and
every comparison of a store that can change under the app (Neo4j, a store this process writes), read the whole
store into a :class:`kg.analysis.snapshot.GraphData`; that read, and the results computed from it, are shared by
requests and kept while the store is current (:func:`webui.store_access.snapshot_token`), or for
``ANALYSIS_TTL`` seconds.
"""
from __future__ import annotations

import math
import threading
import time
from typing import Any

from flask import current_app

from kg.stores.base import Store
from webui.highlight import find_mention


MAX_DERIVED = 256  # results kept per snapshot before the oldest set is dropped


class _Source:
    """What the comparisons are computed from (the analysis snapshot, or a store's plan features), and the results
    computed from it, kept together: a new source drops them (:meth:`_replace`)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._source = None
        self._derived: dict[Any, Any] = {}

    def _replace(self, source) -> None:
        self._source, self._derived = source, {}

    def derived(self, key: Any, compute):
        """``compute(source)``, once per source and key (e.g. the all-pairs matrix)."""
        with self._lock:
            if key not in self._derived:
                if len(self._derived) >= MAX_DERIVED:
                    self._derived.clear()
                self._derived[key] = compute(self._source)
            return self._derived[key]


class _Snapshot(_Source):
    def __init__(self) -> None:
        super().__init__()
        self._at = -1e18
        self._token: tuple[int, str] | None = None

    def fresh(self, store: Store, ttl: float) -> bool:
        """Whether the snapshot read holds ``store``'s current data."""
        from webui.store_access import snapshot_token

        if self._source is None:
            return False
        token = snapshot_token(store)
        return token == self._token if token is not None else time.monotonic() - self._at <= ttl

    def get(self, store: Store, ttl: float):
        from kg.analysis.feature_cache import remember
        from kg.analysis.plans import profile_data
        from webui.store_access import snapshot_token

        with self._lock:
            if not self.fresh(store, ttl):
                # The analyses the pages run on it (plans, comparisons, diffusion) read only evidence and profile
                # fields of edges: the rest of each edge's properties is not read (most of a 10^5-document store).
                data = profile_data(store)
                data.long_lived = True  # many comparisons are answered from it: memoise whole-store features
                # ... from the cache beside an embedded store (one per store generation, shared with kg similar)
                remember(data, store)
                self._replace(data)
                self._at, self._token = time.monotonic(), snapshot_token(store)
            return self._source


def snapshot_ready(store: Store) -> bool:
    """Whether what the comparisons read (the plan features of a read-only store, else the analysis snapshot) is
    loaded and fresh (a comparison will not wait for it)."""
    from webui.store_access import snapshot_token

    slot = current_app.extensions.get("civkg_features")
    if slot is not None and slot.ready(snapshot_token(store)):
        return True
    snap = current_app.extensions.get("civkg_snapshot")
    return bool(snap and snap.fresh(store, float(current_app.config["ANALYSIS_TTL"])))


def warm_snapshot(app, store: Store) -> None:
    """Load what the comparisons read (a read-only store's plan features, else the analysis snapshot and the plan
    profiles) in a background thread, once at a time."""
    snap = app.extensions.setdefault("civkg_snapshot", _Snapshot())
    if getattr(snap, "_warming", False):
        return
    snap._warming = True

    def work() -> None:
        try:
            with app.app_context():
                places_with_plans(store)
        except Exception:  # noqa: BLE001 - a failed warm-up only means the first comparison reads it itself
            pass
        finally:
            snap._warming = False

    threading.Thread(target=work, name="civkg-warm-snapshot", daemon=True).start()


def _snapshot(store: Store):
    snap = current_app.extensions.setdefault("civkg_snapshot", _Snapshot())
    return snap, snap.get(store, float(current_app.config["ANALYSIS_TTL"]))


class _FeatureSlot(_Source):
    """A read-only store's plan features (:func:`kg.analysis.feature_cache.store_features`), loaded once per store
    generation, and the results computed from them."""

    def __init__(self) -> None:
        super().__init__()
        self._token: tuple[int, str] | None = None

    def ready(self, token: tuple[int, str] | None) -> bool:
        return token is not None and self._token == token

    def get(self, store: Store, token: tuple[int, str]):
        from kg.analysis.feature_cache import store_features

        with self._lock:
            if self._token != token:
                # from the file beside the store; built from one read of the graph (and written there) when missing
                self._replace(store_features(store))
                self._token = token
            return self._source


def _features(store: Store):
    """(slot, the store's plan features) when a read-only embedded store serves and they can be had, else None:
    the comparisons then read the snapshot."""
    from webui.store_access import snapshot_token

    token = snapshot_token(store)
    if token is None or getattr(store, "folder", None) is None:
        return None
    slot = current_app.extensions.setdefault("civkg_features", _FeatureSlot())
    features = slot.get(store, token)
    return (slot, features) if features is not None else None


def _clean(value: Any) -> Any:
    """JSON-safe: NaN becomes None, numpy scalars become Python numbers."""
    if hasattr(value, "item") and not isinstance(value, (list, dict, str)):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dict):
        return {str(k): _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    return value


def _records(frame) -> list[dict[str, Any]]:
    return [_clean(row) for row in frame.to_dict(orient="records")]


def similar_plans(store: Store, place: str, year: int | None, limit: int = 10) -> dict[str, Any]:
    """The plans most similar to a place's plan (of one year, or all its years)."""
    from kg.analysis.similarity import similar_with_query

    def compute(source) -> dict[str, Any]:
        query, table = similar_with_query(source, place, year, top=limit)
        return {"query": _plan_summary(query), "results": _records(table)}

    # Kept with the features (or the snapshot): the comparison page asks again when a pair is picked.
    holder = _features(store) or _snapshot(store)
    return holder[0].derived(("similar", place, year, limit), compute)


def _plan_summary(plan) -> dict[str, Any]:
    return {"id": plan.id, "label": plan.label(), "place": plan.place, "year": plan.year,
            "doc_ids": list(plan.doc_ids), "titles": list(plan.titles), "dates": list(plan.dates)}


class _Sources:
    """Titles and texts of the documents evidence cites, for its link and its highlighted words. ``document``
    gives a document node by key (from the snapshot, or read from the store), or None."""

    def __init__(self, document, plans) -> None:
        self.titles: dict[str, str] = {}
        for plan in plans:
            self.titles.update(zip(plan.doc_ids, plan.titles))
        self._document = document

    def evidence(self, ev: dict[str, Any], *names: str | None) -> dict[str, Any]:
        """An evidence item with its document's title and the [start, end) of the words it names in its sentence.

        The words are the document's own at [start, end) when the snapshot has its text, else the
        program it came ``via`` or one of ``names``.
        """
        sentence = ev.get("sentence") or ""
        doc = self._document(f"Document:{ev.get('doc_id')}") if self._document is not None else None
        text = ((doc or {}).get("properties") or {}).get("text") or ""
        start, end = ev.get("start"), ev.get("end")
        surface = text[start:end] if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text) else None
        return {**_clean(ev), "title": self.titles.get(ev.get("doc_id") or "") or ((doc or {}).get("name")),
                "mention": find_mention(sentence, [surface, ev.get("via"), *names])}


def _named_items(items: list[dict[str, Any]], sources: _Sources, max_evidence: int = 3) -> list[dict[str, Any]]:
    out = []
    for item in items:
        entry = {k: _clean(v) for k, v in item.items() if k not in ("evidence", "evidence_a", "evidence_b")}
        for field, side in (("evidence", "name"), ("evidence_a", "a"), ("evidence_b", "b")):
            if field in item:
                name = item.get("name") or item.get(side)
                entry[field] = [sources.evidence(ev, name) for ev in (item[field] or [])[:max_evidence]]
        out.append(entry)
    return out


def _plan_spec(plan: str) -> str:
    """A plan id as kg.analysis.select_plan accepts it; ``营口市:?`` (year unknown) stays that plan."""
    return plan.strip()


def compare_pair(store: Store, a: str, b: str) -> dict[str, Any]:
    """Two plans (``PLACE[:YEAR]`` or document id) side by side, with evidence for every item."""
    from kg.analysis.similarity import compare

    from kg.analysis.plans import select_plan
    from kg.errors import InputError
    from webui.errors import BadParameter

    cached = _features(store)
    if cached is not None:
        holder, source, profiles = cached[0], cached[1], cached[1].profiles
        documents = _store_documents(store)
    else:
        holder, source = _snapshot(store)
        profiles, documents = None, source.nodes.get
    try:
        return holder.derived(("compare", _plan_spec(a), _plan_spec(b)),
                              lambda source: _comparison_dict(compare(source, _plan_spec(a), _plan_spec(b)), documents))
    except InputError:
        for name, spec in (("a", a), ("b", b)):  # which one: the 400 names the parameter
            try:
                select_plan(None if profiles is not None else source, _plan_spec(spec), with_tokens=False,
                            profiles=profiles)
            except InputError as error:
                raise BadParameter(f"参数 '{name}'：没有这个规划（地区[:年份] 或文档 id） · "
                                   f"parameter '{name}': {error}") from None
        raise


def _store_documents(store: Store):
    """A document node by key, read from ``store`` once per comparison (evidence cites a few dozen documents)."""
    read: dict[str, Any] = {}

    def document(key: str):
        if key not in read:
            read[key] = store.get_node(key)
        return read[key]

    return document


def arithmetic(c) -> dict[str, Any]:
    """The score as a sum a reader can check, from :meth:`Comparison.summary` (the rows ``kg compare`` prints).

    ``rows``: each part with its value (None: missing), nominal weight, weight used and product;
    ``total``: the sum of the products (the score); ``missing``: the missing parts; ``present_nominal``:
    the sum of the present parts' nominal weights, by which they were divided.
    """
    summary = c.summary()
    rows = [_clean(r) for r in summary.to_dict(orient="records")]
    parts, total = rows[:-1], rows[-1]
    return {"rows": parts, "total": total["contribution"], "score": _clean(c.score), "missing": list(c.missing),
            "present_nominal": sum(r["weight"] for r in parts if r["value"] is not None)}


def _comparison_dict(c, document=None) -> dict[str, Any]:
    sources = _Sources(document, (c.a, c.b))
    concept_names = ([i["name"] for i in c.shared_concepts] + [i["a"] for i in c.related_concepts]
                     + [i["b"] for i in c.related_concepts])
    target_names = [t["a"].get("indicator") for t in c.targets] + [t["b"].get("indicator") for t in c.targets]
    targets = []
    for pair in c.targets:
        entry = _clean({k: v for k, v in pair.items() if k not in ("a", "b")})
        for side in ("a", "b"):
            entry[side] = sources.evidence(pair[side], pair[side].get("indicator"))
        targets.append(entry)
    return {
        "a": _plan_summary(c.a), "b": _plan_summary(c.b),
        "score": _clean(c.score), "parts": _clean(c.parts), "weights": _clean(c.weights),
        "arithmetic": arithmetic(c),
        "shared_programs": _named_items(c.shared_programs, sources),
        "related_programs": _named_items(c.related_programs, sources),
        "only_a_programs": _named_items(c.only_a_programs, sources, 1),
        "only_b_programs": _named_items(c.only_b_programs, sources, 1),
        "shared_policies": _named_items(c.shared_policies, sources),
        "only_a_policies": _named_items(c.only_a_policies, sources, 1),
        "only_b_policies": _named_items(c.only_b_policies, sources, 1),
        "topics": [{**_clean({k: v for k, v in row.items() if k not in ("evidence_a", "evidence_b")}),
                    "evidence_a": [sources.evidence(ev, row["topic"]) for ev in row["evidence_a"][:1]],
                    "evidence_b": [sources.evidence(ev, row["topic"]) for ev in row["evidence_b"][:1]]}
                   for row in c.topics.to_dict(orient="records")],
        "targets": targets,
        "shared_terms": [[t, _clean(w)] for t, w in c.shared_terms],
        # issue 14: concepts, the Chinese explanation and the arithmetic (missing parts are null in "parts")
        "shared_concepts": _named_items(c.shared_concepts, sources),
        "related_concepts": _named_items(c.related_concepts, sources),
        "only_a_concepts": _named_items(c.only_a_concepts, sources, 1),
        "only_b_concepts": _named_items(c.only_b_concepts, sources, 1),
        "explanation": [{"text": claim["text"],
                         "evidence": [sources.evidence(ev, *concept_names, *target_names) for ev in claim["evidence"]]}
                        for claim in c.explanation],
        "missing_parts": list(c.missing),
    }


def heatmap(store: Store, place: str = "", year: int | None = None, limit: int = 40) -> dict[str, Any]:
    """The similarity matrix of place-year plans (optionally those whose place contains ``place``)."""
    from kg.analysis.similarity import similarity_matrix

    def chosen(ids: list[str]) -> list[str]:
        if place:
            ids = [i for i in ids if place in i.partition(":")[0]]
        if year is not None:
            ids = [i for i in ids if i.endswith(f":{year}")]
        return ids[:limit]

    cached = _features(store)
    if cached is not None:
        # only the shown plans' pairs are scored (the whole matrix is N^2: 2x10^9 pairs at 10^5 documents)
        features = cached[1].features
        ids = chosen([p.id for p in features.plans])
        rows = [features.index[i] for i in ids]
        values = features.part_matrices(rows, rows)["score"] if ids else []
        names = {i: features.plans[r].label() for i, r in zip(ids, rows)}
        total = len(features.plans)
    else:
        snap, _ = _snapshot(store)
        matrix = snap.derived(("matrix", "place_year"), lambda data: similarity_matrix(data, by="place_year"))
        ids = chosen(list(matrix.index))
        values = matrix.loc[ids, ids].to_numpy() if ids else []
        names = matrix.attrs.get("labels") or {}
        total = len(matrix.index)
    return {"plans": ids, "labels": [names.get(i, i) for i in ids],
            "matrix": [[round(float(v), 3) for v in row] for row in values], "total_plans": total}


def diffusion_timeline(store: Store, program: str) -> dict[str, Any]:
    """Where and when a program or policy was taken up, in order, each with its first sentence."""
    from kg.analysis.diffusion import diffusion, diffusion_from_store, entity_nodes

    name = program.partition(":")[2] if program.split(":", 1)[0] in ("Program", "Policy") else program
    cached = _features(store)
    if cached is not None:
        # the entity's own edges from the store, documents' places and dates from the features
        entities = cached[0].derived("diffusion entities", lambda _: entity_nodes(store))
        table = diffusion_from_store(store, name, cached[1].profiles, entities)
        nodes = entities.nodes
    else:
        _, data = _snapshot(store)
        table = diffusion(data, name)
        nodes = data.nodes
    key = table.attrs.get("entity")
    entity = nodes.get(key) if key else None
    rows = _records(table)
    for row in rows:
        row["mention"] = find_mention(row.get("sentence") or "",
                                      [entity["name"] if entity else name, *((entity or {}).get("aliases") or [])])
    return {"entity": {"key": key, "name": entity["name"] if entity else name,
                       "label": entity["label"] if entity else None}, "uptakes": rows}


def places_with_plans(store: Store) -> list[tuple[str, int]]:
    """Places that have at least one document, with document counts (for the place picker)."""
    from collections import Counter

    from kg.analysis.plans import document_profiles

    cached = _features(store)
    if cached is not None:
        profiles = cached[1].profiles
    else:
        snap, _ = _snapshot(store)
        profiles = snap.derived("profiles", lambda data: document_profiles(data))
    counts = Counter(p.place for p in profiles.values() if p.place)
    return counts.most_common()


def path_search(store: Store):
    """The path finder's search (``kg path``'s :class:`kg.analysis.path_search.PathSearch` over the whole store).

    Built on the first path request (or by ``kg serve``'s warm-up) and kept for ``PATH_SEARCH_TTL``
    seconds, then rebuilt in the background while requests use the old one (webui.refreshing).
    """
    from webui.refreshing import Refreshing

    cache = current_app.extensions.setdefault("civkg_path_search", Refreshing(_build_path_search, "civkg-path-search"))
    return cache.get(store, float(current_app.config["PATH_SEARCH_TTL"]))


def _build_path_search(store: Store):
    from kg.analysis.path_search import PathSearch

    # node keys, labels, names and edge ends only (the path view reads the shown hops' facts from the store);
    # the hub-free matrix now, not in the first request
    return PathSearch.from_store(store).warm()

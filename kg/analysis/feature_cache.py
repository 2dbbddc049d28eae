"""The store's plan features, computed once per store content and kept on disk beside the store.

``kg similar PLAN``, ``kg compare A B`` and ``kg similar --all`` all need the same whole-store
features: every document's profile (:func:`kg.analysis.plans.document_profiles`), the place-year
plans and their feature matrices (:class:`kg.analysis.similarity.PlanFeatures`, with the program and
indicator name similarities of *all* names). Building them reads the whole graph: ~3 minutes at
10,000 documents, on every call. Here they are built once and written to
``STORE/analysis-cache/plan-features.pickle``, under a key made of

- the store's **generation** token (:func:`kg.stores.embedded.store_generation`), which the writer
  renews after every commit and checkpoint, so any ingest, replacement or removal changes it;
- the **analysis version**: a hash of the code and data the features are computed by
  (:data:`FEATURE_SOURCES`, ``kg/schema.py``), the extractor version (the text normalisation plans read
  through ``loaders``) and the tokeniser's and numeric packages' versions, so changed feature code never
  reads features the old code made.

A cache whose key differs from the store's current key is never read: it is rebuilt from the graph
and replaces the file. Nothing is written when the store changed during the build (the features would
already be stale), when the store has no generation token (written by a version before it), or when
the folder is not writable; the features are then simply computed, as before. Stores without a
folder (Neo4j) are not cached: :func:`store_features` returns None and the caller reads the graph.

The file is a pickle of plain data classes and scipy matrices written by this program into the
store's own folder; like the database beside it, it is trusted as far as the folder is.

>>> isinstance(analysis_version(), str) and len(analysis_version()) == 16
True
>>> store_features(object()) is None          # not an embedded store: nothing cached
True
"""
from __future__ import annotations

import dataclasses
import os
import pickle
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from kg.analysis.plans import (PROFILE_EDGE_PROPERTIES, PROFILE_REL_TYPES, _DocProfile, _instances, _read_profiles,
                               build_plans, document_profiles, profile_only_data)
from kg.analysis.snapshot import GraphData
from kg.gc_rhythm import fewer_young_collections, gc_paused

CACHE_FOLDER = "analysis-cache"
CACHE_FILE = "plan-features.pickle"
# Bumped when the file's layout changes (the analysis version covers what is computed).
FORMAT = 2
# Packages whose arithmetic or tokens end up in the features.
PACKAGES = ("rjieba", "opencc-pyo3", "numpy", "scipy")
ANALYSIS = Path(__file__).resolve().parent
# The files under kg/analysis the cached features are computed by: these modules and the kg.analysis modules
# they import at module level (tests/test_similarity_cache.py checks that closure). The top-k search
# (topk.py, ann.py) and the other analyses are not in it: changing them keeps the cache.
FEATURE_SOURCES = ("feature_cache.py", "similarity.py", "plans.py", "keywords.py", "stoplist.py", "stopwords.txt",
                   "names.py", "indicators.py", "snapshot.py")
# The key kg.analysis.similarity memoises a snapshot's whole-store plan features under.
FEATURES_MEMO = ("plan_features", "place_year")


@dataclass
class StoreFeatures:
    """What plan comparisons need from the whole store, without the graph.

    ``profiles``: each document's profile (text dropped, its tokens kept), for :func:`select_plan`;
    ``features``: the place-year plans' features, every name-by-name similarity computed.
    """

    profiles: dict[str, _DocProfile]
    features: Any  # kg.analysis.similarity.PlanFeatures (imported late: similarity imports this module)
    # What an update after a small ingest needs (:func:`_updated`): each Document's extractor version, each
    # Program's INSTANCE_OF links as the profiles read them, and the Programs each document's edges lead to.
    stamps: dict[str, Any] = dataclasses.field(default_factory=dict)
    instances: dict[str, Any] = dataclasses.field(default_factory=dict)
    doc_programs: dict[str, frozenset] = dataclasses.field(default_factory=dict)


@lru_cache(maxsize=1)
def analysis_version() -> str:
    """16 hex digits over :data:`FEATURE_SOURCES`, the extractor version and :data:`PACKAGES`' versions."""
    from loaders.version import extractor_version, version_of_files

    files = [ANALYSIS / name for name in FEATURE_SOURCES] + [ANALYSIS.parent / "schema.py"]
    return version_of_files(files, ANALYSIS.parent.parent, PACKAGES + (f"extractor={extractor_version()}",))


def _generation(store: Any) -> str | None:
    """The generation of the data ``store`` reads, or None when it has none to key a cache with.

    A read-only store reads the data of the token it saw when it opened (read before the database, so a
    commit in between gives it newer data under an older token: a key no later reader asks for). A writer
    sees its own commits, and the token in the folder is the one it last wrote.
    """
    from kg.stores.embedded import EmbeddedStore, store_generation

    if not isinstance(store, EmbeddedStore):
        return None
    token = store.opened_generation if store.read_only else store_generation(store.folder)
    return token.strip() or None


def cache_path(folder: str | Path) -> Path:
    """Where a store folder's features are kept.

    >>> cache_path("/data/store").as_posix()
    '/data/store/analysis-cache/plan-features.pickle'
    """
    return Path(folder) / CACHE_FOLDER / CACHE_FILE


def _key(generation: str) -> dict[str, Any]:
    return {"format": FORMAT, "generation": generation, "analysis": analysis_version()}


# Young objects a feature build makes between collections (Python's default: 700): the build keeps most of
# what it makes, so each young collection walks objects that all survive.
FEATURE_BUILD_GC_THRESHOLD = 200_000


def _load(path: Path, key: dict[str, Any], other_generation: bool = False) -> StoreFeatures | None:
    """The cached features when the file's key is ``key`` (the payload is not read otherwise); with
    ``other_generation``, also those of another generation of the store (same format and analysis version)."""
    try:
        with path.open("rb") as file, gc_paused():
            found = pickle.load(file)
            if found != key and not (other_generation and isinstance(found, dict)
                                     and {**found, "generation": key["generation"]} == key):
                return None
            cached = pickle.load(file)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError, ValueError):
        return None  # missing, half-written by a killed process, or from other code: rebuilt
    return cached if isinstance(cached, StoreFeatures) else None


def _save(path: Path, key: dict[str, Any], features: StoreFeatures) -> bool:
    """Write atomically (a reader sees the old file or the new one); False when the folder is not writable."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}")
    try:
        path.parent.mkdir(exist_ok=True)
        with temporary.open("wb") as file:
            pickle.dump(key, file, protocol=pickle.HIGHEST_PROTOCOL)
            pickle.dump(features, file, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
        return True
    except OSError:
        temporary.unlink(missing_ok=True)
        return False


def build_store_features(data: GraphData) -> StoreFeatures:
    """Profiles and place-year plan features of one graph read (every name similarity computed)."""
    from kg.analysis.similarity import PlanFeatures

    profiles = document_profiles(data)
    features = PlanFeatures.build(build_plans(data, profiles=profiles))
    # A profile's text is read once, for its tokens (every document is in some plan, so all are cut by now).
    slim = {key: dataclasses.replace(p, text="", _tokens=p.tokens) for key, p in profiles.items()}
    return StoreFeatures(profiles=slim, features=features, stamps=_stamps(data), instances=_instances(data),
                         doc_programs=_doc_programs(data))


def _stamps(data: GraphData) -> dict[str, Any]:
    """Each Document key's extractor version: a document whose key (a hash of its text) and version are
    unchanged has the same edges."""
    return {doc["key"]: doc["properties"].get("extractor_version") for doc in data.documents()}


def _doc_programs(data: GraphData) -> dict[str, frozenset]:
    """The Program keys each document's PROMOTES and MENTIONS edges lead to (its profile reads their links)."""
    found: dict[str, set] = {}
    for rel in ("PROMOTES", "MENTIONS"):
        for source, edges in data.out_edges(rel).items():
            found.setdefault(source, set()).update(e["target"] for e in edges if e["target"].startswith("Program:"))
    return {key: frozenset(keys) for key, keys in found.items()}


# Above this share of the store's documents added, changed or touched by a changed program link, the features
# are rebuilt from a whole read instead of updated (the update reads those documents a few hundred at a time).
UPDATE_AT_MOST = 0.2


def store_features(store: Any, data: GraphData | None = None) -> StoreFeatures | None:
    """The store's features from its cache, or built (from ``data``, a read of this store, when given;
    else from a new read) and cached; None for a store that can't be keyed (Neo4j, or an embedded store
    never written with a generation token)."""
    generation = _generation(store)
    if generation is None:
        return None
    from kg.stores.embedded import store_generation

    key = _key(generation)
    path = cache_path(store.folder)
    cached = _load(path, key)
    if cached is not None:
        return cached
    # Not gc_paused: cycles the build leaves would wait for the end (not measured apart: the 9.8 GB peak first
    # blamed on it came from the indicator pairs, since sliced). Fewer young collections instead, each of
    # which walks every object made since the last one.
    with fewer_young_collections(FEATURE_BUILD_GC_THRESHOLD):
        built = None
        if data is None:
            # the previous generation's features, when the store changed a little since: only what changed is read
            previous = _load(path, key, other_generation=True)
            built = _updated(store, previous) if previous is not None else None
            del previous
        if built is None:
            # the features need only the profiles' part of the graph (profile_only_data), not the analyses' whole read
            built = build_store_features(profile_only_data(store) if data is None else data)
    if store_generation(store.folder).strip() == generation:  # unchanged while we read: not stale
        _save(path, key, built)
    return built


def remember(data: GraphData, store: Any) -> None:
    """Let a long-lived snapshot ``data`` of ``store`` (the web app's) take its whole-store features and
    document profiles from the cache, so :mod:`kg.analysis.similarity` finds them memoised and a server
    that restarts on an unchanged store does not rebuild them. Nothing happens for a store without a cache."""
    cached = store_features(store, data)
    if cached is not None:
        data.memo(FEATURES_MEMO, lambda: cached.features)
        data.memo("document_profiles", lambda: cached.profiles)


def _updated(store: Any, previous: StoreFeatures) -> StoreFeatures | None:
    """``previous`` (the features of an earlier generation of ``store``) brought up to date by reading only the
    documents that were added or re-extracted, or whose programs' INSTANCE_OF links changed; None when there is
    no record to compare with or more than ``UPDATE_AT_MOST`` of the documents are such.

    A document's profile reads its own edges (PROMOTES, MENTIONS, CITES, SETS, COVERS, ABOUT_PLACE, all
    starting at it), the nodes they lead to, and its programs' INSTANCE_OF links, which other documents'
    ingests add: so an unchanged document whose programs' links are unchanged has an unchanged profile, and
    the plans and their features are then built from the profiles as a whole read builds them (the same
    functions; tests/test_feature_update.py checks the result equals a rebuild)."""
    from kg.analysis.similarity import PlanFeatures

    if not previous.stamps:
        return None
    stamps = {node["key"]: node["properties"].get("extractor_version")
              for node in store.iter_nodes(["Document"], properties=["extractor_version"])}
    links = GraphData()
    links.edges["INSTANCE_OF"] = list(store.iter_edges(["INSTANCE_OF"], properties=list(PROFILE_EDGE_PROPERTIES)))
    instances = _instances(links)
    moved = {program for program in set(instances) | set(previous.instances)
             if instances.get(program) != previous.instances.get(program)}
    touched = {key for key, version in stamps.items()
               if key not in previous.stamps or previous.stamps[key] != version
               or (moved and previous.doc_programs.get(key, frozenset()) & moved)}
    if len(touched) > UPDATE_AT_MOST * max(1, len(stamps)):
        return None
    if not touched and stamps.keys() == previous.stamps.keys():
        # a commit that changed no document's profile (a re-ingest of unchanged files): the same features
        return previous
    fresh = _documents_read(store, sorted(touched), links)
    profiles = _read_profiles(fresh)
    doc_programs = {key: programs for key, programs in previous.doc_programs.items()
                    if key in stamps and key not in touched}
    doc_programs.update(_doc_programs(fresh))
    merged = {key: (dataclasses.replace(profiles[key], text="", _tokens=profiles[key].tokens) if key in touched
                    else previous.profiles[key]) for key in sorted(stamps)}
    features = PlanFeatures.build(build_plans(GraphData(), profiles=merged), reuse=previous.features)
    return StoreFeatures(profiles=merged, features=features, stamps=stamps, instances=instances,
                         doc_programs=doc_programs)


# Documents whose edges one statement reads.
DOCUMENTS_PER_READ = 500


def _documents_read(store: Any, keys: list[str], links: GraphData) -> GraphData:
    """The ``keys`` Documents, their profile edges (in :meth:`iter_edges`' order), the nodes those lead to,
    the Concepts, and ``links`` (every INSTANCE_OF edge): what :func:`_read_profiles` reads of them."""
    from kg import schema

    data = GraphData()
    data.edges["INSTANCE_OF"] = links.edges.get("INSTANCE_OF", [])
    data.nodes.update(store.get_nodes(keys))
    ends: set[str] = set()
    for rel in PROFILE_REL_TYPES:
        if rel == "INSTANCE_OF":
            continue
        kept = [p for p in PROFILE_EDGE_PROPERTIES if p in schema.REL_TYPES[rel].all_properties]
        columns = "".join(f", r.`{p}` AS `{p}`" for p in kept)
        rows: list[dict[str, Any]] = []
        for start in range(0, len(keys), DOCUMENTS_PER_READ):
            rows += store.run_cypher(
                f"UNWIND $keys AS k MATCH (a:Document)-[r:{rel}]->(b) WHERE a.key = k "
                f"RETURN a.key AS source, b.key AS target{columns}",
                {"keys": keys[start:start + DOCUMENTS_PER_READ]})
        # iter_edges' order: by document, sentence, then the two ends
        rows.sort(key=lambda r: (r.get("doc_id") or "", r.get("sentence_index") or 0, r["source"], r["target"]))
        for row in rows:
            properties = dict.fromkeys(PROFILE_EDGE_PROPERTIES)
            properties.update({p: row.get(p) for p in kept})
            data.edges[rel].append({"type": rel, "source": row["source"], "target": row["target"],
                                    "properties": properties})
            ends.add(row["target"])
    data.nodes.update(store.get_nodes(sorted(ends - set(data.nodes))))
    data.nodes.update({node["key"]: node for node in store.iter_nodes(["Concept"])})
    return data

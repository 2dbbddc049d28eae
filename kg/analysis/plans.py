"""Plans: a place's documents for a year, or one document, as comparable profiles.

A :class:`Plan` gathers what its documents say, each item with the sentences
that support it (from the edges' provenance):

- ``topics``: the share of sentences per civil-affairs topic (COVERS edges);
- ``programs``: the canonical programs the documents promote or mention;
- ``concepts``: the catalogue program concepts they name, directly or through a
  Program that is an INSTANCE_OF the concept (each evidence item says ``via``
  which program, and ``reason``);
- ``policies``: the policy documents they cite;
- ``targets``: their quantitative targets, with indicator, value and unit;
- ``tokens``: content words of the text, boilerplate and stop-words removed,
  for the TF-IDF part of the similarity.

>>> plan_id("营口市", 2021)
'营口市:2021'
>>> parse_plan_spec("衢州市:2019")
('衢州市', 2019)
>>> parse_plan_spec("衢州")
('衢州', None)
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from kg.analysis.keywords import tokenize
from kg.analysis.snapshot import GraphData, doc_id_of, evidence
from kg.errors import InputError

# Place suffixes dropped when a user types a short place name (营口 for 营口市).
_PLACE_SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县",
                   "省", "市", "区", "县", "盟", "旗", "州")


@dataclass
class Plan:
    """One place-year (or one document) as the sum of what its documents say."""

    id: str
    place: str | None
    year: int | None
    doc_ids: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    topics: dict[str, float] = field(default_factory=dict)
    topic_sentences: dict[str, int] = field(default_factory=dict)
    topic_evidence: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    programs: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    policies: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    targets: list[dict[str, Any]] = field(default_factory=list)
    tokens: list[str] = field(default_factory=list)
    concepts: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    concept_families: dict[str, str] = field(default_factory=dict)
    program_concepts: dict[str, str] = field(default_factory=dict)

    @property
    def local_programs(self) -> list[str]:
        """Programs not linked to any catalogue concept (local brands and unlisted programs)."""
        return [name for name in self.programs if name not in self.program_concepts]

    @property
    def indicators(self) -> list[str]:
        """The distinct indicator names of the plan's targets."""
        return sorted({t["indicator"] for t in self.targets if t.get("indicator")})

    def label(self, title_chars: int = 24) -> str:
        """Place, year and title, never a bare id: ``营口市 2021 营口市民政局组织召开2021年全市民政工作会议``.

        The title is the first document's, cut to ``title_chars`` (… marks a cut), with ``(+N)`` for
        further documents. ``kg show`` opens a plan by this label, its id or a document title.

        >>> Plan("营口市:2021", "营口市", 2021, titles=["全市民政工作会议召开", "要点"]).label()
        '营口市 2021 全市民政工作会议召开 (+1)'
        >>> Plan("ab12", None, None, titles=["台中十甲里中秋晚会"]).label()
        '地点不详 年份不详 台中十甲里中秋晚会'
        """
        place = self.place or "地点不详"
        year = str(self.year) if self.year is not None else "年份不详"
        title = (self.titles[0] if self.titles else self.id).strip()
        if len(title) > title_chars:
            title = title[: title_chars - 1] + "…"
        more = f" (+{len(self.titles) - 1})" if len(self.titles) > 1 else ""
        return f"{place} {year} {title}{more}"


def plan_id(place: str | None, year: int | None) -> str:
    """The id of a place-year plan."""
    return f"{place or '?'}:{year if year is not None else '?'}"


def parse_plan_spec(spec: str) -> tuple[str, int | None]:
    """Split ``PLACE[:YEAR]`` into place and year (None when absent)."""
    place, sep, year = spec.strip().rpartition(":")
    if sep and year.isdigit():
        return place, int(year)
    return spec.strip(), None


_HEX_RE = re.compile(r"[0-9a-f]+")


@lru_cache(maxsize=4096)
def short_place(name: str) -> str:
    """A place name without its administrative suffix (营口市 → 营口).

    >>> short_place("广西壮族自治区"), short_place("衢州市")
    ('广西', '衢州')
    """
    for suffix in _PLACE_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    return name


def _document_place(data: GraphData, doc: dict[str, Any], about: dict[str, list[dict]]) -> str | None:
    place = doc["properties"].get("place")
    if place:
        return place
    # Fall back to the first place the document is about (ABOUT_PLACE edges).
    edges = about.get(doc["key"], [])
    return data.name(edges[0]["target"]) if edges else None


def _document_year(doc: dict[str, Any]) -> int | None:
    props = doc["properties"]
    if props.get("year") is not None:
        return int(props["year"])
    date = props.get("date") or ""
    return int(date[:4]) if date[:4].isdigit() else None


def _document_text(doc: dict[str, Any]) -> str:
    text = doc["properties"].get("text") or ""
    if doc["properties"].get("script") not in (None, "simplified") and text:
        # The stored text may be the original traditional script; keywords
        # must be simplified to meet the simplified documents' vocabulary.
        try:
            from loaders.normalise import normalise

            return normalise(text).text
        except Exception:  # the loaders are optional for analysis; raw text still works
            return text
    return text


@dataclass
class _DocProfile:
    key: str
    place: str | None
    year: int | None
    title: str
    date: str
    text: str
    topics: dict[str, int]
    topic_evidence: dict[str, list[dict[str, Any]]]
    total_sentences: float
    programs: dict[str, list[dict[str, Any]]]
    policies: dict[str, list[dict[str, Any]]]
    targets: list[dict[str, Any]]
    concepts: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    concept_families: dict[str, str] = field(default_factory=dict)
    program_concepts: dict[str, str] = field(default_factory=dict)
    _tokens: list[str] | None = None

    @property
    def tokens(self) -> list[str]:
        """The text's content words (:func:`kg.analysis.keywords.tokenize`), cut once per profile."""
        if self._tokens is None:
            self._tokens = tokenize(self.text)
        return self._tokens


def _instances(data: GraphData) -> dict[str, tuple[list[tuple[str, Any]], str]]:
    """Each Program key's distinct INSTANCE_OF links ``(Concept key, reason)`` in first-seen order, and the
    Concept of its last link.

    A program is linked once per document that names it, so a program in 10^4 documents has 10^4 links to
    the same concept or two; walking them all for each of its mentions made the profiles quadratic.
    """
    grouped: dict[str, dict[tuple[str, Any], None]] = defaultdict(dict)
    last: dict[str, str] = {}
    for edge in data.edges.get("INSTANCE_OF", []):
        grouped[edge["source"]].setdefault((edge["target"], edge["properties"].get("reason")), None)
        last[edge["source"]] = edge["target"]
    return {program: (list(links), last[program]) for program, links in grouped.items()}


# The edge properties a document's profile reads (evidence() and the COVERS, PROMOTES and INSTANCE_OF fields below).
PROFILE_EDGE_PROPERTIES = ("doc_id", "sentence_index", "sentence", "start", "end", "method", "reason", "sentences",
                           "share")


# What a document's profile reads (:func:`_read_profiles`), and nothing else: the nodes its edges lead to and the
# Concepts, and the seven edge types it walks. A whole-store read for the plan features (kg.analysis.feature_cache)
# reads only these; the web app's snapshot, which other analyses share, reads ``ANALYSIS_LABELS`` and types.
PROFILE_LABELS = ("Document", "Program", "Policy", "Target", "Topic", "Place", "Concept")
PROFILE_REL_TYPES = ("PROMOTES", "CITES", "SETS", "COVERS", "ABOUT_PLACE", "MENTIONS", "INSTANCE_OF")


def profile_only_data(store) -> GraphData:
    """A read of ``store`` with just what :func:`document_profiles` uses: :data:`PROFILE_LABELS`,
    :data:`PROFILE_REL_TYPES` and :data:`PROFILE_EDGE_PROPERTIES` (at 10^5 documents the issuers, the targets'
    places and indicators are 0.9 of 4.2 million edges the profiles never look at). The profiles of this read
    equal those of :func:`profile_data`'s (tests/test_profile_read.py)."""
    return GraphData.from_store(store, labels=PROFILE_LABELS, rel_types=PROFILE_REL_TYPES,
                                edge_properties=PROFILE_EDGE_PROPERTIES)


def profile_data(source) -> GraphData:
    """``source`` itself when it is a :class:`GraphData`, else a read of the store with just the edge
    properties profiles use (:data:`PROFILE_EDGE_PROPERTIES`)."""
    return source if isinstance(source, GraphData) else GraphData.from_store(source,
                                                                             edge_properties=PROFILE_EDGE_PROPERTIES)


def document_profiles(data: GraphData) -> dict[str, _DocProfile]:
    """What each document contributes, keyed by Document node key (computed once per GraphData; don't change it)."""
    return data.memo("document_profiles", lambda: _read_profiles(data))


def _read_profiles(data: GraphData) -> dict[str, _DocProfile]:
    about = data.out_edges("ABOUT_PLACE")
    covers = data.out_edges("COVERS")
    sets = data.out_edges("SETS")
    instances = _instances(data)
    entity_edges: dict[str, list[dict]] = defaultdict(list)
    for rel in ("PROMOTES", "MENTIONS", "CITES"):
        for source, edges in data.out_edges(rel).items():
            entity_edges[source].extend(edges)

    profiles = {}
    for doc in data.documents():
        key = doc["key"]
        topics: dict[str, int] = defaultdict(int)
        topic_evidence: dict[str, list[dict]] = defaultdict(list)
        total = 0.0
        for edge in covers.get(key, []):
            props = edge["properties"]
            n, share = props.get("sentences") or 0, props.get("share") or 0.0
            topics[data.name(edge["target"])] += int(n)
            topic_evidence[data.name(edge["target"])].append(evidence(edge))
            if share > 0:
                # share = sentences / all sentences, so this recovers the total.
                total = max(total, n / share)
        programs: dict[str, list[dict]] = defaultdict(list)
        policies: dict[str, list[dict]] = defaultdict(list)
        concepts: dict[str, list[dict]] = defaultdict(list)
        families: dict[str, str] = {}
        program_concepts: dict[str, str] = {}
        for edge in entity_edges.get(key, []):
            label = edge["target"].partition(":")[0]
            if label == "Concept":
                name = data.name(edge["target"])
                ev = {**evidence(edge), "via": None, "reason": (edge["properties"].get("method") or "").partition(":")[2]}
                if ev not in concepts[name]:
                    concepts[name].append(ev)
                families[name] = _family(data, edge["target"])
                continue
            bucket = programs if label == "Program" else policies if label == "Policy" else None
            if bucket is not None:
                ev = evidence(edge)
                if ev not in bucket[data.name(edge["target"])]:
                    bucket[data.name(edge["target"])].append(ev)
                if label == "Program" and edge["target"] in instances:
                    links, last_concept = instances[edge["target"]]
                    program = data.name(edge["target"])
                    for concept, reason in links:
                        name = data.name(concept)
                        families[name] = _family(data, concept)
                        item = {**ev, "via": program, "reason": reason}
                        if item not in concepts[name]:
                            concepts[name].append(item)
                    program_concepts[program] = data.name(last_concept)
        targets = []
        for edge in sets.get(key, []):
            node = data.nodes.get(edge["target"])
            if node is None:
                continue
            props = node["properties"]
            targets.append({
                "indicator": props.get("indicator") or node["name"],
                "value": props.get("value"),
                "unit": props.get("unit"),
                "kind": props.get("kind"),
                "scope": props.get("scope"),
                "year": props.get("year"),
                "from_value": props.get("from_value"),
                "name": node["name"],
                **evidence(edge),
            })
        profiles[key] = _DocProfile(
            key=key,
            place=_document_place(data, doc, about),
            year=_document_year(doc),
            title=doc["properties"].get("title") or doc["name"],
            date=doc["properties"].get("date") or "",
            text=_document_text(doc),
            topics=dict(topics),
            topic_evidence=dict(topic_evidence),
            total_sentences=total,
            programs=dict(programs),
            policies=dict(policies),
            targets=targets,
            concepts=dict(concepts),
            concept_families=families,
            program_concepts=program_concepts,
        )
    return profiles


def _family(data: GraphData, concept_key: str) -> str:
    node = data.nodes.get(concept_key)
    props = node["properties"] if node else {}
    return props.get("family") or props.get("concept_id") or concept_key


def _merge(plan_key: str, place: str | None, year: int | None, docs: list[_DocProfile], with_tokens: bool) -> Plan:
    plan = Plan(plan_key, place, year)
    topic_counts: dict[str, int] = defaultdict(int)
    total = 0.0
    for doc in sorted(docs, key=lambda d: (d.date, d.key)):
        plan.doc_ids.append(doc_id_of(doc.key))
        plan.titles.append(doc.title)
        plan.dates.append(doc.date)
        for topic, n in doc.topics.items():
            topic_counts[topic] += n
        for topic, evs in doc.topic_evidence.items():
            plan.topic_evidence.setdefault(topic, []).extend(evs)
        total += doc.total_sentences
        for name, evs in doc.programs.items():
            plan.programs.setdefault(name, []).extend(evs)
        for name, evs in doc.policies.items():
            plan.policies.setdefault(name, []).extend(evs)
        for name, evs in doc.concepts.items():
            plan.concepts.setdefault(name, []).extend(evs)
        plan.concept_families.update(doc.concept_families)
        plan.program_concepts.update(doc.program_concepts)
        plan.targets.extend(doc.targets)
        if with_tokens:
            plan.tokens.extend(doc.tokens)
    plan.topic_sentences = dict(topic_counts)
    if total > 0:
        plan.topics = {t: n / total for t, n in topic_counts.items()}
    return plan


def build_plans(source, by: str = "place_year", with_tokens: bool = True,
                profiles: dict[str, _DocProfile] | None = None) -> list[Plan]:
    """Plans from a store (or a :class:`GraphData`), grouped ``by`` place_year, place or document.

    Documents with no known place form one plan each (grouped as documents).
    ``profiles``: :func:`document_profiles` of the same data, when the caller has them already
    (one pass over the graph instead of two).

    Examples
    --------
    >>> plans = build_plans(store)                      # doctest: +SKIP
    >>> [p.id for p in plans][:2]                       # doctest: +SKIP
    ['东营市:2021', '山东省:2022']
    """
    if by not in ("place_year", "place", "document"):
        raise InputError(f"plans can be grouped by place_year, place or document, not {by!r}")
    data = profile_data(source)
    groups: dict[tuple, list[_DocProfile]] = defaultdict(list)
    for profile in (document_profiles(data) if profiles is None else profiles).values():
        if by == "document" or not profile.place:
            groups[("doc", profile.key)].append(profile)
        elif by == "place":
            groups[(profile.place, None)].append(profile)
        else:
            groups[(profile.place, profile.year)].append(profile)
    plans = []
    for (place, year), docs in groups.items():
        if place == "doc":
            doc = docs[0]
            plans.append(_merge(doc_id_of(doc.key), doc.place, doc.year, docs, with_tokens))
        else:
            key = place if by == "place" else plan_id(place, year)
            plans.append(_merge(key, place, year, docs, with_tokens))
    return sorted(plans, key=lambda p: (p.place or "", p.year or 0, p.id))


def _place_matches(query: str, place: str | None) -> bool:
    if not place:
        return False
    return place == query or short_place(place) == short_place(query)


def select_plan(source, spec: str, with_tokens: bool = True,
                profiles: dict[str, _DocProfile] | None = None) -> Plan:
    """The plan a user names: a document id (or unique prefix of one), ``PLACE`` or ``PLACE:YEAR``
    (``PLACE:?`` for the place's documents that state no year).

    ``PLACE`` alone gathers all that place's documents, of every year. Raises
    :class:`InputError` with what exists when nothing matches. ``profiles`` as in :func:`build_plans`.
    """
    if profiles is None:
        data = profile_data(source)
        profiles = document_profiles(data)
    spec = spec.strip()
    by_id = []
    if _HEX_RE.fullmatch(spec):  # document ids are hex digits: a place name is never one (no scan for it)
        by_id = [p for p in profiles.values() if doc_id_of(p.key) == spec]
        if not by_id and len(spec) >= 6:
            by_id = [p for p in profiles.values() if doc_id_of(p.key).startswith(spec)]
    if len(by_id) == 1:
        doc = by_id[0]
        return _merge(doc_id_of(doc.key), doc.place, doc.year, by_id, with_tokens)
    if spec.endswith(":?"):
        # The id of a place's plan whose documents state no year.
        place = spec[:-2]
        docs = [p for p in profiles.values() if _place_matches(place, p.place) and p.year is None]
        if docs:
            return _merge(spec, docs[0].place, None, docs, with_tokens)
    place, year = parse_plan_spec(spec)
    docs = [p for p in profiles.values() if _place_matches(place, p.place) and (year is None or p.year == year)]
    if not docs:
        known = sorted({plan_id(p.place, p.year) for p in profiles.values() if p.place})
        hint = ", ".join(known[:12]) + (" …" if len(known) > 12 else "")
        raise InputError(f"no plan matches {spec!r}; known plans: {hint or 'none (is the store empty?)'}")
    years = {d.year for d in docs}
    if year is None and len(years) == 1:
        # All the place's documents are of one year: that is its place-year plan.
        year = years.pop()
    return _merge(plan_id(docs[0].place, year) if year is not None else docs[0].place,
                  docs[0].place, year, docs, with_tokens)

"""The requests bench_api sends: for each endpoint, a spread of distinct URLs sampled from the store.

Real use visits many pages, some often (a busy agency, a big topic) and most once. So each
endpoint gets a pool of up to ``pool`` distinct URLs, drawn with a fixed seed from the store's own
names and keys, more often from busy nodes (probability by degree, without replacement), and the
request sequence draws from that pool with replacement, again by degree: a run mixes first visits
(which the response cache can't answer) with repeats. ``distinct`` in the results says how many
different URLs an endpoint's requests asked.

Search words are substrings of real names (2–4 characters), pinyin (the full pinyin of a name's
first characters, or a whole name's initials) and one-character typos of names; paths join two
entities (not documents or targets); group expansions open the "×N" remainder of a group with more
than 25 members; documents are drawn uniformly; comparisons use the plans the analysis finds.
"""
from __future__ import annotations

import math
import random
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Callable
from urllib.parse import quote, urlencode

PATH_LABELS = ("Agency", "Program", "Place", "Person", "Policy", "Concept", "Meeting")
ENTITY_LABELS = ("Agency", "Program", "Place", "Person", "Policy", "Concept", "Meeting", "Topic", "Target")
GROUP_CAP = 25  # the app's GRAPH_EXPAND_CAP: a group bigger than this has a "×N" remainder


@dataclass
class Endpoint:
    """One endpoint's pool of requests ((method, path, body)) and each one's weight."""

    name: str
    items: list[tuple[str, str, dict | None]]
    weights: list[float]
    direct: Callable[[Any], Any] | None = None  # the in-process call behind one item, for the store baseline
    direct_args: list[Any] = field(default_factory=list)
    compare: bool = False
    # (item, a GET of the server that returns its JSON) -> the item as the app links it, asked once per item before timing
    resolve: Callable[[tuple[str, str, dict | None], Callable[[str], Any]], tuple[str, str, dict | None]] | None = None

    def resolved(self, sequence: list[tuple[str, str, dict | None]],
                 get_json: Callable[[str], Any]) -> list[tuple[str, str, dict | None]]:
        """``sequence`` with each item as :attr:`resolve` makes it (untimed requests), or as it is."""
        if self.resolve is None:
            return sequence
        done: dict[str, tuple[str, str, dict | None]] = {}
        for item in sequence:
            if item[1] not in done:
                done[item[1]] = self.resolve(item, get_json)
        return [done[item[1]] for item in sequence]

    def sequence(self, count: int, seed: int) -> list[tuple[str, str, dict | None]]:
        """``count`` requests drawn from the pool with replacement, by weight (the same for every run)."""
        rng = random.Random(f"{seed}:{self.name}")
        return rng.choices(self.items, weights=self.weights, k=count)


def _weighted_sample(rng: random.Random, items: list[Any], weights: list[float], k: int) -> list[Any]:
    """``k`` distinct items, each drawn with probability by weight (Efraimidis–Spirakis keys)."""
    keyed = sorted(((rng.random() ** (1.0 / max(w, 1e-9)), i) for i, w in enumerate(weights)), reverse=True)
    return [items[i] for _, i in keyed[:k]]


def _q(params: dict[str, Any]) -> str:
    return urlencode(params, quote_via=quote)


def linked_remainder(item: tuple[str, str, dict | None], get_json: Callable[[str], Any]) -> tuple[str, str, dict | None]:
    """A group's "×N" remainder as the graph view links it: the node's default view is asked first (as a user
    opens it before the remainder), and the remainder's URL takes the offset of that view's "×N" entry for the
    group (the groups' quota, not always ``GROUP_CAP``). A group the view shows whole keeps its offset."""
    from urllib.parse import parse_qs, urlsplit

    query = {k: v[0] for k, v in parse_qs(urlsplit(item[1]).query).items()}
    view = get_json("/api/graph?" + _q({"key": query["key"]})) or {}
    for more in view.get("more") or []:
        if more.get("type") == query.get("rel") and (more.get("label") or "") == query.get("label", ""):
            return item[0], "/api/graph?" + _q({**query, "offset": more["offset"]}), item[2]
    return item


def degrees_and_groups(store) -> tuple[Counter, Counter]:
    """Each node's degree, and the number of distinct neighbours in each (node, relationship type, neighbour
    label) group that has more than ``GROUP_CAP`` // 2 in one direction (both directions summed).

    Counted by the store in three Cypher aggregates (both stores run them): at 10^5 documents, grouping
    5.4 M edges in Python took 4 min and 4 GB. A store whose Cypher can't aggregate is read edge by edge.
    """
    rel, label = ("type(r)", "labels({})[0]") if store.dialect == "neo4j" else ("label(r)", "label({})")
    degree: Counter[str] = Counter()
    sizes: Counter[tuple[str, str, str]] = Counter()
    try:
        for row in store.run_cypher("MATCH (n)-[r]-() RETURN n.key AS key, count(r) AS degree", read_only=True,
                                    limit=100_000_000, timeout=1800.0):
            degree[row["key"]] = int(row["degree"])
        for near, far in (("a", "b"), ("b", "a")):
            for row in store.run_cypher(
                    f"MATCH (a)-[r]->(b) WITH {near}.key AS k, {rel} AS t, {label.format(far)} AS l, "
                    f"count(DISTINCT {far}.key) AS n WHERE n > $least RETURN k, t, l, n", {"least": GROUP_CAP // 2},
                    read_only=True, limit=100_000_000, timeout=1800.0):
                sizes[(row["k"], row["t"], row["l"])] += int(row["n"])
        return degree, sizes
    except Exception:  # noqa: BLE001 - count from the edges instead
        degree.clear()
        members: dict[tuple[str, str, str], set[str]] = defaultdict(set)
        for edge in store.iter_edges(properties=[]):  # ends and types only: no property maps to convert
            source, target, rel_type = edge["source"], edge["target"], edge["type"]
            degree[source] += 1
            degree[target] += 1
            members[(source, rel_type, target.partition(":")[0])].add(target)
            members[(target, rel_type, source.partition(":")[0])].add(source)
        return degree, Counter({group: len(found) for group, found in members.items()})


COMPARISON_ENDPOINTS = ("compare plans", "compare pair", "heatmap")


def sample_workload(store, seed: int = 7, pool: int = 150, comparisons: bool = True) -> list[Endpoint]:
    """The endpoints and their request pools, sampled from ``store`` (an open Store). ``comparisons=False``
    leaves out the comparison endpoints, whose sampling reads the whole analysis snapshot (6 GB at 10^5)."""
    from webui.name_index import to_pinyin

    rng = random.Random(seed)
    degree, group_sizes = degrees_and_groups(store)
    names: dict[str, str] = {}
    documents: list[dict[str, Any]] = []
    for node in store.iter_nodes():
        if node["label"] == "Document":
            documents.append(node)
        elif node.get("name"):
            names[node["key"]] = node["name"]

    def busy(labels: tuple[str, ...], k: int) -> list[str]:
        keys = sorted(k for k in names if k.partition(":")[0] in labels and degree[k])
        return _weighted_sample(rng, keys, [degree[k] for k in keys], k)

    def by_degree(keys: list[str]) -> list[float]:
        return [math.sqrt(degree[k]) + 1 for k in keys]

    endpoints: list[Endpoint] = []

    # search: substrings of busy nodes' names
    words: dict[str, float] = {"民政局": 50.0, "养老": 50.0}
    for key in busy(("Agency", "Program", "Place", "Topic", "Concept", "Policy"), pool * 2):
        name = names[key]
        if len(name) < 2:
            continue
        length = rng.randint(2, min(4, len(name)))
        start = rng.randint(0, len(name) - length)
        words.setdefault(name[start:start + length], math.sqrt(degree[key]) + 1)
        if len(words) >= pool:
            break
    word_list = sorted(words)
    endpoints.append(Endpoint("search", [("GET", "/api/search?" + _q({"q": w}), None) for w in word_list],
                              [words[w] for w in word_list], lambda w: store.search(w, limit=100), word_list))

    # search in pinyin: a place's or agency's first characters in full pinyin, or a whole name's initials
    spellings: dict[str, float] = {"yingkou": 20.0}
    for key in busy(("Place", "Agency", "Program"), pool * 2):
        name = names[key]
        full, initials = to_pinyin(name[:rng.randint(2, 3)])
        spelled = full if rng.random() < 0.6 else to_pinyin(name)[1]
        if len(spelled) >= 2 and len(initials) >= 2:
            spellings.setdefault(spelled, math.sqrt(degree[key]) + 1)
        if len(spellings) >= pool:
            break
    spelled_list = sorted(spellings)
    endpoints.append(Endpoint("search pinyin", [("GET", "/api/search?" + _q({"q": s}), None) for s in spelled_list],
                              [spellings[s] for s in spelled_list]))

    # suggest after a typo: one character of a name replaced by a character of another name
    alphabet = sorted({ch for name in names.values() for ch in name if "\u4e00" <= ch <= "\u9fff"})
    typos: dict[str, float] = {"营口市民证局": 20.0}
    for key in busy(("Agency", "Place", "Program"), pool * 2):
        name = names[key]
        if len(name) < 3:
            continue
        at = rng.randint(1, len(name) - 1)
        typo = name[:at] + rng.choice(alphabet) + name[at + 1:]
        if typo != name:
            typos.setdefault(typo, math.sqrt(degree[key]) + 1)
        if len(typos) >= pool:
            break
    typo_list = sorted(typos)
    endpoints.append(Endpoint("suggest typo", [("GET", "/api/suggest?" + _q({"q": t}), None) for t in typo_list],
                              [typos[t] for t in typo_list]))

    # entity pages and graph views of busy nodes
    from webui.entities import entity_view, graph_view

    entity_keys = busy(ENTITY_LABELS, pool)
    endpoints.append(Endpoint("entity", [("GET", "/api/entity?" + _q({"key": k}), None) for k in entity_keys],
                              by_degree(entity_keys), lambda k: entity_view(store, k, 300), entity_keys))
    graph_keys = busy(ENTITY_LABELS, pool)
    endpoints.append(Endpoint("graph-expand", [("GET", "/api/graph?" + _q({"key": k}), None) for k in graph_keys],
                              by_degree(graph_keys), lambda k: graph_view(store, k, None, None, 300), graph_keys))

    # a group's "×N" remainder opened
    big = sorted((key, rel, label) for (key, rel, label), size in group_sizes.items()
                 if size > GROUP_CAP and not key.startswith("Document:"))
    chosen = _weighted_sample(rng, big, [group_sizes[g] for g in big], pool)
    endpoints.append(Endpoint(
        "graph-expand group",
        [("GET", "/api/graph?" + _q({"key": k, "rel": r, "label": lab, "offset": GROUP_CAP}), None)
         for k, r, lab in chosen],
        [math.sqrt(group_sizes[g]) for g in chosen],
        lambda g: graph_view(store, g[0], [g[1]], [g[2]], 300, GROUP_CAP, GROUP_CAP), chosen, resolve=linked_remainder))

    # paths between two entities
    ends = busy(PATH_LABELS, pool * 2)
    pairs = list(dict.fromkeys((a, b) for a, b in zip(ends[::2], ends[1::2]) if a != b))
    endpoints.append(Endpoint("paths", [("GET", "/api/paths?" + _q({"source": a, "target": b}), None)
                                        for a, b in pairs],
                              [math.sqrt(degree[a] * degree[b]) ** 0.5 for a, b in pairs], None, pairs))

    # documents: one page each, and the filtered list
    docs = rng.sample(documents, min(pool, len(documents)))
    doc_ids = [d["key"].partition(":")[2] for d in docs]
    endpoints.append(Endpoint("document", [("GET", f"/api/documents/{d}", None) for d in doc_ids],
                              [1.0] * len(doc_ids), lambda d: store.neighbours(f"Document:{d}", limit=5000), doc_ids))
    filters: set[tuple[tuple[str, Any], ...]] = set()
    for doc in documents:
        props = doc.get("properties") or {}
        if props.get("year"):
            filters.add((("year", props["year"]),))
        if props.get("place"):
            filters.add((("place", props["place"]),))
            if props.get("year"):
                filters.add((("place", props["place"]), ("year", props["year"])))
    filter_list = rng.sample(sorted(filters, key=str), min(pool, len(filters)))
    endpoints.append(Endpoint("documents filter", [("GET", "/api/documents?" + _q(dict(f)), None) for f in filter_list],
                              [1.0] * len(filter_list)))

    # a named query and the console, about busy agencies
    agencies = busy(("Agency",), pool)
    endpoints.append(Endpoint("named query", [("POST", "/api/queries/programs_of_agency",
                                               {"params": {"agency": names[a]}}) for a in agencies],
                              by_degree(agencies), lambda a: store.run_query("programs_of_agency",
                                                                             {"agency": names[a]}), agencies))
    console = [("POST", "/api/cypher", {"query": "MATCH (a:Agency)-[:PROMOTES]->(p:Program) WHERE a.name = $name "
                                                 "RETURN p.name AS program LIMIT 50", "params": {"name": names[a]}})
               for a in agencies[: max(10, pool // 5)]]
    endpoints.append(Endpoint("console", console, [1.0] * len(console)))

    if not comparisons:
        return [e for e in endpoints if e.items]
    # comparisons: similar plans of a place, two plans side by side, the heatmap around a place
    from kg.analysis.plans import document_profiles, plan_id
    from kg.analysis.snapshot import GraphData

    profiles = document_profiles(GraphData.from_store(store))
    place_docs = Counter(p.place for p in profiles.values() if p.place)
    plans = sorted({plan_id(p.place, p.year) for p in profiles.values() if p.place and p.year})
    places = sorted(place_docs)
    chosen_places = _weighted_sample(rng, places, [place_docs[p] for p in places], min(pool, len(places)))
    endpoints.append(Endpoint("compare plans", [("GET", "/api/compare/plans?" + _q({"place": p}), None)
                                                for p in chosen_places],
                              [math.sqrt(place_docs[p]) for p in chosen_places], compare=True))
    plan_pairs = sorted({tuple(rng.sample(plans, 2)) for _ in range(pool)}) if len(plans) >= 2 else []
    endpoints.append(Endpoint("compare pair", [("GET", "/api/compare/pair?" + _q({"a": a, "b": b}), None)
                                               for a, b in plan_pairs], [1.0] * len(plan_pairs), compare=True))
    heat_places = chosen_places[:max(5, pool // 10)]
    endpoints.append(Endpoint("heatmap", [("GET", "/api/compare/heatmap?" + _q({"place": p, "limit": 40}), None)
                                          for p in heat_places], [1.0] * len(heat_places), compare=True))
    return [e for e in endpoints if e.items]

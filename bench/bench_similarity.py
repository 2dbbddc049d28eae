"""Benchmark: all-pairs plan similarity, sparse matrices vs a naive pairwise Python loop.

The real corpus (../shared/corpus, or --corpus) is extracted with the loaders
into plans; 1,000 plans are then generated from them (random mixtures of real
plans' programs, topics, targets and keywords, with program names varied by
place prefixes so the name space grows as it would with more cities). The
generated plans live only in memory.

Both methods compute the same five parts (concepts, local programs, indicators, topics, text) and the
combined score. The baseline is
run on a subset (pairs grow as n², so it would take minutes on 1,000); the
same subset is scored by the sparse method, the two are checked to agree,
and the ratio is printed on equal work. The sparse method then scores all
1,000 plans.

    python bench/bench_similarity.py [--plans 1000] [--baseline-plans 150]
"""
from __future__ import annotations

import argparse
import math
import random
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.analysis.indicators import normalise_indicator  # noqa: E402
from kg.analysis.names import clean_name, soft_overlap  # noqa: E402
from kg.analysis.plans import Plan, build_plans  # noqa: E402
from kg.analysis.similarity import FAMILY_CREDIT, WEIGHTS, PlanFeatures, indicator_similarity  # noqa: E402
from kg.analysis.snapshot import GraphData  # noqa: E402

PREFIXES = ["城乡", "社区", "智慧", "农村", "居家", "全域", "暖心", "阳光", "幸福", "红色", "邻里", "数字"]


def corpus_plans(corpus: Path) -> list[Plan]:
    """The corpus documents as plans, extracted without a store (the matrix is what is measured)."""
    from kg.commands.ingest import metadata_for
    from loaders import load_file

    files = sorted((corpus / "seeds").glob("*.txt")) + sorted((corpus / "dev").glob("*.txt"))
    infos = metadata_for(files)
    nodes, edges = [], []
    for path in files:
        fragment = load_file(str(path), infos[path])
        for node in fragment.all_nodes():
            nodes.append({"key": node.key, "label": node.label, "name": node.name, "aliases": node.aliases,
                          "properties": dict(node.properties)})
        for edge in fragment.unique_edges():
            edges.append({"type": edge.type, "source": edge.source, "target": edge.target,
                          "properties": {**edge.properties, **edge.provenance.as_properties()}})
    return build_plans(GraphData.from_records(nodes, edges), by="document")


def generate(base: list[Plan], n: int, seed: int = 7) -> list[Plan]:
    """``n`` plans mixed from the real ones (deterministic for a seed)."""
    rng = random.Random(seed)
    plans = []
    for i in range(n):
        parents = rng.sample(base, k=min(len(base), rng.choice((1, 2, 3))))
        plan = Plan(f"P{i:04d}", f"地方{i % 300}", 2015 + i % 10)
        for parent in parents:
            for topic, share in parent.topics.items():
                plan.topics[topic] = plan.topics.get(topic, 0.0) + share * rng.uniform(0.5, 1.5)
            for name, evs in parent.concepts.items():
                if rng.random() < 0.7:
                    plan.concepts[name] = []
                    plan.concept_families[name] = parent.concept_families.get(name, name)
            for program, concept in parent.program_concepts.items():
                plan.program_concepts[program] = concept
            for name in parent.programs:
                if rng.random() < 0.7:
                    if rng.random() < 0.3:
                        name = rng.choice(PREFIXES) + name  # a local variant of a program
                    plan.programs[name] = []
            for target in parent.targets:
                if rng.random() < 0.6:
                    plan.targets.append(dict(target))
            if parent.tokens:
                plan.tokens.extend(rng.choices(parent.tokens, k=max(1, int(len(parent.tokens) * rng.uniform(0.3, 1)))))
        plans.append(plan)
    return plans


def _ruzicka(a: dict, b: dict, residual_a: float = 0.0, residual_b: float = 0.0, match: float = 0.0) -> float:
    """Σ min / Σ max, the untopical shares overlapping by min × match (the text cosine)."""
    keys = set(a) | set(b)
    overlap = min(residual_a, residual_b) * min(1.0, max(0.0, match))
    high = sum(max(a.get(k, 0.0), b.get(k, 0.0)) for k in keys) + residual_a + residual_b - overlap
    return (sum(min(a.get(k, 0.0), b.get(k, 0.0)) for k in keys) + overlap) / high if high else 0.0


def _concept_cosine(a: set, b: set, family: dict) -> float:
    """Best-counterpart soft cosine, pairwise (the definition the sparse method vectorises)."""
    if not a or not b:
        return 0.0

    def credit(x, y):
        return 1.0 if x == y else FAMILY_CREDIT if family.get(x, x) == family.get(y, y) else 0.0

    inter = (sum(max(credit(x, y) for x in a) for y in b) + sum(max(credit(x, y) for y in b) for x in a)) / 2
    return inter / math.sqrt(len(a) * len(b))


def _cosine(a: dict, b: dict) -> float:
    dot = sum(v * b.get(k, 0.0) for k, v in a.items())
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb) if na and nb else 0.0


def naive_scores(plans: list[Plan], features: PlanFeatures) -> np.ndarray:
    """Every pair in pure Python: dict cosines and pairwise soft overlaps (the baseline)."""
    # Same inputs as the sparse method: TF-IDF rows and IDF-weighted topic rows, as plain dicts.
    text = [dict(zip((features.vocab[j] for j in row.indices), row.data)) for row in features.text]
    topics = [dict(zip((features.topic_names[j] for j in row.indices), row.data)) for row in features.topics]
    programs = [{clean_name(p) for p in plan.local_programs if clean_name(p)} for plan in plans]
    concepts = [set(plan.concepts) for plan in plans]
    family = {k: v for plan in plans for k, v in plan.concept_families.items()}
    indicators = [{normalise_indicator(i) for i in plan.indicators if normalise_indicator(i)} for plan in plans]
    residual = features.topic_residual
    n = len(plans)
    out = np.zeros((n, n))
    for i in range(n):
        for j in range(i, n):
            parts = {
                "concepts": (_concept_cosine(concepts[i], concepts[j], family), bool(concepts[i] or concepts[j])),
                "topics": (_ruzicka(topics[i], topics[j], residual[i], residual[j], _cosine(text[i], text[j])),
                           bool(topics[i] or topics[j])),
                "text": (_cosine(text[i], text[j]), bool(text[i] or text[j])),
                "programs": (soft_overlap(programs[i], programs[j]).score, bool(programs[i] or programs[j])),
                "indicators": (soft_overlap(indicators[i], indicators[j], indicator_similarity).score,
                            bool(indicators[i] or indicators[j])),
            }
            num = sum(WEIGHTS[k] * s for k, (s, present) in parts.items() if present)
            den = sum(WEIGHTS[k] for k, (_, present) in parts.items() if present)
            out[i, j] = out[j, i] = num / den if den else 0.0
    return out


def sparse_scores(plans: list[Plan]) -> tuple[np.ndarray, PlanFeatures]:
    features = PlanFeatures.build(plans)
    return features.part_matrices()["score"], features


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    parser.add_argument("--plans", type=int, default=1000)
    parser.add_argument("--baseline-plans", type=int, default=150)
    args = parser.parse_args()

    t0 = time.perf_counter()
    base = corpus_plans(Path(args.corpus))
    print(f"corpus: {len(base)} document plans extracted in {time.perf_counter() - t0:.1f} s")
    plans = generate(base, args.plans)
    subset = plans[: args.baseline_plans]

    t0 = time.perf_counter()
    sparse_subset, features_subset = sparse_scores(subset)
    sparse_small = time.perf_counter() - t0
    t0 = time.perf_counter()
    naive = naive_scores(subset, features_subset)
    naive_small = time.perf_counter() - t0
    gap = float(np.abs(naive - sparse_subset).max())
    print(f"{len(subset)} plans ({len(subset) ** 2:,} pairs): naive pairwise {naive_small:.2f} s, "
          f"sparse {sparse_small:.3f} s, ratio {naive_small / sparse_small:.0f}x, max |difference| {gap:.2e}")

    t0 = time.perf_counter()
    scores, features = sparse_scores(plans)
    sparse_full = time.perf_counter() - t0
    estimated_naive = naive_small * (len(plans) / len(subset)) ** 2
    print(f"{len(plans)} plans ({len(plans) ** 2:,} pairs; {len(features.concept_names)} concepts, {len(features.program_names)} local program names, "
          f"{len(features.vocab)} keywords): sparse {sparse_full:.2f} s; naive estimated "
          f"{estimated_naive:.0f} s (n² scaling), ratio ~{estimated_naive / sparse_full:.0f}x")
    assert np.allclose(np.diag(scores), 1.0), "every plan is 1.0 similar to itself"
    assert np.allclose(scores, scores.T), "similarity is symmetric"
    return 0 if gap < 1e-9 else 1


if __name__ == "__main__":
    sys.exit(main())

"""Comparing places' plans: similarity, diffusion, targets and graph analytics.

Everything reads through a :class:`kg.stores.base.Store` (or a
:class:`GraphData` read from one, to reuse a single read across analyses)
and returns pandas DataFrames or small dataclasses. Nothing here writes.

>>> from kg.analysis import similar, compare           # doctest: +SKIP
>>> similar(store, "营口市", 2021, top=5)              # doctest: +SKIP
>>> print(compare(store, "营口市:2021", "辽宁省:2020").to_text())   # doctest: +SKIP
"""
from kg.analysis.diffusion import diffusion, diffusion_all
from kg.analysis.graph import (agency_concept_graph, central, communities, concept_central, concept_communities,
                               explain_path, to_networkx)
from kg.analysis.plans import Plan, build_plans, select_plan
from kg.analysis.similarity import WEIGHTS, Comparison, compare, similar, similarity_matrix
from kg.analysis.snapshot import GraphData
from kg.analysis.targets import indicators, targets

__all__ = [
    "GraphData", "Plan", "build_plans", "select_plan",
    "WEIGHTS", "Comparison", "compare", "similar", "similarity_matrix",
    "diffusion", "diffusion_all", "targets", "indicators",
    "to_networkx", "central", "communities", "explain_path",
    "agency_concept_graph", "concept_central", "concept_communities",
]

"""Pure parts of kg.analysis: name matching, indicators and units, the stop-list, TF-IDF, soft Jaccard."""
from __future__ import annotations

import numpy as np
import pandas as pd
import scipy.sparse as sp

from kg.analysis.indicators import indicators_match, normalise_indicator, to_comparable
from kg.analysis.keywords import tfidf_matrix, tokenize
from kg.analysis.names import name_similarity, soft_overlap
from kg.analysis.similarity import _incidence, _pairwise_sparse, soft_jaccard_matrix
from kg.analysis.names import related_similarity
from kg.analysis.targets import flag_unit_mismatch


def test_related_programs_get_partial_credit_unrelated_none():
    assert 0.5 <= name_similarity("三社联动", "五社联动") < 1
    assert name_similarity("“三社联动”", "三社联动") == 1.0
    assert related_similarity("时间银行", "明天计划") == 0.0
    overlap = soft_overlap(["三社联动", "时间银行"], ["五社联动", "时间银行", "明天计划"])
    assert overlap.shared == ["时间银行"]
    assert [(a, b) for a, b, _ in overlap.related] == [("三社联动", "五社联动")]
    assert overlap.only_b == ["明天计划"]
    exact = soft_overlap(["时间银行", "明天计划"], ["时间银行", "添翼计划"], similarity=lambda a, b: 0.0)
    assert exact.score == 1 / 3  # ordinary Jaccard when only exact names count


def test_soft_jaccard_matrix_equals_pairwise_definition():
    sets = [{"三社联动", "时间银行"}, {"五社联动", "时间银行", "明天计划"}, {"殡葬改革"}, set()]
    names = sorted(set().union(*sets))
    matrix = soft_jaccard_matrix(_incidence(sets, names), _pairwise_sparse(names, related_similarity))
    for i, a in enumerate(sets):
        for j, b in enumerate(sets):
            assert abs(matrix[i, j] - soft_overlap(a, b).score) < 1e-12, (a, b)


def test_indicator_names_match_loosely_but_not_across_measures_or_scopes():
    assert normalise_indicator("城市居民最低生活保障标准") == normalise_indicator("城市低保标准")
    assert indicators_match("城市低保标准", "城市最低生活保障标准")
    assert indicators_match("护理型床位", "护理型养老床位")
    assert not indicators_match("城市低保标准", "城市低保标准增幅")
    assert not indicators_match("城市低保标准", "农村低保标准")


def test_units_convert_only_where_exact():
    assert to_comparable(3.97, "亿元") == (3.97e8, "元")
    value, unit = to_comparable(5558, "元/年")
    assert unit == "元/月" and abs(value - 5558 / 12) < 1e-9
    assert to_comparable(672, "元/人·月") == (672.0, "元/月")
    assert to_comparable(64, "%") == (64.0, "%")
    assert to_comparable(30, "天") == (30.0, "天")


def test_unit_mismatch_is_flagged_not_hidden():
    table = pd.DataFrame({"comparable_unit": ["元/月", "元/月", "%", "元"]})
    flagged = flag_unit_mismatch(table)
    assert flagged["unit_mismatch"].tolist() == [False, False, True, True]
    assert flagged.attrs["units"] == ["%", "元", "元/月"]


def test_tokenize_drops_political_boilerplate_and_keeps_subject_words():
    sentence = ("会议坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大精神，"
                "推动民政事业高质量发展，新增护理型床位，提高城乡低保标准。")
    words = tokenize(sentence)
    assert {"护理", "床位", "低保"} <= set(words)
    for boilerplate in ("习近平", "思想", "十九大", "高质量", "贯彻", "指导", "发展"):
        assert boilerplate not in words


def test_tfidf_rows_are_unit_length_and_rare_words_weigh_more():
    vocab, matrix = tfidf_matrix([["养老", "床位", "床位"], ["养老", "低保"], ["养老", "殡葬"]])
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    assert np.allclose(norms, 1.0)
    row = dict(zip((vocab[j] for j in matrix[1].indices), matrix[1].data))
    assert row["低保"] > row["养老"]
    assert sp.issparse(matrix)


def test_module_examples_hold():
    import doctest
    import importlib

    for name in ("names", "stoplist", "keywords", "indicators", "plans", "snapshot", "diffusion", "targets",
                 "figures"):
        module = importlib.import_module(f"kg.analysis.{name}")
        result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
        assert result.failed == 0, f"kg.analysis.{name}: {result.failed} failing example(s)"

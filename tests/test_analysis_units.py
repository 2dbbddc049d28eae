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
                 "figures", "similarity"):
        module = importlib.import_module(f"kg.analysis.{name}")
        result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
        assert result.failed == 0, f"kg.analysis.{name}: {result.failed} failing example(s)"


def test_topic_profiles_of_notices_with_one_topical_sentence_are_not_alike():
    # issue 14's class: a party notice and a video-conference notice each spend one sentence in eight on
    # 社会救助 and nothing else; their words differ (text cosine 0). They must not score as one profile.
    from kg.analysis.similarity import weighted_jaccard

    shares = sp.csr_matrix(np.array([[0.12], [0.15], [0.80]]))
    residual = np.array([0.88, 0.85, 0.20])
    text = np.array([[1.0, 0.0, 0.1], [0.0, 1.0, 0.1], [0.1, 0.1, 1.0]])
    without = weighted_jaccard(shares, shares)
    with_residual = weighted_jaccard(shares, shares, residual_a=residual, residual_b=residual, residual_match=text)
    assert without[0, 1] == 0.8                                  # the old profile: "80% alike"
    assert with_residual[0, 1] < 0.15                           # now: little in common
    assert np.allclose(np.diag(with_residual), 1.0)            # a plan is still 1.0 like itself
    assert with_residual[0, 1] < with_residual[1, 2]             # a real 社会救助 notice is closer


def test_concept_cosine_does_not_drown_a_short_notice_in_a_long_plan():
    # A notice naming one program that a 15-concept work plan also runs, against a notice naming one other.
    from kg.analysis.similarity import best_credit_cosine

    incidence = np.zeros((3, 16))
    incidence[0, 0] = 1                      # short notice: concept 0
    incidence[1, :15] = 1                    # long plan: concepts 0..14
    incidence[2, 15] = 1                     # another notice: concept 15, no family kin
    inc = sp.csr_matrix(incidence)
    credit = np.eye(16)
    cosine = best_credit_cosine(inc, credit)
    assert round(cosine[0, 1], 3) == round(1 / np.sqrt(15), 3)          # 0.258, was 1/15 under the Jaccard
    assert cosine[0, 2] == 0.0 and np.allclose(cosine, cosine.T) and np.allclose(np.diag(cosine), 1.0)

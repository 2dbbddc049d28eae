"""The examples in the loader modules' docstrings are run as tests."""
from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "loaders.read", "loaders.normalise", "loaders.sentences", "loaders.trie", "loaders.gazetteer", "loaders.metadata",
    "loaders.resolve", "loaders.places", "loaders.agencies", "loaders.persons", "loaders.meetings", "loaders.pipeline",
    "kg.evaluate", "loaders", "loaders.lexicons", "loaders.programs", "loaders.policies", "kg.schema",
    "loaders.program_crf", "loaders.townships", "loaders.table_columns", "loaders.numbers", "loaders.targets",
    "loaders.sentence_words", "loaders.relate", "loaders.promotes_model", "loaders.agency_crf", "kg.name_matching", "loaders.program_filter",
    "loaders.indicator_catalogue", "loaders.topics",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
    assert result.attempted > 0


@pytest.mark.parametrize(
    "title, kind",
    [
        ("2019年全市民政工作要点", "work_plan"),
        ("2021年民政事业发展统计公报", "statistics_bulletin"),
        ("关于组织收看视频会议的通知", "notice"),
        ("江苏省民政厅关于2017年度法治政府建设情况的报告", "report"),
        ("保山召开2021年全市民政工作会议", "meeting_report"),
        ("黄树贤到雄安新区走访慰问群众调研民政工作", "news"),
    ],
)
def test_kind_from_corpus_titles(title, kind):
    from loaders.metadata import guess_kind

    assert guess_kind(title) == kind

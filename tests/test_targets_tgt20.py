"""Classes of target-indicator failure on seeds + dev (helper "tgt20", issue 11), each seen on two pages or more:

- a later item of a list of deeds each written before its own number (改造120处敬老院、新增3万张护理型床位) was
  named by the item before it (敬老院) or by the words between the numbers; now by its own deed and the thing
  after its number (新增护理型床位数, 养老床位改造数).

Every sentence here is invented for the tests (fixtures, not evidence); the measured effect is in
docs/benchmarks.md (helper "tgt20").
"""
from __future__ import annotations

from loaders.sentences import split_sentences
from loaders.targets import extract_targets
from loaders.types import DocumentInfo


def names(text: str) -> dict[str, str]:
    """``{value+unit: indicator}`` of the targets of ``text``."""
    found = extract_targets(split_sentences(text), DocumentInfo("invented.txt", year=2024))
    return {f"{t.properties['value']:g}{t.properties['unit']}": t.properties["indicator"] for t in found}


# --- a later list item with its own deed before its number ---

def test_later_item_with_a_deed_outside_the_verb_list_is_named_by_that_deed() -> None:
    found = names("今年将提升改造45处农村敬老院、新增2000张护理型床位。")
    assert found["2000张"] == "新增护理型床位数"


def test_later_item_with_a_listed_deed_is_named_by_its_thing_and_deed() -> None:
    found = names("全县新建18个村级互助养老点、改造260张养老床位。")
    assert found["18个"] == "村级互助养老点新建数"
    assert found["260张"] == "养老床位改造数"


def test_later_item_with_a_deed_keeps_the_first_item_unchanged() -> None:
    found = names("全区建成9个乡镇社工站、培育35家社区社会组织。")
    assert found["9个"] == "乡镇社工站建成数"
    assert found["35家"] == "社区社会组织培育数"


def test_items_counted_after_their_noun_are_not_read_as_deeds() -> None:
    # negative: no deed before the second number, the list names the thing before each number
    found = names("全市现有养老机构86个、床位9400张。")
    assert "新增" not in found["9400张"] and "86" not in found["9400张"]
    assert found["9400张"].endswith(("床位", "床位数"))

"""Classes of target-indicator failure on seeds + dev (helper "tgt20", issue 11), each seen on two pages or more:

- a later item of a list of deeds each written before its own number (改造120处敬老院、新增3万张护理型床位) was
  named by the item before it (敬老院) or by the words between the numbers; now by its own deed and the thing
  after its number (新增护理型床位数, 养老床位改造数). Buildings counted in 栋/幢 count like 座 (建成5个…中心、
  2栋老年公寓 → 老年公寓建成数), and
  a later item counted before its thing with its deed after (…及1栋办公厅舍于今年陆续完工启用) is named by
  the thing and the deed, without when and how (办公厅舍完工启用数), not by the item before (活动中心新建数).
- a run of years won (连续3年获得优秀等次) in a contest that only the clause before names (在…绩效考核中，省民政厅
  连续…) was named by the award alone (优秀等次连续年数); now by the contest and the award, without who ran the
  contest or whom it covered (…组织的对所有), as a contest named in the run's own clause already was.
- people counted before where they did a deed (…万人次在民政领域提供了…万小时志愿服务) were named by the deed cut
  at the next number (在民政领域提供) or with 了 and no measure; now where, the deed, its object and the people's
  measure (在民政领域提供志愿服务人次).

Every sentence here is invented for the tests (fixtures, not evidence); the measured effect is in
docs/benchmarks.md (helper "tgt20").
"""
from __future__ import annotations

# {value+unit: indicator} of an invented text's targets, as tgt19's tests read them (one helper, not a copy)
from test_target_tgt19_classes import names


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


def test_buildings_counted_in_dong_share_the_deed_opening_the_list() -> None:
    found = names("全镇建成6个日间照料中心、2栋老年公寓。")
    assert found["6个"] == "日间照料中心建成数"
    assert found["2栋"] == "老年公寓建成数"


def test_later_item_with_its_deed_after_it_is_named_by_thing_and_deed() -> None:
    found = names("有5座新建文化礼堂及2栋村级办公用房于今年陆续完工启用。")
    assert found["2栋"] == "村级办公用房完工启用数"


def test_people_listed_after_their_group_keep_the_group_name() -> None:
    # negative: the thing before each number names it, 和 joins no deed
    found = names("惠及失能老年人2.1万人和孤困儿童6000人。")
    assert found["6000人"].startswith("孤困儿童")


# --- a run of years won in a contest the clause before names ---

def test_run_of_years_is_named_by_the_contest_of_the_clause_before() -> None:
    found = names("在市委组织的对全体市直部门年度目标管理考核中，市民政局连续4年获得“优秀”等次。")
    assert found["4年"] == "市直部门年度目标管理考核优秀等次连续年数"


def test_run_of_years_rated_in_a_contest_before_drops_the_winner() -> None:
    found = names("在全省社会救助工作绩效评价中，县民政局连续3年被评为优秀。")
    assert found["3年"] == "全省社会救助工作绩效评价优秀连续年数"


def test_run_of_years_without_a_contest_before_is_named_as_before() -> None:
    # negative: 在…下 is no contest, the award alone names the run
    found = names("在各方的共同努力下，区民政局连续5年获评先进单位。")
    assert found["5年"] == "先进单位连续年数"


# --- people counted before where they did a deed ---

def test_people_before_a_deed_where_are_named_by_the_deed_and_object() -> None:
    found = names("今年全县共有4600人次在养老机构提供了助老志愿服务。")
    assert found["4600人次"] == "在养老机构提供助老志愿服务人次"


def test_people_before_a_deed_whose_object_follows_a_count_of_its_own() -> None:
    found = names("全年共有58万人次在社区参加了1.2万场科普宣传活动。")
    assert found["58万人次"] == "在社区参加科普宣传活动人次"


def test_bodies_before_a_deed_where_are_not_named_as_people() -> None:
    # negative: 家 counts bodies, the people's rule leaves them
    found = names("全年共有320家企业在社区提供了志愿服务。")
    assert not found["320家"].endswith(("人次", "人数"))

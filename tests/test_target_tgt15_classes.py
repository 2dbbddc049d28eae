"""Classes of indicator-name failure found on a fresh batch of news, Hong Kong and Taiwan welfare texts (a
Hong Kong department's reply to an ombudsman report, a Taiwan city council meeting on disability services,
a Hong Kong bureau head's remarks on elderly and rehabilitation services, a Kinmen long-term-care meeting, a
Henan district's elderly canteens, a Qingdao canteen notice reported as news) before any fix, each also seen
on a second page (fresh-progs10 A 004, fresh-rels7 A 001):

- an adverb before the deed (合共提供, 一共推出了) was kept as the count's subject, and 提供/推出 were no deeds,
  so a count whose thing follows the number (合共提供3 668个日间护理名额) was named 合共提供;
- a count of visits whose clause only says the service (建成老年食堂16家，年服务9000余人次; …日接待老年人200余人，
  已累计服务2万余人次) was named by the service alone (年服务, 服务);
- who acts and a programme's stage before the deed (社署分两个阶段增加3 000个…名额; 我们在…计划第一和第二阶段
  一共推出了3 000张服务券) named the count, though what is counted follows the number;
- a thousands comma (Hong Kong and Taiwan write 8,000人, 13萬9,568人 with an ASCII comma) ended the clause, so the
  number after it lost its name (由8,000人分阶段增至12,000人 → 分阶段; 其中65岁以上人口达2萬7,279人 → the total
  before it), and after 萬 it cut the number (13萬9,568人 read as 9,568人). Seen on A 001 and A 004;
- the whole territory of Hong Kong, Macau or Taiwan (全港, 全澳, 全台) opened a count's name as 全市 no longer does
  (全港共有90间长者日间护理中心 → 全港; fresh-progs10 A 004);
- with 提供 a deed, a verb opening a relative clause (提供住宿的社会服务机构, 提供暂托服务的地点) must not be turned
  round (a regression the shared tests caught: 住宿的社会服务机构提供数);
- a Taiwan (民国) year with its month (114年12月建置…, 截至今(113)年6月全国已布建…) left 月 at the head of the name
  (月建置…, 月全国已布建; A 004 and fresh-ents6 A 002).

Every sentence here is invented for the tests (fixtures, not evidence); the measured effect on the fresh
pages and the shared corpus is in docs/benchmarks.md (helper "tgt15").
"""
from __future__ import annotations

from loaders.sentences import split_sentences
from loaders.targets import extract_targets
from loaders.types import DocumentInfo


def targets(text: str, year: int | None = 2023) -> dict[str, dict]:
    """``{value+unit: properties}`` of the targets of ``text``."""
    found = extract_targets(split_sentences(text), DocumentInfo("invented.txt", year=year))
    return {f"{t.properties['value']:g}{t.properties['unit']}": t.properties for t in found}


# --- an adverb before a deed whose thing follows the number; 提供 and 推出 as deeds ---

def test_adverb_before_provide_names_the_places_after_the_number() -> None:
    found = targets("截至今年3月底，全区共有40间长者邻舍中心，合共提供1 250个日间护理名额。")
    assert found["1250个"]["indicator"] == "日间护理名额提供数"
    assert found["40间"]["indicator"] == "长者邻舍中心"


def test_adverb_before_launch_names_the_vouchers() -> None:
    found = targets("试验计划推行以来，一共推出了1 800张服务券，反应理想。")
    assert found["1800张"]["indicator"] == "服务券推出数"


def test_adverb_before_an_old_deed_no_longer_leaves_a_stray_character() -> None:
    found = targets("全区合共建成12个长者饭堂。")
    assert found["12个"]["indicator"] == "长者饭堂建成数"


def test_subject_before_the_deed_still_names_the_count_its_way() -> None:
    # negative: a body before the deed, nothing after the number: not turned round
    found = targets("全区养老机构累计建成120家。")
    assert found["120家"]["indicator"] == "养老机构"


# --- visits counted after places served ---

def test_yearly_visits_after_canteens_built() -> None:
    found = targets("全县建成社区老年食堂16家，年服务9000余人次。")
    assert found["16家"]["indicator"] == "社区老年食堂建成数"
    assert found["9000人次"]["indicator"] == "社区老年食堂年服务人次"


def test_running_total_of_visits_after_daily_guests() -> None:
    found = targets("全区养老服务站日接待老年人150余人，已累计服务3万余人次。")
    assert found["3万人次"]["indicator"] == "养老服务站累计服务人次"


def test_visits_after_money_are_not_named_by_places() -> None:
    # negative: the clause before counted money, not places or people served
    found = targets("发放临时救助金86万元，服务3200人次。")
    assert not found["3200人次"]["indicator"].startswith("临时救助金")


def test_people_served_after_places_are_no_visits() -> None:
    # negative: 人 (people), not 人次 (visits): left to the other rules
    found = targets("全镇建成互助幸福院6处，服务老人300人。")
    assert found["300人"]["indicator"] != "互助幸福院服务人次"


# --- who acts and the stage of a programme before the deed ---

def test_stage_before_a_rise_names_the_places_after_the_number() -> None:
    found = targets("社署分两个阶段增加2 000个长者日间护理名额。")
    assert found["2000个"]["indicator"] == "长者日间护理名额"


def test_speaker_and_stage_before_launch() -> None:
    found = targets("我们在社区照顾服务券试验计划第一和第二阶段一共推出了3 000张服务券，反应相当良好。")
    assert found["3000张"]["indicator"] == "服务券推出数"


def test_stage_with_nothing_counted_after_the_number_is_kept() -> None:
    # negative: no thing follows the number, so the stage phrase is not dropped
    found = targets("全区分三个阶段完成改造任务，共完成45户。")
    assert found["45户"]["indicator"] != "户"


# --- a thousands comma is no clause break ---

def test_rise_between_comma_grouped_numbers_keeps_the_name_before() -> None:
    found = targets("受惠长者人数将由现时的8,000人分阶段增至12,000人。")
    assert found["12000人"]["indicator"] == "受惠长者人数"
    assert found["12000人"]["from_value"] == 8000


def test_count_after_a_magnitude_with_a_comma_group() -> None:
    found = targets("全县设籍人口为13万9,568人，其中65岁以上人口达2万7,279人，占总人口19.55%。")
    assert found["13.9568万人"]["indicator"] == "设籍人口"
    assert found["2.7279万人"]["indicator"] == "65岁以上人口"
    assert found["19.55%"]["indicator"].startswith("65岁以上人口占总人口")


def test_a_comma_between_clauses_still_ends_the_clause() -> None:
    # negative: a comma after a count, not three digits of a number, still ends the clause
    found = targets("全区低保对象3200人,特困人员450人。")
    assert found["450人"]["indicator"] == "特困人员"


# --- the whole territory (全港, 全澳, 全台) is no subject ---

def test_whole_of_hong_kong_opens_no_name() -> None:
    found = targets("截至去年底，全港共有85间长者日间护理中心，合共提供3 100个日间护理名额。")
    assert found["85间"]["indicator"] == "长者日间护理中心"


def test_taiwan_spelled_out_is_kept() -> None:
    # negative: 全台湾 is not 全台 + 湾
    found = targets("全台湾共有社区关怀据点4200处。")
    assert not found["4200处"]["indicator"].startswith("湾")


# --- a relative clause after an opening verb is not turned round ---

def test_relative_clause_after_provide_is_kept() -> None:
    found = targets("全港提供住宿暂托服务的安老院由约80间增至约140间。")
    assert found["140间"]["indicator"] == "提供住宿暂托服务的安老院"


def test_measure_after_de_is_still_turned() -> None:
    # negative: what follows 的 is a measure, so the old naming stands
    from loaders.indicators import action_first
    assert action_first("办理婚姻登记的处数", "处") == "婚姻登记的处数"


# --- a 民国 year with its month is a date ---

def test_roc_year_and_month_leave_no_month_in_the_name() -> None:
    found = targets("截至今(113)年9月全县已布建58处社区照顾关怀据点。")
    assert found["58处"]["indicator"] == "社区照顾关怀据点布建数"


def test_three_digit_count_of_years_is_no_date() -> None:
    # negative: 120年 with no month after it is left alone (no month, no date blanked)
    found = targets("该院创办至今已有120年，共收养孤儿3000名。")
    assert "3000名" in found


def test_period_from_opening_to_a_roc_month_opens_no_name() -> None:
    # once 110年6月 and 114年11月底 are dates, 自启用至 is only the period
    found = targets("环保葬专区以公园概念规划，自110年6月启用至114年11月底植存数达2380位。")
    assert found["2380位"]["indicator"] == "植存数"


def test_relative_clause_after_deeds_in_a_row_is_turned_as_before() -> None:
    # negative for the relative-clause guard: deeds in a row after the verb keep the old naming
    from loaders.indicators import action_first
    assert not action_first("完成新建、改造以特困人员照护为主的公办养老机构", "家").startswith("完成")

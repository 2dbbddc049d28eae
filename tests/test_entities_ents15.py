"""Place, meeting and policy classes of issue 10 counted on the study pages at stop 22 (helper "ents15"):

- a city's or county's short name that is also a word (大同, 长治, 金华, 永康) written as an item of a list of
  places (太原、大同、晋中等市): the list makes it a place of its sibling's level and province;
- a community or village named right after a verb, with no boundary before it (运营…社区, 完成…社区的设立): taken
  when jieba knows the name as a place name (ns), which a phrase (书香社区, 邻里社区) is not;
- the page's furniture: a site menu of bare words (首页 资讯 辽宁 大连 …) and the publisher's address line (地址：…)
  name no place the text is about;
- a meeting whose scopes are a scope word and bare level words each with its own separator (全国、省、市民政会议):
  one meeting per scope, as 全国和省市民政会议 already gave;
- a meeting named after a place written in full (山西省推进…和…电视电话会议, 上海市民政会议) after a verb of studying
  (贯彻落实…精神): the name keeps its place rather than being cut at a later 和;
- a speech to the plenary (…民政局作了大会典型发言, 做大会交流) names no meeting: 大会 says where the speech was made;
- policies cited without 《》 after a verb of issuing: a guide or scheme (制定…建设指南, 编制完成…地名方案), a second
  verb joined to the first (制定和实施…实施意见), and the further titles the verb lists with 、;
- an abbreviated title written after its issuer (中央两办《意见》, 中央两办、省两办《意见》): one policy per issuer, named
  issuer + genre; a bare 《条例》 that refers back stays out;
- a page with no heading, whose lead sentence cites a title in 《》 (近日，《民政部关于…的批复》正式印发): the lead
  sentence stands in for the missing heading, but the title it brackets is cited, not the page itself (a notice that
  issues it, 关于印发《…》的通知, still is); single inner quotes (‘两项补贴’) go from a title as double ones do.

Every sentence here is invented for the test, phrased after real pages (kept outside the repository as
evidence), none copied; each class has a positive and a negative case.
"""
from __future__ import annotations

from corpus_helpers import labelled as _labelled
from loaders.types import DocumentInfo

_SHANXI = DocumentInfo("t", place="山西省", province="山西省")
_ZHEJIANG = DocumentInfo("t", place="浙江省", province="浙江省")
_JINHUA = DocumentInfo("t", place="金华市", province="浙江省")


# --- a short name that is also a word, read as an item of a list of places ---------------------------------
def test_word_short_names_in_a_list_of_cities_are_cities():
    found = _labelled("会上，忻州、大同、吕梁、长治等市民政局作了经验交流。", _SHANXI, "Place")
    assert {"忻州市", "大同市", "吕梁市", "长治市"} <= set(found)


def test_a_word_short_name_closing_a_list_with_its_suffix():
    found = _labelled("湖州、金华、台州市民政局作书面发言。", _ZHEJIANG, "Place")
    assert {"湖州市", "金华市", "台州市"} <= set(found)


def test_a_word_short_county_in_a_list_of_counties():
    found = _labelled("武义、永康婚姻登记处被评为4A级婚姻登记机关。", _JINHUA, "Place")
    assert {"武义县", "永康市"} <= set(found)


def test_a_word_short_name_alone_stays_a_word():  # negative: no list of places around it
    found = _labelled("坚持长治久安，推动社会大同，共建金华路社区食堂。", _SHANXI, "Place")
    assert not {"长治市", "大同市", "金华市"} & set(found)


def test_a_word_short_name_beside_another_provinces_city_stays_a_word():  # negative: 杭州 is no sibling of 大同
    found = _labelled("杭州、大同理念深入人心。", _ZHEJIANG, "Place")
    assert "大同市" not in found


# --- a community right after a verb --------------------------------------------------------------------------
def test_a_community_right_after_a_verb():
    found = _labelled("区民政局指导街道完成柳湾社区的设立，并启动东坝社区改造。", _JINHUA, "Place")
    assert {"柳湾社区", "东坝社区"} <= set(found)


def test_a_phrase_before_community_is_no_place():  # negative: 书香, 邻里 are words, not place names
    found = _labelled("各街道举办书香社区节，打造邻里社区品牌。", _JINHUA, "Place")
    assert not any(name.endswith("社区") for name in found)


# --- page furniture ------------------------------------------------------------------------------------------
_LIAONING = DocumentInfo("t", place="溪湖区", province="辽宁省")


def test_a_site_menu_names_no_place():
    text = "首页 新闻 辽宁 体育 大连 财经 沈阳\n溪湖区民政局为社区老人送去慰问品。"
    found = _labelled(text, _LIAONING, "Place")
    assert not {"大连市", "沈阳市"} & set(found) and "溪湖区" in found


def test_an_address_line_names_no_place():
    text = "溪湖区民政局为社区老人送去慰问品。\n地址：辽宁省大连市中山路88号 邮编：116000"
    found = _labelled(text, _LIAONING, "Place")
    assert "大连市" not in found and "溪湖区" in found


def test_places_in_a_spaced_sentence_stay():  # negative: a line with words and clauses is no menu
    text = "溪湖区民政局组织人员 赴大连市、沈阳市考察学习养老服务工作。"
    found = _labelled(text, _LIAONING, "Place")
    assert {"大连市", "沈阳市"} <= set(found)


# --- scopes listed one by one before a meeting's name -------------------------------------------------------
def test_a_scope_then_listed_levels_gives_one_meeting_each():
    found = _labelled("会议要求认真贯彻全国、省、市民政工作会议精神，抓好各项任务落实。", _JINHUA, "Meeting")
    assert {"全国民政工作会议", "全省民政工作会议", "全市民政工作会议"} <= set(found)


def test_a_single_scope_meeting_stays_whole():  # negative: no list of scopes
    found = _labelled("会议要求认真贯彻全国民政工作会议精神。", _JINHUA, "Meeting")
    assert found == ["全国民政工作会议"]


# --- a meeting named after a place written in full ------------------------------------------------------------
def test_a_place_named_meeting_after_studying_verbs_stays_whole():
    found = _labelled("会议要求认真贯彻落实江西省推进养老服务和医养结合工作电视电话会议精神。", _ZHEJIANG, "Meeting")
    assert found == ["江西省推进养老服务和医养结合工作电视电话会议"]


def test_a_place_where_a_body_holds_the_meeting_is_cut():  # negative: the place is the venue, 举办 the verb
    found = _labelled("民政部在江西省南昌市新建区举办全国农村养老服务培训班。", _ZHEJIANG, "Meeting")
    assert found == ["全国农村养老服务培训班"]


# --- a speech to the plenary --------------------------------------------------------------------------------
def test_a_speech_to_the_plenary_is_no_meeting():
    found = _labelled("会上，湖州、温州市民政局作了大会典型发言，台州市民政局做大会书面交流。", _ZHEJIANG, "Meeting")
    assert found == []


def test_a_named_plenary_meeting_stays():  # negative: 大会 closes a meeting's name
    found = _labelled("2月10日，全市民政工作大会召开，湖州市民政局作交流发言。", _ZHEJIANG, "Meeting")
    assert found == ["全市民政工作大会"]


# --- unbracketed titles after a verb of issuing --------------------------------------------------------------
def test_titles_listed_after_an_issuing_verb():
    found = _labelled("今年出台低收入家庭认定办法、临时救助实施细则，兜底保障更加有力。", _JINHUA, "Policy")
    assert {"低收入家庭认定办法", "临时救助实施细则"} <= set(found)


def test_a_guide_and_a_scheme_after_an_issuing_verb():
    found = _labelled("制定村级议事协商工作指南，编制完成城区地名规划方案，指导街道开展工作。", _JINHUA, "Policy")
    assert {"村级议事协商工作指南", "城区地名规划方案"} <= set(found)


def test_a_second_verb_joined_to_the_first():
    found = _labelled("局里汇报了制定和实施困难老人探访服务实施意见、孤儿基本生活费调整方案等工作。", _JINHUA, "Policy")
    assert {"困难老人探访服务实施意见", "孤儿基本生活费调整方案"} <= set(found)


def test_an_opinion_voiced_is_no_title():  # negative: 意见 alone ends a request, not a document
    found = _labelled("落实群众反映的整改意见，征求各方面意见，执行到位。", _JINHUA, "Policy")
    assert found == []


# --- an abbreviated title after its issuer --------------------------------------------------------------------
def test_an_abbreviated_title_after_its_issuers():
    found = _labelled("全省要以贯彻中央两办、省两办《意见》为主线，推进殡葬改革。", _ZHEJIANG, "Policy")
    assert {"中央两办意见", "省两办意见"} <= set(found)


def test_a_bare_abbreviated_title_stays_out():  # negative: 《条例》 refers back, no issuer written before it
    found = _labelled("要把《条例》纳入干部培训内容，提高群众知晓率。", _ZHEJIANG, "Policy")
    assert found == []


# --- a lead sentence citing a title, standing in for a missing heading ----------------------------------------
def test_a_title_cited_by_the_lead_sentence_is_a_policy():
    text = "某县民政局和某县财政局联合印发《关于提高城乡低保及残疾人‘两项补贴’标准的通知》，自7月起执行。\n全县城市低保标准提高到每月600元。"
    found = _labelled(text, DocumentInfo("t"), "Policy")
    assert found == ["关于提高城乡低保及残疾人两项补贴标准的通知"]


def test_an_issuing_notice_heading_does_not_cite_its_attachment():  # negative: the page is the notice issuing it
    text = "关于印发《2025年全市养老服务工作要点》的通知\n各区民政局：现将《2025年全市养老服务工作要点》印发给你们，请认真贯彻落实。"
    found = _labelled(text, DocumentInfo("t"), "Policy")
    assert found == []

"""Rule classes of issue 10 for meetings, agencies, programs and places, on invented sentences.

Every sentence here is written for the test (phrased after real 民政 pages, none copied);
each class has a positive and a negative case.
"""
from __future__ import annotations

from loaders.meetings import extract_meetings
from loaders.types import DocumentInfo, Sentence


def _meetings(text: str, info: DocumentInfo | None = None) -> list[str]:
    return [m.name for m in extract_meetings([Sentence(0, text, 0, len(text))], info or DocumentInfo("t"))]


# --- meetings ---------------------------------------------------------------

def test_a_meeting_name_is_never_a_clause():
    names = _meetings("会议要求，全县民政系统要以习近平新时代中国特色社会主义思想和第十五次全国民政会议为指导，抓好落实。")
    assert names == ["第十五次全国民政会议"]
    assert _meetings("全市民政干部要将学习贯彻全省民政工作会议精神作为当前首要任务。") == ["全省民政工作会议"]


def test_a_plain_scoped_meeting_is_kept_whole():  # negative: nothing to cut
    assert _meetings("3月2日，2024年全市民政工作会议在市行政中心召开。") == ["2024年全市民政工作会议"]


def test_coordinated_meeting_names_are_split():
    assert _meetings("贯彻落实第十五次全国、全省民政会议精神。") == ["第十五次全国民政会议", "全省民政会议"]
    assert _meetings("按照全国、全省和全市民政会议的部署。") == ["全国民政会议", "全省民政会议", "全市民政会议"]


def test_a_single_scope_is_not_split():  # negative
    assert _meetings("传达第十五次全国民政会议精神。") == ["第十五次全国民政会议"]


def test_congress_and_standing_committee_sessions():
    text = "根据2018年12月29日第十三届全国人民代表大会常务委员会第七次会议《关于修改〈老年人权益保障法〉的决定》修正。"
    assert _meetings(text) == ["第十三届全国人民代表大会常务委员会第七次会议"]
    assert _meetings("经省十四届人大常委会第五次会议审议通过。") == ["省十四届人大常委会第五次会议"]


def test_a_congress_without_a_session_is_not_a_session():  # negative
    assert "第十三届全国人民代表大会" not in _meetings("第十三届全国人民代表大会代表名额分配方案公布。")


def test_party_group_enlarged_meetings():
    assert _meetings("1月8日下午，厅党组召开党组扩大会议，传达学习部长讲话精神。") == ["党组扩大会议"]
    assert _meetings("市民政局党组扩大会议研究了年度重点工作。") == ["市民政局党组扩大会议"]


def test_a_party_group_without_a_meeting_is_no_meeting():  # negative
    assert _meetings("局党组高度重视养老服务工作。") == []


def test_a_quoted_meeting_name_is_taken_whole():
    text = "民政部决定召开“全国实施《社会救助条例》座谈暨救助服务视频会议”，现将有关事项通知如下。"
    assert _meetings(text) == ["全国实施社会救助条例座谈暨救助服务视频会议"]


def test_a_quoted_slogan_is_no_meeting():  # negative
    assert _meetings("开展“民政为民、民政爱民”主题活动。") == []


def test_bodies_name_their_own_meetings():
    assert _meetings("落实全国民政工作会议、省委经济工作会议精神。") == ["全国民政工作会议", "省委经济工作会议"]
    assert _meetings("厅长在参加民政部对口支援工作调研座谈会后赴州调研。") == ["民政部对口支援工作调研座谈会"]


def test_a_body_convening_is_not_part_of_the_name():  # negative
    assert "民政部有关视频会议" not in _meetings("参加民政部有关视频会议。")


def test_a_joined_meeting_keeps_a_year_after_ji():
    assert _meetings("3月6日，东城区民政会议暨2025年东城区民政工作会议召开。") == ["东城区民政会议暨2025年东城区民政工作会议"]

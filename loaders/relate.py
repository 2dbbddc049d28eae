"""Relationships between a document's mentions, each with provenance.

Input: the mentions of one document (already resolved) and its sentences.
Output: the entity nodes and the edges of its Fragment. Offsets in each
:class:`kg.model.Provenance` point into the ORIGINAL text.

The rules are sentence-local and read the verbs around mentions:
在X召开 (HELD_IN), X召开/组织 ... 会议 (ORGANIZED_BY), 主持 (CHAIRED),
讲话/作报告/致辞 (SPOKE_AT), 试点 (PILOTED_IN).
"""
from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from kg.model import Edge, Node, Provenance
from kg.schema import LABELS, node_key, place_key
from loaders.gazetteer import Place, get_gazetteer
from loaders.indicator_catalogue import classify as classify_indicator
from loaders.meetings import session_convener
from loaders.places import province_named_by_body, province_written
from loaders.promotes_model import PromotesStep
from loaders.relate_frames import add_framed_meetings, add_framed_persons, full_meeting_names
from loaders.townships import township_counties
from loaders.types import DocumentInfo, Mention, NormalisedText, Sentence

_MENTIONABLE = ("Agency", "Person", "Place", "Meeting", "Program", "Policy")
_SPOKE = re.compile(r"讲话|作报告|作工作报告|致辞|发言|作批示|批示|部署|强调|指出|总结")
_CHAIRED = re.compile(r"主持")
_ORGANISE = re.compile(r"召开|组织召开|举办|举行|主办|组织|办理")  # 办理: Taiwan's pages (县政府办理「…说明会」)
_PROMOTE = re.compile(r"推进|推动|实施|开展|启动|打造|建设|建立|创建|实行|推行|推广|组织|落实|深化|完善|上线|开通|推出|办理|开办")
# a verb of carrying a program out in a place (探索形成了“…”新路, 建成3个“…”项目, 打造“…”品牌)
_PILOT = re.compile(r"试点|示范|开展|推行|推广|实施|探索|打造|建成")


@dataclass
class Relator:
    """Collects nodes and edges for one document."""

    doc_id: str
    doc_key: str
    norm: NormalisedText
    sentences: list[Sentence]
    nodes: dict[str, Node] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)
    # the document's province and city, which place a same-named district (东区, 新城区) in the gazetteer
    province: str | None = None
    city: str | None = None
    # Provenance is immutable and one mention gives several edges: build each one once
    _provenances: dict[tuple, Provenance] = field(default_factory=dict, repr=False, compare=False)
    # name → division code of the places this document resolved (its own context)
    place_codes: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    # keys of the places whose gazetteer chain (parents, PART_OF) this document has added: a place
    # named again adds only what the edge dedup would drop (one PART_OF per pair and document)
    _chained: set[str] = field(default_factory=set, repr=False, compare=False)

    def provenance(self, sentence_index: int, start: int | None = None, end: int | None = None, method: str = "rule") -> Provenance:
        cache_key = (sentence_index, start, end, method)
        provenance = self._provenances.get(cache_key)
        if provenance is None:
            provenance = self._provenances[cache_key] = self._new_provenance(sentence_index, start, end, method)
        return provenance

    def _new_provenance(self, sentence_index: int, start: int | None, end: int | None, method: str) -> Provenance:
        sentence = self.sentences[sentence_index] if 0 <= sentence_index < len(self.sentences) else None
        if sentence is None:
            return Provenance(self.doc_id, -1, "", 0, 0, method)
        if start is None or end is None:
            start, end = sentence.start, sentence.end
        o_start, o_end = self.norm.original_span(start, end)
        return Provenance(self.doc_id, sentence.index, sentence.text, o_start, o_end, method)

    def node(self, label: str, name: str, properties: dict | None = None, alias: str | None = None,
             key: str | None = None, key_name: str | None = None) -> str:
        # key: the whole node key (a shared place name keyed with its code); key_name: the name the key is built from
        key = key or node_key(label, key_name or name)
        node = self.nodes.get(key)
        if node is None:
            node = self.nodes[key] = Node(label, key, name, [], {k: v for k, v in (properties or {}).items() if v is not None})
        else:
            for k, v in (properties or {}).items():
                if v is not None and k not in node.properties:
                    node.properties[k] = v
        if alias and alias != name and alias not in node.aliases:
            node.aliases.append(alias)
        return key

    def edge(self, rel: str, source: str, target: str, provenance: Provenance, properties: dict | None = None) -> None:
        self.edges.append(Edge(rel, source, target, provenance, dict(properties) if properties else {}))


def place_node(relator: Relator, name: str, provenance: Provenance, properties: dict | None = None, alias: str | None = None) -> str:
    """A Place node with its gazetteer chain as PART_OF edges.

    The place is the one the mention resolved to (its code); a name given without a code is
    the place of that name the document itself resolved, else the only division so named.
    A shared name (东区) that nothing resolves gets no code and no parent: no PART_OF that the
    document doesn't support. Shared names are keyed with their code (see ``place_key``).
    """
    gazetteer = get_gazetteer()
    props = dict(properties or {})
    place = None
    if props.get("code"):
        place = gazetteer.by_code.get(props["code"])
    elif "code" not in props:
        code = relator.place_codes.get(name)
        named = gazetteer.by_name.get(name, [])
        place = gazetteer.by_code.get(code) if code else (named[0] if len(named) == 1 else None)
        if place is None and len(named) > 1 and relator.province:
            # 东区 in a 台中 document, 新城区 in a 西安 one: the document's own province and city decide
            scoped = gazetteer.lookup(name, province=relator.province, city=relator.city, strict=True)
            if scoped is not None and scoped.code and relator.province in {p.name for p in gazetteer.chain(scoped)}:
                place = scoped
        if place is None and not named:
            place = gazetteer.lookup(name)  # a short name (衢州) or a special area
        if place is not None and place.name == name:
            props.setdefault("code", place.code)
            props.setdefault("level", place.level)
    props = {k: v for k, v in props.items() if not (k == "code" and not v)}
    resolved = place is not None and (place.name == name or (bool(props.get("code")) and _written_with_old_suffix(name, place.name)))
    if resolved:
        relator.place_codes.setdefault(name, place.code)
    key = relator.node("Place", name, props, alias=alias, key=_place_key(name, place.code if resolved else None))
    if resolved and key not in relator._chained:
        relator._chained.add(key)
        child_key = key
        for parent in gazetteer.chain(place)[1:]:
            parent_key = relator.node("Place", parent.name, {"code": parent.code, "level": parent.level}, key=_place_key(parent.name, parent.code))
            relator.edge("PART_OF", child_key, parent_key, Provenance(relator.doc_id, -1, "", 0, 0, "gazetteer"))
            child_key = parent_key
    return key


def _written_with_old_suffix(written: str, official: str) -> bool:
    """The text names the division by its former suffix (安塞县 for today's 安塞区, 旬阳县 for 旬阳市,
    威宁县 for 威宁彝族回族苗族自治县): the same place, so it keeps its parent chain.

    >>> _written_with_old_suffix("安塞县", "安塞区"), _written_with_old_suffix("威宁县", "威宁彝族回族苗族自治县")
    (True, True)
    >>> _written_with_old_suffix("吉林市", "吉林省"), _written_with_old_suffix("东区", "东区街道")
    (False, False)
    >>> _written_with_old_suffix("龙潭区", "龙潭乡")
    True
    """
    stem = written[:-1]
    return (
        len(stem) >= 1 and written[-1] in "县市区旗" and official[-1] in "县市区旗乡镇"  # (龙潭区, the table's 龙潭乡)
        and official.startswith(stem) and written != official
    )


def _place_key(name: str, code: str | None) -> str:
    """Shared names (东区) carry their code in the key; unique names keep the plain key."""
    return place_key(name, code if code and get_gazetteer().is_shared(name) else None)
# The place of a nationwide figure, as the annotation guide writes it. 全国 (and 中国) are no Place
# nodes, so a nationwide target carries it as its ``place`` property instead of a FOR_PLACE edge.
NATION = "全国"
_NATION_WORDS = (NATION, "我国", "全國", "我國")  # traditional-script texts are read as written
_GOVERNMENT_BODY_RE = re.compile(r"政府|民政|[厅局委办署部处](?:$|[（(])")
_NATIONAL_BODY_RE = re.compile(r"^(?:中华人民共和国|中共中央|国务院|民政部|财政部|国家)")


_LISTED_PLACES = 3  # a list of this many places before a figure shares it (two may be a place and its part)


def _shared_by_listed_places(places: list, target) -> bool:
    """Whether a target follows a list of three places or more in its sentence (宣州区、郎溪县、泾县…标准统一调整为
    450元): the figure is the same for all of them, so it is the document's place's, not the first one's.

    >>> from loaders.types import Mention
    >>> listed = [Mention("Place", n, n, 0, i * 4, i * 4 + 3) for i, n in enumerate(["宣州区", "郎溪县", "绩溪县"])]
    >>> target = Mention("Target", "标准 450元/月", "450元/月", 0, 30, 36)
    >>> _shared_by_listed_places(listed, target), _shared_by_listed_places(listed[:2], target)  # two: a place and its part
    (True, False)
    """
    return sum(1 for place in places if place.end <= target.start) >= _LISTED_PLACES


# The rest of a number's clause, bounded (a long clause of numbers is read once per number).
_CLAUSE_REST_RE = re.compile(r"[^，。；,;]{0,40}")
# How far before a number its sentence is searched for a national body acting.
_ACTOR_WINDOW = 120
# A national body acting (民政部推出…, 国家卫生健康委员会…印发…将…命名为): the list it makes is the nation's.
_NATIONAL_ACTOR_RE = re.compile(r"(?:民政部|国务院|国家[\u4e00-\u9fff]{0,8}(?:委员会|部|局)|全国[\u4e00-\u9fff]{0,8}委员会)")


# the page's own place written as a pointer (我市, 本县, 全市, 该区): no Place mention, still a local place
_OWN_PLACE_WORD_RE = re.compile(r"(?:我|本|全|该)[省市区县州旗盟]")


def _national_designation(indicator: str, before: str, places_before: list, offset: int) -> bool:
    """Whether a count (``indicator``: its name and the words after its number in its clause) is of a national
    designation made by a national body in its sentence (民政部推出第一批15家
    全国婚俗改革实验区; 国家卫生健康委员会…印发…，将999个社区命名为…全国示范性老年友好型社区): the count is the
    nation's (place 全国), not the reporting page's. A local place after the body and before the number, other
    than a list of places being designated (确认…肥乡区、…盐湖区、…红山区等17个县), makes it that place's
    (甘肃省19个社区上榜 stays 甘肃省's).

    >>> _national_designation("第一批全国婚俗改革实验区数", "今年4月，民政部推出第一批", [], 0)
    True
    >>> _national_designation("城市低保标准", "民政部批复", [], 0)  # no national designation counted
    False
    >>> _national_designation("全国示范性老年友好型社区数", "甘肃省", [], 0)  # no national body acting
    False
    >>> _national_designation("全国示范性老年友好型社区数", "民政部公布名单，我市", [], 0)  # the page's own count
    False
    """
    if "全国" not in indicator:
        return False
    actor = None
    for actor in _NATIONAL_ACTOR_RE.finditer(before):
        pass
    if actor is None or _OWN_PLACE_WORD_RE.search(before, actor.end()):
        return False  # 民政部公布名单，我市3个社区入选全国…: the page's own count, not the nation's
    after_actor = [m for m in places_before if m.start - offset >= actor.end()]
    return len(after_actor) == 0 or len(after_actor) >= _LISTED_PLACES


def _is_national(info: DocumentInfo, sentence_before: str) -> bool:
    """A target with no place of its own is nationwide when a national body issued the
    document, or when the document has no place and the sentence says 全国 before it
    (it then gets ``place: 全国``, not a FOR_PLACE edge).

    >>> _is_national(DocumentInfo("x", issuing_body="中华人民共和国民政部"), "")
    True
    >>> _is_national(DocumentInfo("x"), "截至2021年底，全国共有养老机构")
    True
    >>> _is_national(DocumentInfo("x", issuing_body="衢州市民政局"), "列全国第1位")
    False
    >>> _is_national(DocumentInfo("x", issuing_body="健康报网"), "截至2015年底，全國有养老床位")
    True
    """
    if info.place:
        return False
    if info.issuing_body and (_NATIONAL_BODY_RE.match(info.issuing_body) or _GOVERNMENT_BODY_RE.search(info.issuing_body)):
        # a body decides; a news outlet named as the source (健康报网) does not
        return bool(_NATIONAL_BODY_RE.match(info.issuing_body))
    return any(word in sentence_before for word in _NATION_WORDS)


def _national_paragraphs(sentences: list) -> list[bool]:
    """For each sentence, whether an earlier sentence of its paragraph (no line break between
    them) says 全国/我国: a national bulletin says it once and goes on (截至2015年底，全国…。
    各类养老床位672.7万张…). One pass over the sentences.

    >>> from loaders.types import Sentence
    >>> _national_paragraphs([Sentence(0, "截至去年底，全国共有孤儿19万人。", 0, 17),
    ...                       Sentence(1, "其中集中养育6万人。", 17, 27), Sentence(2, "本市孤儿300人。", 28, 37)])
    [False, True, False]
    """
    out: list[bool] = []
    seen = False
    for number, sentence in enumerate(sentences):
        if number and sentences[number - 1].end != sentence.start:
            seen = False  # a line break ends the paragraph
        out.append(seen)
        seen = seen or any(word in sentence.text for word in _NATION_WORDS)
    return out


def relate(
    relator: Relator,
    info: DocumentInfo,
    mentions: dict[str, list[Mention]],
    topics: list | None = None,
) -> None:
    """Add every node and edge the document's mentions support."""
    doc = relator.doc_key
    # a meeting a convening or holding frame names, that the meeting rules missed (县政协召开专题协商会议)
    # and the person a 由…主持 frame names (会议由区民政局局长赵三洪主持)
    # and a meeting written short and in full (全省民政工作会议, 2011年全省民政工作会议) is one meeting
    mentions = {**mentions, "Meeting": full_meeting_names(add_framed_meetings(relator.sentences, mentions.get("Meeting", []))),
                "Person": add_framed_persons(relator.sentences, mentions.get("Person", []), mentions.get("Agency", []))}
    # XX区民政局（转载，区名隐去）: the agencies already name the bare 区民政局 as the marked body
    # (loaders.agencies.placeholder_names); a person's post in the bare body is a post in it too
    from loaders.agencies import placeholder_names

    placeholders = placeholder_names((m.name for m in mentions.get("Agency", [])), info.issuing_body)
    if info.province and relator.province is None:
        relator.province = info.province
        relator.city = info.place if info.place and info.place != info.province else None
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    keys: dict[int, str] = {}
    for label, items in mentions.items():
        for mention in items:
            by_sentence[mention.sentence_index].append(mention)
            if label == "Place":
                keys[id(mention)] = place_node(
                    relator, mention.name, relator.provenance(mention.sentence_index, mention.start, mention.end), mention.properties, alias=mention.surface
                )
            else:
                props = _node_properties(label, mention.properties)
                # A target is one document's statement: its key holds the document, so two
                # documents' "连续 3年" stay two nodes.
                key_name = f"{relator.doc_id}:{mention.name}" if label == "Target" else None
                keys[id(mention)] = relator.node(label, mention.name, props, alias=mention.surface, key_name=key_name)
            if label in _MENTIONABLE:
                relator.edge("MENTIONS", doc, keys[id(mention)],
                             relator.provenance(mention.sentence_index, mention.start, mention.end, mention.method))

    def key(m: Mention) -> str:
        return keys[id(m)]

    def prov(m: Mention, method: str | None = None) -> Provenance:
        # a mention's own method ("crf" for the program model) unless the edge comes from context
        return relator.provenance(m.sentence_index, m.start, m.end, method or m.method)

    # Place PART_OF Place for places the gazetteer does not hold (街道, 社区, 村), from the text around them
    for child, parent in context_parents(mentions.get("Place", []), relator.norm.text, info):
        parent_key = place_node(relator, parent.name, prov(parent), parent.properties) if isinstance(parent, Mention) else place_node(relator, parent, prov(child, "metadata"))
        relator.edge("PART_OF", key(child), parent_key, prov(child, "context"))

    # Document ABOUT_PLACE
    if info.place:
        about = _first(mentions.get("Place", []), lambda m: m.name == info.place)
        provenance = prov(about, "metadata") if about else Provenance(relator.doc_id, -1, "", 0, 0, "metadata")
        relator.edge("ABOUT_PLACE", doc, place_node(relator, info.place, provenance), provenance)

    # Agency LOCATED_IN Place
    # (a page that names no place in its text lists none through its bodies' names either: the team's gold
    # of such pages holds no places)
    names_places = bool(mentions.get("Place"))
    # per province, where the text first writes it (searched once per province: linear); the MENTIONS edge cites
    # that span, so its provenance is the place as written (湖北 or 湖北省), not the body that implied it
    written: dict[str, tuple[int, int, int, str] | None] = {}

    def mention_named_province(body: str, place: str, place_key_: str) -> None:
        province = province_named_by_body(body, place) if names_places else None
        if province is None:
            return
        if province not in written:
            written[province] = province_written(province, relator.sentences)
        where = written[province]
        if where is not None:
            sentence_index, start, end, form = where
            provenance = relator.provenance(sentence_index, start, end, "context")
            place_node(relator, place, provenance, alias=None if form == place else form)
            relator.edge("MENTIONS", doc, place_key_, provenance)

    for agency in mentions.get("Agency", []):
        place = agency.properties.get("place")
        if place:
            place_key_ = place_node(relator, place, prov(agency))
            relator.edge("LOCATED_IN", key(agency), place_key_, prov(agency))
            # 省民政厅 resolved to 湖北省民政厅 in a page that writes 湖北: the body's full name names its province
            mention_named_province(agency.name, place, place_key_)

    # Document ISSUED_BY Agency: the metadata's issuing body (as mentioned, or as named there),
    # else an agency that convenes or issues in the opening sentences, else the title's
    agencies = mentions.get("Agency", [])
    issuer = _mentioned_issuer(info, agencies)
    named = _issuer_from_metadata(info) if issuer is None and info.issuing_body else None
    if issuer is None and named:
        # 发布机构: 市民政局, and the text writes 衢州市民政局: the same body, so cite the sentence
        issuer = _first(agencies, lambda a: a.name == named[0])
    issuer_key: str | None = None
    visitor = False
    # a visit counts only when it comes to the page's own place (_visits_here reads the places after the body)
    sorted_places = sorted(mentions.get("Place", []), key=lambda m: m.start)
    guessed = False  # the issuer read from the opening sentences, not from the metadata
    if issuer is not None:
        issuer_key = key(issuer)
        relator.edge("ISSUED_BY", doc, issuer_key, prov(issuer, "metadata"))
        # 区政协第四民主监督小组赴…实地调研 / 自治区民政厅厅长…到我市开展重阳节慰问活动: the metadata's issuer, in the
        # opening, comes to visit; the visited place's work it inspects is not its own
        # (any of its mentions there: the title line may name it without the visit)
        visitor = any(a.sentence_index <= _OPENING_SENTENCES and key(a) == issuer_key and visiting(relator.norm.text, a)
                      and _visits_here(a, info, sorted_places) for a in agencies)
    elif named:
        provenance = Provenance(relator.doc_id, -1, "", 0, 0, "metadata")
        issuer_key = relator.node("Agency", named[0], named[1])
        relator.edge("ISSUED_BY", doc, issuer_key, provenance)
    elif (issuer := _issuer(info, agencies, relator.norm.text)) is not None:
        issuer_key, guessed = key(issuer), True
        relator.edge("ISSUED_BY", doc, issuer_key, prov(issuer))
        # 省民政厅厅长张晨带领调研组到我市…: a body guessed from the opening that comes to visit is a guest of
        # the page, which the visited place published; it does not run the visited place's work
        visitor = visiting(relator.norm.text, issuer) and _visits_here(issuer, info, sorted_places)

    runner = _running_body(issuer_key, relator, agencies, key)
    # the bodies that issue with it (渭源县委、县政府 in the metadata; 国家卫生健康委员会、全国老龄办印发…): each runs
    # what the page says the issuers run
    co_issuers: list[str] = []
    if issuer is not None and not visitor:
        joint = (coordinated(relator.norm.text, issuer, agencies) if guessed
                 else joint_issuers(info.issuing_body or "", issuer, agencies))
        co_issuers = [body for body in dict.fromkeys(key(m) for m in joint) if body not in (runner, issuer_key)]
    # the host of a visit: the bureau of the visited place the text names (调研组先后到…市民政局，实地调研我市…)
    host = visit_host(issuer, agencies, info.place) if visitor else None
    if host is None and (guest := _first(agencies, lambda a: a.sentence_index <= _OPENING_SENTENCES
                                         and visiting(relator.norm.text, a) and _visits_here(a, info, sorted_places))) is not None:
        # 省民政厅厅长庄严来我县调研 on the county's page: a guest the metadata does not name is hosted too
        host = visit_host(guest, agencies, info.place)
    if issuer is None and named and (news_reprint(info.issuing_body) or (
            info.kind not in _AUTHORED_KINDS and agencies and unnamed_issuer(named[0], agencies, relator.norm.text, mentions.get("Person", [])))):
        # a news item or reprint whose text never names the body the metadata files it under: that body
        # is where the page was found, not a subject of the text, so it runs nothing the text names; nor
        # does a body the text names in no form at all (no 区民政局, no 我局) while it names others (the
        # district's leaders and government). A page that names no body at all is the issuer's own
        # (重庆民政为群众幸福“加码”): it runs what it reports, as the guide's PROMOTES rule says. (The dev gold's
        # 022, a bureau's year review naming no body, lists no agency at all; a blind fresh page of the same
        # shape gives its bureau five programs: the guide decides.)
        runner = None
    if runner is None:
        co_issuers = []

    _publishers_named(relator, doc, info, agencies)

    # Person HOLDS_POST Agency
    agencies_by_name = {m.name: m for m in mentions.get("Agency", [])}
    for person in mentions.get("Person", []):
        # (a person with a body and no title, 市社会福利中心王新艳同志, holds no post the text states: the team's
        # gold records no HOLDS_POST for such a person)
        posts = person.properties.get("posts") or (
            [(person.properties.get("post"), person.properties["org"])] if person.properties.get("org") and person.properties.get("post") else []
        )
        for title, org in posts:
            org = placeholders.get(org, org)
            if org in agencies_by_name:
                agency_key = key(agencies_by_name[org])
            else:  # implied by the post (副省长 → 省人民政府)
                from loaders.agencies import agency_properties

                props = agency_properties(org, info)
                agency_key = relator.node("Agency", org, props)
                if props.get("place"):
                    place_key_ = place_node(relator, props["place"], prov(person))
                    relator.edge("LOCATED_IN", agency_key, place_key_, prov(person))
                    # 邓月楼厅长 in a region's news: 内蒙古自治区民政厅, whose name names its region
                    mention_named_province(org, props["place"], place_key_)
            relator.edge("HOLDS_POST", key(person), agency_key, prov(person), {"title": title})

    # Meetings: REPORTS, ORGANIZED_BY, HELD_IN; persons SPOKE_AT / CHAIRED
    meetings = mentions.get("Meeting", [])
    reported = _reported_meetings(info, meetings, relator.norm.text)
    for meeting in reported:
        relator.edge("REPORTS", doc, key(meeting), prov(meeting))
    text = relator.norm.text
    organized: set[int] = set()
    # meeting mention id -> the keys of the bodies that convened it (they also run a program its name holds)
    conveners: dict[int, list[str]] = defaultdict(list)
    for meeting in meetings:
        local = by_sentence[meeting.sentence_index]
        places_by_end = _places_by_end(local)
        place_starts = {m.start for m in places_by_end.values()}
        # 2017年宁德市养老工作现场会在我市召开: held in the place the document is about
        if (own_place := held_here(text, meeting, info)) is not None:
            relator.edge("HELD_IN", key(meeting), place_node(relator, own_place, prov(meeting, "context")), prov(meeting, "context"))
        for other in local:
            # 市民政局举办…学习贯彻十八届五中全会精神辅导报告会: the body holds the study session, not the plenum
            if other.label == "Agency" and other.end <= meeting.start and not studied(text, meeting):
                # 营口市民政局组织召开2021年全市民政工作会议: the agency convenes, in the same clause
                # quoted names between do not count (民政部决定召开“…视频会议”和“…经验交流会议”)
                between = re.sub(r"“[^”]{0,80}”|《[^》]{0,80}》", "", text[other.end:meeting.start])
                # 省民政厅联合省法院、…、省关工委在成都市举行…: the body that leads the joint bodies convenes,
                # however long their list
                leads_joint = re.match(r"(?:联合|会同|携手)", between) and len(between) <= 120
                # 在区委党校举办… / 在市民政局会议室召开…: a body written after 在 names the venue, not the host
                venue = text[other.start - 1:other.start] == "在"
                # 省民政厅联合省法院、…、省残联在…举行: a body listed after 联合 joins; the one before it convenes
                opening = text[max(0, other.start - 120):other.start]
                partner = re.search(r"(?:联合|会同|携手)[^，。；：]*$", opening) is not None
                if (len(between) <= 25 or leads_joint) and not venue and not partner and not re.search(r"[，。；：]", between) and _ORGANISE.search(between):
                    relator.edge("ORGANIZED_BY", key(meeting), key(other), prov(meeting))
                    organized.add(id(meeting))
                    conveners[id(meeting)].append(key(other))
            if other.label == "Place" and other.end <= meeting.start and held_by_place(text[other.end:meeting.start]):
                # 渝北区召开2015年全区民政工作会议: the place convenes the meeting, which is held there
                relator.edge("HELD_IN", key(meeting), key(other), prov(other))
                continue
            # 在成都市金堂县举行: the most specific place of a written chain is where it was held
            chain_start = _chain_start(other, places_by_end) if other.label == "Place" else other
            if other.label == "Place" and other.end in place_starts:  # a place written right after it: the chain goes on
                continue
            if other.label == "Place" and text[chain_start.start - 1:chain_start.start] == "在":
                # 在天津大礼堂召开: a venue may stand between the place and the verb
                verb = re.match(r"[^，。；、]{0,8}?(?:隆重)?(?:召开|举行|举办|开幕|开班|启动)", text[other.end:other.end + 14])
                if not verb:
                    continue
                # 在滨州市召开全省…培训班 / 全省…会议在贵阳召开
                # (…在湖州举办的全国“民政与共同富裕”座谈会: 的 may join the verb to the name)
                after = other.end + verb.end() <= meeting.start \
                    and re.fullmatch(r"(?:的)?", text[other.end + verb.end():meeting.start]) is not None
                before = meeting.end <= other.start - 1 and not re.search(r"[，。；]", text[meeting.end:other.start])
                if after or before:
                    relator.edge("HELD_IN", key(meeting), key(other), prov(other))
    # 第四次全市妇女儿童工作会议在天津大礼堂召开: a place the document names elsewhere opens the venue
    held = {(edge.source) for edge in relator.edges if edge.type == "HELD_IN"}
    known = known_place_names(mentions.get("Place", []))
    for meeting in meetings:
        if key(meeting) in held or not known:
            continue
        place = venue_place(text, meeting, known)
        if place is not None:
            relator.edge("HELD_IN", key(meeting), key(place), prov(meeting))
    # 1月5日上午，福建省民政厅就…作出汇报。1月5日下午，又召开党组扩大会议: a convening with no subject of its
    # own is done by the body that opened the sentence before
    openers: dict[int, tuple[Mention | None, int]] = {}
    for meeting in meetings:
        if id(meeting) in organized:
            continue
        body = carried_convener(text, relator.sentences, meeting, by_sentence) \
            or subject_convener(text, relator.sentences[meeting.sentence_index], meeting, by_sentence[meeting.sentence_index],
                                openers)
        if body is not None:
            relator.edge("ORGANIZED_BY", key(meeting), key(body), prov(meeting, "context"))
            organized.add(id(meeting))
            conveners[id(meeting)].append(key(body))
    # the body written inside the meeting's name (省委十二届八次全会, 国务院第162次常务会议). A reported
    # meeting is not given the issuing body: the gold records a convener only where the text names it.
    surfaces = agencies_by_surface(agencies)
    from loaders.resolve import DocContext

    doc_context = DocContext.from_info(info)
    sentence_bodies: dict[int, SentenceBodies] = {}
    for meeting in meetings:
        if id(meeting) in organized:
            continue
        if meeting.sentence_index not in sentence_bodies:
            sentence_bodies[meeting.sentence_index] = SentenceBodies(by_sentence[meeting.sentence_index])
        for body in dict.fromkeys(key(a) for a in bodies_in_meeting_name(meeting, sentence_bodies[meeting.sentence_index], surfaces)):
            relator.edge("ORGANIZED_BY", key(meeting), body, prov(meeting))
            conveners[id(meeting)].append(body)
        if not conveners[id(meeting)] and (convener := session_convener(meeting.surface, doc_context)):
            # 县政府十四届三十三次常务会议 in a page that names its 县政府 nowhere else: the body the name writes
            # holds it, and the text names that body
            named_body = _first(agencies, lambda a: a.name == convener)
            if named_body is not None:
                body = key(named_body)
            else:
                from loaders.agencies import agency_properties

                props = agency_properties(convener, info)
                body = relator.node("Agency", convener, props)
                relator.edge("MENTIONS", doc, body, prov(meeting, "context"))
                if props.get("place"):
                    relator.edge("LOCATED_IN", body, place_node(relator, props["place"], prov(meeting)), prov(meeting))
            relator.edge("ORGANIZED_BY", key(meeting), body, prov(meeting))
            conveners[id(meeting)].append(body)
    # 会议由省民政厅主办 / 2024年全省养老服务推进会由省民政厅、省卫健委联合主办: the hosts convene it
    for index, local in by_sentence.items():
        sentence = relator.sentences[index]
        if "主办" not in sentence.text:
            continue
        hosts, by_at = hosting_bodies(text, local)
        if not hosts:
            continue
        named = [m for m in local if m.label == "Meeting" and m.end <= by_at]
        hosted = named[-1:] or (reported if re.match(r"\s*(?:本次|此次|这次)?(?:会议|大会|活动|培训班|论坛)", sentence.text) else [])
        for meeting in hosted:
            for host in hosts:
                relator.edge("ORGANIZED_BY", key(meeting), key(host), prov(host))
                conveners[id(meeting)].append(key(host))
    reported_keys = {key(m) for m in reported}
    # a person named again later by name alone (董浩指出，… / 局长翟华栋发表讲话) speaks or chairs there too
    persons_and_keys = [(person, key(person)) for person in mentions.get("Person", [])]
    later_mentions = later_person_mentions(text, relator.sentences, mentions.get("Person", []))
    persons_and_keys += [(later, key(first)) for first, later in later_mentions]
    # 骆惠宁省长在…工作报告上作出重要批示。骆惠宁省长指出，…: a leader who gives a written instruction says
    # what follows in it, not at the meeting, unless the text also has them attend, speak or chair there
    instructed = {person_key for person, person_key in persons_and_keys if _INSTRUCTED.match(text, person.end)}
    instructed -= {person_key for person, person_key in persons_and_keys if _ATTENDS.match(text, person.end)}
    person_names = ListedNames([person.surface for person, _ in persons_and_keys])
    held = held_meetings(text, meetings)
    # where the text convenes something (召开/举行/举办): a meeting convened after the one last named (局党组召开
    # 专题会议。会上，…) is the one 会上 speaks of, unnamed; found once, looked up by bisection
    convenings = [found.start() for found in _CONVENES.finditer(text)]
    lists: dict[int, ListEnds] = {}
    for person, person_key in persons_and_keys:
        sentence = relator.sentences[person.sentence_index]
        local_meetings = [m for m in by_sentence[person.sentence_index] if m.label == "Meeting" and attended(text, m)]
        targets = [key(m) for m in local_meetings] or sorted(reported_keys)
        # 副局长金朝霞、赵济红针对… / 厅长罗宁，副厅长麻绍敏出席并讲话: the names of a list share what
        # follows the last one (found once per sentence: a walk per name made a list of n names cost n²)
        if person.sentence_index not in lists:
            lists[person.sentence_index] = ListEnds(text, [m for m in by_sentence[person.sentence_index] if m.label == "Person"])
        last = lists[person.sentence_index].last(person)
        before_name = text[max(sentence.start, person.start - 24):person.start]
        rest_of_sentence = text[person.end:sentence.end]
        speech_kind = speech_kind_at_meeting(before_name, rest_of_sentence, person_names)
        at_meeting = speech_kind is not None
        # 陈某于…记者会中说明施政重点: presenting at a press event the sentence names is speaking there
        press = [m for m in by_sentence[person.sentence_index] if m.label == "Meeting" and not studied(text, m)
                 and presents_at_press_event(before_name, rest_of_sentence, m)]
        if press:
            targets, at_meeting = [key(m) for m in local_meetings] or [key(m) for m in press], True
        elif not local_meetings and any(presents_at_press_event(before_name, rest_of_sentence, m) for m in reported):
            at_meeting = True  # the press event the page reports: 处长林某介绍，…
        elif not targets and (earlier := last_held_meeting(held, sentence.start)) is not None:
            # 出席…联席会议。…李某部长在会上指出: 会上 is the meeting last named as held; 在…新闻发布会上介绍。…
            # 处长林某介绍: an official presenting after a press event is named presents at it
            after_earlier = relator.sentences[earlier.sentence_index].end
            # (次日，…活动在某社区举行，王某主持: a convening earlier in the person's own sentence counts too)
            convened_since = bisect.bisect_left(convenings, after_earlier) < bisect.bisect_left(convenings, person.start)
            # (钱某在启动仪式上表示 after a 座谈会: a kind named alone must be the earlier meeting's own)
            by_kind = at_meeting and kind_fits(speech_kind or "", earlier.name)
            if (by_kind or presents_at_press_event(before_name, rest_of_sentence, earlier)) and not convened_since:
                targets, at_meeting = [key(earlier)], True
            elif refers_to_meeting(text[last.end:sentence.end]) and not convened_since:
                # …座谈会在杭州召开。省政府副秘书长徐某主持 / 副市长李某参加会议并讲话: the meeting last named
                # (甲、乙参加会议并讲话: every name of the list, by what follows its last name)
                targets = [key(earlier)]
        if not targets:
            continue
        after = through_open_quote(text, relator.sentences, sentence, last.end)
        # 主持 in the person's own clause: 省委书记许勤致辞，省长梁惠玲主持 — 许勤 did not chair
        if _CHAIRED.search(re.split(r"[，。；]", after, maxsplit=1)[0][:12]):
            for target in targets:
                relator.edge("CHAIRED", person_key, target, prov(person))
        # 会前，省委书记王国生对民政工作提出要求: what the person did before the meeting, in the clause 会前 opens
        before_meeting = re.search(r"会前[，,]?[^，。；,;]*$", text[sentence.start:person.start]) is not None
        if (spoke_at(after) or at_meeting) and not before_meeting and person_key not in instructed \
                and not speech_studied(text[max(sentence.start, person.start - 24):person.start]):
            for target in targets:
                relator.edge("SPOKE_AT", person_key, target, prov(person))
    # 习近平总书记在参加…会议…审议时的重要讲话 / 更阳同志《在全省民政工作会议上的工作报告》: a speech cited
    # with the meeting it was given at
    for person, meeting in cited_speeches(text, mentions.get("Person", []), meetings):
        relator.edge("SPOKE_AT", key(person), key(meeting), prov(meeting))
    # 6位先模人物登台演讲，包括：…所长潘争艳；…站长付天跃；…: the persons a speakers' list names spoke
    for person, opener_sentence in listed_speakers(text, relator.sentences, mentions.get("Person", [])):
        local_meetings = [m for m in by_sentence[opener_sentence] if m.label == "Meeting" and attended(text, m)]
        for target in [key(m) for m in local_meetings] or sorted(reported_keys):
            relator.edge("SPOKE_AT", key(person), target, prov(person))

    # Programs, policies, targets, topics (H1b's extractors)
    sentence_topics = {s.index: list(s.topics) for s in relator.sentences}
    # only the topics some sentence covers become nodes of this document: IN_TOPIC, MEASURES and
    # COVERS all start from a sentence's topics, so a topic no sentence has would be an orphan
    covered = {topic for topics_ in sentence_topics.values() for topic in topics_}
    topic_keys = {
        t.name: relator.node("Topic", t.name, {"code": getattr(t, "code", None)}) for t in (topics or []) if t.name in covered
    }
    person_orgs = _person_org_keys(relator, mentions.get("Person", []), key)
    # a leader named again later (徐市长…就…试点建设…提出相关要求) speaks for the same body there
    later_by_sentence: dict[int, list[Mention]] = defaultdict(list)
    for first, later in later_mentions:
        if id(first) in person_orgs:
            person_orgs[id(later)] = person_orgs[id(first)]
            later_by_sentence[later.sentence_index].append(later)
    speakers = continued_speakers(relator.sentences, mentions.get("Person", []), person_orgs)
    policies = mentions.get("Policy", [])
    # 北京市西城区：探索…三社联动机制: a line headed by a place and a colon is that place's work
    heads_by_sentence = {index: heads for index, local in by_sentence.items()
                         if (heads := heading_places(text, relator.sentences[index], [m for m in local if m.label == "Place"]))}
    place_names = known_place_names(mentions.get("Place", []))
    # （市民政局牵头，市财政局配合） / 责任单位：市民政局: the lead bodies of a work plan's item run its programs
    leads_of = responsible_bodies(text, agencies, mentions.get("Program", []))
    credit_notes = credit_note_spans(text, agencies) if leads_of else []
    # each body credited by such a note: where its first note ends (one pass over the notes and bodies in order)
    credited_at: dict[str, int] = {}
    if credit_notes:
        ordered_bodies = sorted(agencies, key=lambda m: m.start)
        body_starts = [m.start for m in ordered_bodies]
        for start, end in credit_notes:
            for body in ordered_bodies[bisect.bisect_left(body_starts, start):bisect.bisect_left(body_starts, end)]:
                credited_at.setdefault(key(body), end)
    for program_id, bodies in column_table_leads(text, agencies, mentions.get("Program", [])).items():
        leads_of.setdefault(program_id, bodies)
    # the learned PROMOTES step (loaders.promotes_model), when on: the rules' Agency→Program choices go to it,
    # with the rule that made each, and it writes the edges it keeps and adds once every program is seen
    promotes_step = PromotesStep.wanted() if mentions.get("Program") else None
    repeats = repeated_programs(text, relator.sentences, mentions)

    def promote(body_key: str, program: Mention, provenance: Provenance, rule: str) -> None:
        # 社会处长…指出，…有幸福专车、实物银行…: a department's work is its body's
        body_key = unit_parent(body_key, relator.nodes)
        if promotes_step is None:
            relator.edge("PROMOTES", body_key, key(program), provenance)
        else:
            promotes_step.rule_edge(body_key, program, provenance, rule)

    # the bodies by where they start, so a program's name is matched against only those opening it (not a long
    # sentence's every body per program)
    agencies_at: dict[int, list[Mention]] = defaultdict(list)
    for agency in agencies:
        agencies_at[agency.start].append(agency)
    for program in mentions.get("Program", []):
        relator.edge("PROMOTES", doc, key(program), prov(program))
        heads = heads_by_sentence.get(program.sentence_index, [])
        named_bodies = promoting_bodies(text, program, by_sentence[program.sentence_index] + later_by_sentence.get(program.sentence_index, []),
                                        policies, person_orgs, key)
        # which rule chose each body (for the learned step; the rules themselves do not read it)
        origin = dict.fromkeys(named_bodies, "named")
        # 围绕县委、县政府提出的“产业年”要求: the bodies that put the program forward run it
        proposed = [key(body) for body in proposing_bodies(text, program, by_sentence[program.sentence_index])
                    if key(body) not in named_bodies]
        origin.update(dict.fromkeys(proposed, "proposed"))
        named_bodies += proposed
        if not named_bodies and (speaker := speakers.get(program.sentence_index)) \
                and not served_goal(text, program) and not followed_directive(text, program):
            # the speech of a leader named in an earlier sentence goes on (not a goal it serves or a directive
            # it follows: …，为我市“湾区都市、品质东莞”建设作出新的更大贡献)
            named_bodies = [speaker]
            origin[speaker] = "speaker"
        # 市府持续扩大…；同时积极串联…，共同推动“银乐科技互动体验”: the body the sentence before acts as goes on acting
        carried = [] if named_bodies else carried_subject(text, relator.sentences, program, by_sentence, key)
        for body_key in carried:
            origin.setdefault(body_key, "carried")
        named_bodies = named_bodies or carried
        # 市政府召开全市墓地治理专项行动工作推进会: the body that convenes a meeting on the program runs it
        local_meetings = [m for m in by_sentence[program.sentence_index] if m.label == "Meeting"]  # the sentence's only: linear
        convened_by = [body for meeting in meetings_naming(program, local_meetings) for body in conveners.get(id(meeting), [])]
        leads = [key(body) for body in leads_of.get(id(program), [])]
        if leads and credit_notes:
            # …（溧阳市民政局）二、深化“五社联动”…（金坛区民政局）: a body credited with the item before is not
            # this item's runner because it is the nearest body written before it
            named_bodies = [b for b in named_bodies if b in leads or credited_at.get(b, len(text) + 1) > program.start]
        # 民政部救助管理区域性中心试点 / 省民政厅服务类社会救助试点: the body the program's name opens with owns it
        owners = [key(body) for body in name_owners(program, agencies_at.get(program.start, []))]
        named_bodies = list(dict.fromkeys([*named_bodies, *convened_by, *leads, *owners]))
        for body_key in owners:
            origin.setdefault(body_key, "named")
        for body in convened_by:
            origin.setdefault(body, "convened")
        for body_key in leads:
            origin.setdefault(body_key, "lead")
        for body_key in named_bodies:
            promote(body_key, program, prov(program), origin.get(body_key, "unknown"))
        # a body the sentence names as the program's subject runs it instead of the issuer (黑龙江福彩中心先后开展了…);
        # a leader's speech about it does not (the issuer still runs what its leader talks of)
        acting = acting_bodies(text, program, by_sentence[program.sentence_index], policies, key) or carried
        if runner is not None and not (named_bodies and _inside_policy(program, policies)) \
                and not run_elsewhere(text, program, by_sentence[program.sentence_index]) \
                and not any(head.name != info.place for head in heads) \
                and not (id(program) in leads_of and not leads) \
                and not followed_directive(text, program) \
                and not served_goal(text, program) \
                and not _received_award(text, program) \
                and not other_place_runs(text, relator.sentences[program.sentence_index], program,
                                         by_sentence[program.sentence_index], info.place):
            for body_key in (runner, *co_issuers):
                if not (acting and body_key not in acting) \
                        and not (convened_by and body_key not in convened_by) \
                        and not (leads and body_key not in leads) \
                        and not (owners and body_key not in owners) \
                        and not (visitor and ((named_bodies and body_key not in named_bodies)
                                              or visited_scope(text, relator.sentences[program.sentence_index], program))):
                    # a plan or report: the body that issued it runs the programs it names
                    promote(body_key, program, prov(program, "context"), "runner")
        if host is not None and not named_bodies and visited_scope(text, relator.sentences[program.sentence_index], program):
            # 实地调研我市…智慧民政综合平台建设等情况: the visited place's work is its host bureau's
            promote(key(host), program, prov(program, "context"), "host")
        for topic in sentence_topics.get(program.sentence_index, []):
            if topic in topic_keys:
                relator.edge("IN_TOPIC", key(program), topic_keys[topic], prov(program))
        # an award is given to a winner, it is not piloted where the winner is
        # 入选“浙江省地名文化服务与文化建设”试点县区: the document's place holds the designation; the
        # province in the name is who designates, not a site
        designated = bool(info.place) and designated_here(text, program, by_sentence[program.sentence_index])
        sites = [] if program.name.endswith("奖") or designated else piloted_in(text, program, by_sentence[program.sentence_index])
        if not sites and not designated and not program.name.endswith("奖"):
            # 湖南将持续深化殡葬改革…；…；组织开展…等五个助残行动: the subject of a sentence cut by ； goes on
            earlier = subject_places_before(text, relator.sentences, program.sentence_index, by_sentence)
            sites = piloted_in(text, program, [*earlier, *by_sentence[program.sentence_index]]) if earlier else []
        sites += [head for head in heads if head not in sites]
        if not designated and not program.name.endswith("奖"):
            # …城市社区爱心食堂建设运营情况，枫桥镇甲村、乙社区农村爱心食堂建设运营情况: a program named again
            # is carried out where the text places it there too (the mention is only one of its occurrences)
            for again in repeats.get(id(program), ()):
                sites += [p for p in piloted_in(text, again, [*by_sentence[again.sentence_index], again]) if p not in sites]
        if not sites and not designated and not program.name.endswith("奖") and not names_a_bureau(program.name, place_names) \
                and (own := next(
                (found for written in (program, *repeats.get(id(program), ()))
                 if (found := own_place_before(text, written, by_sentence[written.sentence_index], info)) is not None), None)):
            # 详细了解我县城乡社区养老服务设施运营、“数字民政”建设…情况 / 安排部署我县2025年社会救助扩围增效:
            # the page's own place, written as 我县, holds the program the clause goes on to name
            relator.edge("PILOTED_IN", key(program), place_node(relator, own, prov(program, "context")), prov(program, "context"))
        if not sites and not designated and (named := place_in_name(program, place_names)) is not None:
            sites = [named]  # 结合“松滋经验”, 擦亮“花城有囍 缘定荔湾”品牌: the place the name holds
        for place in sites:
            relator.edge("PILOTED_IN", key(program), key(place), prov(program))
        if designated:
            # 作为流动儿童监测省级联系点，…: the place the document is about holds the designation
            relator.edge("PILOTED_IN", key(program), place_node(relator, info.place, prov(program, "context")),
                         prov(program, "context"))
    if promotes_step is not None:
        promotes_step.finish(relator, info, mentions.get("Program", []), agencies, key, runner)
    # A pilot notice names its sites in a sentence of their own (确定A、B等10个地区为试点地区):
    # they are the sites of the document's pilot, the first 试点 program it names.
    pilots = [m for m in mentions.get("Program", []) if _PILOT_PROGRAM.search(m.name)]
    if pilots:
        for index, local in by_sentence.items():
            places = [m for m in local if m.label == "Place"]
            own = sorted((m for m in local if m.label == "Program" and _PILOT_PROGRAM.search(m.name)), key=lambda m: m.start)
            if not places:
                continue
            if own:
                # the sentence names its own pilot (piloted_in decides), except for a list its opener introduces
                # (第二批全国婚俗改革实验区包括：A，B，…): the sites of the pilot named right before the list
                for place in pilot_sites(text, places, opener_only=True):
                    before = [m for m in own if m.end <= place.start]
                    if before:
                        relator.edge("PILOTED_IN", key(before[-1]), key(place), prov(place, "context"))
                continue
            for place in pilot_sites(text, places):
                relator.edge("PILOTED_IN", key(pilots[0]), key(place), prov(place, "context"))
        # …确认为“全国社区治理和服务创新实验区”。各实验区实验任务如下：北京市西城区：…: after a pilot is
        # named, each line headed by a place is one of the sites of the last pilot named before it
        ordered_pilots = sorted(pilots, key=lambda m: (m.sentence_index, m.start))
        last_pilot, next_pilot = None, 0
        for index in sorted(heads_by_sentence):
            while next_pilot < len(ordered_pilots) and ordered_pilots[next_pilot].sentence_index < index:
                last_pilot, next_pilot = ordered_pilots[next_pilot], next_pilot + 1
            if last_pilot is not None and not any(
                    m.label == "Program" and _PILOT_PROGRAM.search(m.name) for m in by_sentence[index]):
                for head in heads_by_sentence[index]:
                    relator.edge("PILOTED_IN", key(last_pilot), key(head), prov(head, "context"))
    for policy in mentions.get("Policy", []):
        relator.edge("CITES", doc, key(policy), prov(policy))
    national_paragraph = _national_paragraphs(relator.sentences) if mentions.get("Target") else []
    for target in mentions.get("Target", []):
        relator.edge("SETS", doc, key(target), prov(target))
        local_programs = [m for m in by_sentence[target.sentence_index] if m.label == "Program"]
        for program in local_programs:
            relator.edge("MEASURES", key(target), key(program), prov(target))
        if not local_programs:
            for topic in sentence_topics.get(target.sentence_index, [])[:1]:
                if topic in topic_keys:
                    relator.edge("MEASURES", key(target), topic_keys[topic], prov(target))
        entry = classify_indicator(target.properties.get("indicator", ""), target.properties.get("unit", ""))
        if entry is not None:
            indicator_key = relator.node("Indicator", entry.name, {"code": entry.id, "topic": entry.topic,
                                                                  "unit_family": entry.unit_families[0], "unit": entry.base_unit})
            relator.edge("MEASURES_INDICATOR", key(target), indicator_key, prov(target, "catalogue"))
        local_places = [m for m in by_sentence[target.sentence_index] if m.label == "Place"]
        if info.place and local_places and all(m.start >= target.end for m in local_places):
            # 全省…新增护理型床位30622张，青岛、威海被纳入…试点: places named only after the figure, in a clause
            # of their own, are not whose figure it is; the document's place is
            local_places = []
        sentence = relator.sentences[target.sentence_index]
        # the target's name and the rest of its clause (…15家全国婚俗改革实验区), read in a bounded window
        designated = target.properties.get("indicator", "") + _CLAUSE_REST_RE.match(sentence.text, target.end - sentence.start).group()
        window = max(0, target.start - sentence.start - _ACTOR_WINDOW)
        if "全国" in designated and _national_designation(
                designated, sentence.text[window:target.start - sentence.start],
                [m for m in local_places if m.end <= target.start], sentence.start + window):
            # 民政部推出第一批15家全国婚俗改革实验区: the ministry's list is the nation's, whatever page reports it
            relator.nodes[key(target)].properties["place"] = NATION
        elif local_places and info.place and _shared_by_listed_places(local_places, target):
            # 宣州区、郎溪县、泾县…城市低保标准统一调整为450元: one standard for the document's place, not for its first county
            relator.edge("FOR_PLACE", key(target), place_node(relator, info.place, prov(target)), prov(target, "metadata"))
        elif local_places:
            relator.edge("FOR_PLACE", key(target), key(local_places[0]), prov(target))
        elif info.place:
            relator.edge("FOR_PLACE", key(target), place_node(relator, info.place, prov(target)), prov(target, "metadata"))
        elif _is_national(info, ("全国" if national_paragraph[target.sentence_index] else "")
                          + relator.sentences[target.sentence_index].text[:target.start - relator.sentences[target.sentence_index].start]):
            relator.nodes[key(target)].properties["place"] = NATION
    # Document COVERS Topic
    counts = Counter(topic for topics_ in sentence_topics.values() for topic in topics_)
    total = max(1, len(relator.sentences))
    first_with: dict[str, Sentence] = {}  # each topic's first sentence, in one pass (not one per topic)
    for sentence in relator.sentences:
        for topic in sentence.topics:
            first_with.setdefault(topic, sentence)
    for topic, count in counts.items():
        if topic not in topic_keys:
            continue
        first = first_with[topic]
        relator.edge("COVERS", doc, topic_keys[topic], relator.provenance(first.index), {"sentences": count, "share": round(count / total, 4)})


def _node_properties(label: str, properties: dict) -> dict:
    allowed = LABELS[label].properties
    return {k: v for k, v in properties.items() if k in allowed}


def _first(items, predicate):
    return next((item for item in items if predicate(item)), None)


def _mentioned_issuer(info: DocumentInfo, agencies: list[Mention]) -> Mention | None:
    """The mention of the metadata's issuing body, if the text names it."""
    if not info.issuing_body:
        return None
    matching = [a for a in agencies if a.name in info.issuing_body or a.surface in info.issuing_body]
    # a body the metadata names before its note wins over one only its note names (牟定县民政局（牟定县人民政府网站）:
    # the government hosts the bureau's page); then the longest wins: 台中市政府民政局, not the 台中市政府 inside it;
    # but a civil-affairs body first when the metadata names a joint issuer (区委社会工委、区民政局合署): the page is
    # the 民政 body's document
    head = _METADATA_NOTE.split(info.issuing_body, maxsplit=1)[0]
    return max(matching, key=lambda a: (a.name in head or a.surface in head, civil_affairs_body(a.name),
                                        len(a.name), -a.start)) if matching else None


# the note after the issuing body in the metadata: （…网站）, (…报道)
_METADATA_NOTE = re.compile(r"[（(]")
# 民政 as a body's trade (民政局, 民政厅, 民政和退役军人事务局), not the 民政 inside 人民政府
_CIVIL_AFFAIRS = re.compile(r"民政(?!府)")


def civil_affairs_body(name: str) -> bool:
    """Whether a body's name makes it a civil-affairs body.

    >>> civil_affairs_body("牟定县民政局"), civil_affairs_body("湖北省民政厅"), civil_affairs_body("牟定县人民政府")
    (True, True, False)
    >>> civil_affairs_body("区委社会工委")
    False
    """
    return _CIVIL_AFFAIRS.search(name) is not None


def _publishers_named(relator: Relator, doc: str, info: DocumentInfo, agencies: list[Mention]) -> None:
    """A body the page's furniture names as its publisher (来源:黄石港区民政局, 信息来源:办公室) is named by the
    page: the seeds' and dev gold list it (信息来源:办公室 → 浙江省民政厅办公室). The normaliser dropped its
    line, so the MENTIONS edge cites the page's metadata, not a sentence."""
    from loaders.agencies import agency_properties, publisher_bodies
    from loaders.metadata import furniture_text

    written = {m.name for m in agencies}
    for _, _, name, surface in publisher_bodies(furniture_text(relator.norm), info):
        if name in written:
            continue  # the text names it too: its own mention cites the sentence
        provenance = Provenance(relator.doc_id, -1, "", 0, 0, "metadata")
        props = agency_properties(name, info)
        agency_key = relator.node("Agency", name, props, alias=surface)
        relator.edge("MENTIONS", doc, agency_key, provenance)
        if props.get("place"):
            relator.edge("LOCATED_IN", agency_key, place_node(relator, props["place"], provenance), provenance)


def _issuer_from_metadata(info: DocumentInfo) -> tuple[str, dict] | None:
    """The issuing body named in the metadata (咸宁市民政局（咸宁网报道）), resolved in the document's context."""
    from loaders.agencies import agency_properties, find_agency_spans
    from loaders.resolve import DocContext

    spans = find_agency_spans(info.issuing_body or "", DocContext.from_info(info), info)
    if not spans:
        return None
    name = spans[0][2]
    return name, agency_properties(name, info)


def _issuer(info: DocumentInfo, agencies: list[Mention], text: str = "") -> Mention | None:
    """An agency that convenes, issues or publishes in the opening sentences, else the first agency of the title."""
    for agency in agencies:
        if _inside_cited_title(text, agency):
            continue  # 根据《中共湖北省委湖北省人民政府关于…的意见》: the issuer of the cited policy, not of this document
        if agency.sentence_index <= 3 and re.match(r"[^，。；]{0,6}?(?:组织召开|召开|印发|发布|下发|举办|关于)", text[agency.end:agency.end + 12]):
            return agency
    title_agencies = [a for a in agencies if a.sentence_index == 0]
    return title_agencies[0] if title_agencies else None


def _inside_cited_title(text: str, mention: Mention, reach: int = 80) -> bool:
    """Whether the mention stands inside a cited title (《…》), looking at most ``reach`` characters either side.

    >>> from loaders.types import Mention
    >>> t = "根据《湖北省人民政府关于推动民政事业高质量发展的意见》，制定本规划。"
    >>> _inside_cited_title(t, Mention("Agency", "湖北省人民政府", "湖北省人民政府", 0, 3, 10, {}))
    True
    >>> t = "孝感市民政局关于印发《规划》的通知"
    >>> _inside_cited_title(t, Mention("Agency", "孝感市民政局", "孝感市民政局", 0, 0, 6, {}))
    False
    """
    opening = text.rfind("《", max(0, mention.start - reach), mention.start)
    if opening < 0 or "》" in text[opening:mention.start]:
        return False
    return "》" in text[mention.end:mention.end + reach]


def _reported_meetings(info: DocumentInfo, meetings: list[Mention], text: str = "") -> list[Mention]:
    """Meetings the document reports: one the title names, else the first one the opening
    sentences say was held (召开/举行/开幕), party congresses only when so written."""
    if not meetings:
        return []
    held = re.compile(r"(?:召开|举行|举办|开幕|闭幕|开班|在[^，。；]{1,12}(?:召开|举行|举办|开幕|开班))")
    for meeting in meetings:
        if meeting.sentence_index > 3:
            break
        after = text[meeting.end:meeting.end + 14]
        before = text[max(0, meeting.start - 6):meeting.start]
        # 我区在博爱小学举办了2009年度社区专职工作者培训班: a training course is held by 举办
        if held.match(after) or re.search(r"(?:召开|举行|举办)(?:了)?$", before):
            return [meeting]
    # a meeting the title names, unless only its spirit is studied (传达学习党的二十大精神)
    title_meetings = [
        m for m in meetings
        if m.sentence_index == 0 and info.title and m.surface in info.title and not text[m.end:m.end + 2] == "精神"
    ]
    return title_meetings[:1]


# A body that pushes what follows in its clause: 市民政局全面推进“幸福民政”建设, 省委省政府部署实施…工程
_SUBJECT_VERB = re.compile(
    r"(?:[^，。；：]{0,12}?)(?:" + _PROMOTE.pattern + r"|提出|部署|确定|印发|出台|制定|牵头|负责|将|把|以|围绕|聚焦"
    # 市府除积极扩充关怀据点 / 市府持续扩大据点布建 / 市府持续发放敬老礼金，提供…补助: a government
    # that expands, gives out or provides runs what it expands, gives out or provides
    r"|扩充|扩大|布建|发放|提供"
    # 县委、县政府在某镇投资1026万元，建设…: a body that invests or raises the money builds what it pays for
    r"|投资|出资|筹资|筹措)"
)
# A leader who speaks: 刘赐贵在批示中指出，… / 王韻婷表示，要… / 局长王刚介绍，今年将推进…
_SPEAKER_VERB = re.compile(
    r"(?:同志)?(?:[^，。；]{0,4}?(?:长|书记|主任|主席))?(?:在[^，。；]{0,16})?(?:参加会议|出席会议|出席)?并?(?:指出|强调|表示|要求|希望|提出|说|批示|介绍)"
)
# a sentence that goes on with the last speaker's words: 要坚持…，深化…改革 / 希望各级民政部门…
# (下一步，要… / 新时代新征程，要…: a short phrase of time or transition may open it; one that names a
# speaker, 会议强调，要…, does not continue the leader's words)
_SPEECH_GOES_ON = re.compile(
    r"^(?:\s*)(?:(?:新时代新征程|新征程上|下一步|今后|今年|明年|当前|为此|\d{4}年)[，,])?(?:要|希望|必须|各级|全省|全市|全区|全县)")


_PROPOSED = re.compile(r"提出(?:的|了)?[“「]?$")


def proposing_bodies(text: str, program: Mention, local: list[Mention]) -> list[Mention]:
    """The bodies that put a program forward, written right before 提出的 and the name (县委、县政府提出的
    “产业年”, 省委提出的“两聚一高”): a list of bodies joined by 、/和/及 and nothing else.

    >>> from loaders.types import Mention
    >>> t = "民政工作要紧紧围绕县委、县政府提出的“产业年”要求。"
    >>> bodies = [Mention("Agency", "县委", "县委", 0, 9, 11, {}), Mention("Agency", "县政府", "县政府", 0, 12, 15, {})]
    >>> [b.name for b in proposing_bodies(t, Mention("Program", "产业年", "x", 0, 19, 22, {}), bodies)]
    ['县委', '县政府']
    >>> t = "县委书记在会上提出的“产业年”要求。"
    >>> proposing_bodies(t, Mention("Program", "产业年", "x", 0, 11, 14, {}), [Mention("Agency", "县委", "县委", 0, 0, 2, {})])
    []
    """
    before = _clause_before(text, program.start, 40, "，。；：\n")
    proposed = _PROPOSED.search(before)
    if proposed is None:
        return []
    position = program.start - len(before) + proposed.start()
    found: list[Mention] = []
    for body in sorted((m for m in local if m.label == "Agency" and m.end <= position), key=lambda m: -m.end):
        if not re.fullmatch(r"[、和及与]?", text[body.end:position]):
            break
        found.insert(0, body)
        position = body.start
    return found


def promoting_bodies(
    text: str,
    program: Mention,
    local: list[Mention],
    policies: list[Mention],
    person_orgs: dict[int, str],
    key,
) -> list[str]:
    """The bodies the program's sentence names as running it (keys).

    A body written before the program in its clause with a verb of pushing between
    (市民政局全面推进…), a body that opens the sentence and pushes what follows
    (省委省政府部署…，实施…工程), the bodies that issued a cited policy whose title
    holds the program (《中共吉林省委吉林省人民政府关于实施特困群体救助工程的意见》),
    and the body of a leader who speaks in the sentence (刘赐贵在批示中指出，…).

    >>> from loaders.types import Mention
    >>> s = "市民政局全面推进幸福民政建设，市人社局负责就业。"
    >>> body = Mention("Agency", "营口市民政局", "市民政局", 0, 0, 4, {})
    >>> other = Mention("Agency", "营口市人社局", "市人社局", 0, 15, 19, {})
    >>> program = Mention("Program", "幸福民政", "幸福民政", 0, 8, 12, {})
    >>> promoting_bodies(s, program, [body, other, program], [], {}, lambda m: m.name)
    ['营口市民政局']
    >>> s = "市民政局全面推进幸福民政建设，市人社局负责就业援助。"
    >>> late = Mention("Program", "就业援助", "就业援助", 0, 21, 25, {})
    >>> promoting_bodies(s, late, [body, other, late], [], {}, lambda m: m.name)
    ['营口市人社局']
    """
    out = acting_bodies(text, program, local, policies, key)
    for person in (m for m in local if m.label == "Person" and m.end <= program.start and id(m) in person_orgs):
        if _SPEAKER_VERB.match(text, person.end) and not re.search(r"[。；]", text[person.end:program.start]):
            out.append(person_orgs[id(person)])
        elif leaders_requirement(text, person, program):
            out.append(person_orgs[id(person)])  # 根据杨雄市长关于“大民政”格局要求: the mayor's government pushes it
    return list(dict.fromkeys(out))


def acting_bodies(text: str, program: Mention, local: list[Mention], policies: list[Mention], key) -> list[str]:
    """The bodies the program's sentence names as its subject (市民政局全面推进…), or as the issuers of a cited
    policy whose title holds it: the part of :func:`promoting_bodies` that is not a leader's speech.

    >>> from loaders.types import Mention
    >>> s = "近年来，湖州市福彩中心先后开展了福彩暖冬行动。"
    >>> body = Mention("Agency", "湖州市福彩中心", "湖州市福彩中心", 0, 4, 11, {})
    >>> acting_bodies(s, Mention("Program", "福彩暖冬行动", "x", 0, 17, 23, {}), [body], [], lambda m: m.name)
    ['湖州市福彩中心']
    """
    out: list[str] = []
    agencies = [m for m in local if m.label == "Agency" and m.end <= program.start]
    for policy in policies:
        if policy.start <= program.start and program.end <= policy.end:
            inside = [m for m in local if m.label == "Agency" and policy.start <= m.start and m.end <= program.start]
            if inside:
                return list(dict.fromkeys(key(m) for m in inside))
    subject = None
    for agency in agencies:
        between = text[agency.end:program.start]
        if len(between) <= 20 and not re.search(r"[，。；：]", between) and _PROMOTE.search(between):
            out.append(key(agency))
        elif not re.search(r"[。；]", between) and _SUBJECT_VERB.match(text, agency.end) and _opens_clause(text, agency) \
                and not _LEADER_AFTER_BODY.match(text, agency.end) and _clause_pushes(text, agency, program):
            subject = agency  # the nearest body that opens a clause before the program
    if subject is not None:
        # 前郭县委、县政府在…投资…建设…: every body of a subject list acts
        out += [key(body) for body in coordinated(text, subject, agencies)]
    # “幸福食堂”工程由市民政局牵头实施: the agent 由 names after the program
    out += [key(body) for body in agents_after(text, program, local)]
    return list(dict.fromkeys(out))


# a leader's title right after a body (县委书记在会上提出…): the person is the subject, not the body
_LEADER_AFTER_BODY = re.compile(r"(?:党组|党委)?(?:常务)?副?(?:书记|主任|局长|厅长|部长|县长|市长|区长|省长|主席|处长|科长|署长)")
# what a later clause does to the program its subject pushes (…，建设社会福利中心; …，部署开展…; …，将…纳入…)
_CLAUSE_PUSHES = re.compile(_PROMOTE.pattern + r"|部署|纳入|将|把|围绕|聚焦|牵头|负责")


def _clause_pushes(text: str, subject: Mention, program: Mention) -> bool:
    """Whether a subject written clauses before the program reaches it: the program's own clause pushes it
    (县委、县政府在某镇投资800万元，建设社会福利中心项目), not a clause that only compares or cites it (某局实施“甲”
    工程，做法与某市“乙”项目形成呼应). A program in the subject's own clause is always reached.

    >>> from loaders.types import Mention
    >>> t = "某局实施甲工程，做法与某市乙项目形成呼应。"
    >>> body = Mention("Agency", "某局", "某局", 0, 0, 2, {})
    >>> _clause_pushes(t, body, Mention("Program", "乙项目", "x", 0, 13, 16, {}))
    False
    >>> _clause_pushes(t, body, Mention("Program", "甲工程", "x", 0, 4, 7, {}))
    True
    >>> t = "县委在某镇投资800万元，建设社会福利中心项目。"
    >>> _clause_pushes(t, Mention("Agency", "某县委", "县委", 0, 0, 2, {}), Mention("Program", "社会福利中心项目", "x", 0, 15, 23, {}))
    True
    """
    cut = max(text.rfind("，", subject.end, program.start), text.rfind("：", subject.end, program.start))
    return cut < 0 or _CLAUSE_PUSHES.search(text, cut, program.start) is not None


# after a program: 由 and the body, then a verb of leading or running it (由市民政局牵头实施, 由县民政局负责)
_AGENT_AFTER = re.compile(r"[”」]?[^，。；：“”「」]{0,6}?由")
_AGENT_VERB = re.compile(r"(?:[、和与及][^，。；]{1,16}?)?(?:共同|联合|具体)?(?:牵头|负责|主办|承办|组织|实施|推进|统筹|主导)")


def agents_after(text: str, program: Mention, local: list[Mention]) -> list[Mention]:
    """The bodies a passive 由 names as the program's agent right after it (“幸福食堂”工程由市民政局牵头实施;
    该项目由县民政局、县财政局共同负责), each with the bodies listed with it.

    >>> from loaders.types import Mention
    >>> t = "“幸福食堂”工程由市民政局牵头实施。"
    >>> p, b = Mention("Program", "幸福食堂工程", "x", 0, 1, 8, {}), Mention("Agency", "某市民政局", "市民政局", 0, 9, 13, {})
    >>> [m.name for m in agents_after(t, p, [p, b])]
    ['某市民政局']
    >>> t = "“幸福食堂”工程由市民政局授牌命名。"
    >>> agents_after(t, p, [p, b])
    []
    """
    bodies = sorted((m for m in local if m.label == "Agency" and m.start >= program.end), key=lambda m: m.start)
    if not bodies or not _AGENT_AFTER.fullmatch(text, program.end, bodies[0].start):
        return []
    listed = coordinated(text, bodies[0], bodies)
    return listed if _AGENT_VERB.match(text, listed[-1].end) else []


_COORDINATION = re.compile(r"[、和与及]|、?以及")


def coordinated(text: str, body: Mention, agencies: list[Mention]) -> list[Mention]:
    """``body`` and the bodies written with it as one list (县委、县政府 / 国家卫生健康委员会、全国老龄办), in text
    order: only 、/和/与/及 stand between each and the next.

    >>> from loaders.types import Mention
    >>> t = "今年，某县委、县政府和县民政局在某镇建设社会福利中心。"
    >>> ms = [Mention("Agency", n, s, 0, a, b, {}) for n, s, a, b in
    ...       (("某县委", "某县委", 3, 6), ("某县人民政府", "县政府", 7, 10), ("某县民政局", "县民政局", 11, 15))]
    >>> [m.name for m in coordinated(t, ms[0], ms)], [m.name for m in coordinated(t, ms[2], ms)]
    (['某县委', '某县人民政府', '某县民政局'], ['某县委', '某县人民政府', '某县民政局'])
    >>> t = "某县委召开会议，县政府在某镇建设社会福利中心。"
    >>> ms = [Mention("Agency", "某县委", "某县委", 0, 0, 3, {}), Mention("Agency", "某县人民政府", "县政府", 0, 8, 11, {})]
    >>> [m.name for m in coordinated(t, ms[1], ms)]
    ['某县人民政府']
    """
    return [*reversed(_listed_beside(text, body, agencies, after=False)), body, *_listed_beside(text, body, agencies, after=True)]


def _listed_beside(text: str, body: Mention, agencies: list[Mention], after: bool) -> list[Mention]:
    """The bodies listed right after (or before) ``body``, nearest first: one pass over the bodies on that side."""
    side = [a for a in agencies if (a.start >= body.end if after else a.end <= body.start)]
    out: list[Mention] = []
    last = body
    for other in sorted(side, key=lambda a: a.start, reverse=not after):
        gap = (last.end, other.start) if after else (other.end, last.start)
        if not _COORDINATION.fullmatch(text, *gap):
            break
        out.append(other)
        last = other
    return out


def joint_issuers(issuing_body: str, issuer: Mention, agencies: list[Mention]) -> list[Mention]:
    """The other bodies the metadata names as the page's issuers together with ``issuer``, in one list before its
    note (渭源县委、县政府（…）, 浙江省民政厅、吉林省民政厅). A body after a slash is an alternative reading of who
    published the page (县人民政府/县民政局), not a co-issuer.

    >>> from loaders.types import Mention
    >>> a, b = Mention("Agency", "某县委", "县委", 0, 0, 2, {}), Mention("Agency", "某县人民政府", "县政府", 0, 3, 6, {})
    >>> [m.name for m in joint_issuers("某县委、县政府（县委书记批示，县长讲话）", b, [a, b])]
    ['某县委']
    >>> joint_issuers("某县人民政府/某县委（县名未注明）", b, [a, b])
    []
    >>> joint_issuers("某县人民政府（县委书记、县长出席）", b, [a, b])
    []
    >>> c, d = Mention("Agency", "某省民政厅", "某省民政厅", 0, 0, 5, {}), Mention("Agency", "乙省人民政府", "乙省", 0, 6, 8, {})
    >>> [m.name for m in joint_issuers("某省民政厅、乙省民政厅", c, [c, d])]
    []
    """
    head = _METADATA_NOTE.split(issuing_body, maxsplit=1)[0]
    part = next((piece for piece in head.split("/") if issuer.name in piece or issuer.surface in piece), "")
    items = set(part.split("、"))
    if len(items) < 2:
        return []
    # a body written as one whole item of the list (吉林省 inside 吉林省民政厅 is no issuer of its own)
    return list({a.name: a for a in agencies
                 if a.name != issuer.name and (a.name in items or a.surface in items)}.values())


# a sentence that goes on with the last one's subject: 同时积极串联… / 现行相关政策包括… / 此外，还将推出…
_GOES_ON = re.compile(
    r"(?:同时|此外|另外|并且?|亦|也|还|另|现行相关(?:政策|措施)|现行(?:政策|措施)|相关(?:政策|措施))[，,]?"
    r"(?:积极|持续|进一步|大力|全力|也|还|亦|将|更|已|正|陆续|先后|同步){0,2}"
    r"(?:推动|推出|推行|推广|办理|开办|开展|实施|串联|整合|透过|通过|包括|设立|成立|启动|打造|建设|规划|引进|提供)"
)
# what a body does when it opens a clause: an act, not words (社会局表示 / 局长指出 only report)
_SPEAKS = re.compile(r"[^，。；]{0,4}?(?:表示|指出|说|强调|认为|提到|介绍|透露|呼吁|提醒)")


def carried_subject(text: str, sentences: list[Sentence], program: Mention, by_sentence: dict, key) -> list[str]:
    """The body the previous sentence of the paragraph names as its acting subject, when the program's sentence
    goes on without a subject of its own (市府持续扩大据点布建…；同时积极串联…，共同推动“行动沙龙车”;
    县府也持续推动多项…措施。现行相关政策包括「…帐户」). A body that only speaks (社会局表示，…) is no subject.

    >>> from loaders.types import Mention, Sentence
    >>> t = "市府持续扩大据点布建；同时积极串联民间资源，共同推动行动沙龙车。"
    >>> sentences = [Sentence(0, t[:11], 0, 11), Sentence(1, t[11:], 11, len(t))]
    >>> body = Mention("Agency", "桃园市政府", "市府", 0, 0, 2, {})
    >>> program = Mention("Program", "行动沙龙车", "行动沙龙车", 1, t.index("行动沙龙车"), t.index("行动沙龙车") + 5, {})
    >>> carried_subject(t, sentences, program, {0: [body], 1: [program]}, lambda m: m.name)
    ['桃园市政府']
    >>> t = "社会局表示，长者人数快速成长；同时积极串联民间资源，共同推动行动沙龙车。"
    >>> sentences = [Sentence(0, t[:15], 0, 15), Sentence(1, t[15:], 15, len(t))]
    >>> body = Mention("Agency", "桃园市政府社会局", "社会局", 0, 0, 3, {})
    >>> program = Mention("Program", "行动沙龙车", "行动沙龙车", 1, t.index("行动沙龙车"), t.index("行动沙龙车") + 5, {})
    >>> carried_subject(t, sentences, program, {0: [body], 1: [program]}, lambda m: m.name)
    []
    """
    index = program.sentence_index
    if index == 0 or index >= len(sentences):
        return []
    sentence, previous = sentences[index], sentences[index - 1]
    if "\n" in text[previous.end:sentence.start] or not _GOES_ON.match(text, sentence.start):
        return []
    # the program's own sentence names nobody before it
    if any(m.label in ("Agency", "Person") and m.start < program.start for m in by_sentence.get(index, [])):
        return []
    subjects = [m for m in by_sentence.get(index - 1, []) if m.label == "Agency" and _opens_clause(text, m)
                and not _SPEAKS.match(text, m.end)]
    return [key(subjects[-1])] if subjects else []


# (陈某副市长对我市“造福工程”…的汇报 / 徐市长在肯定成绩的同时也就…试点建设…提出相关要求: the leader's own
# place may stand before the program, and a short 在…时/同时 phrase before 就)
_LEADERS_ABOUT = re.compile(
    r"(?:同志)?(?:副)?(?:[省市区县州]长|书记|主任|主席|[部厅局]长)?(?:在[^，。；]{0,12}(?:同时|时)[，,]?)?(?:也|还)?"
    r"(?:关于|对|就)(?:我[省市区县州]|本[省市区县])?[“「]?$")
_REQUIREMENT = re.compile(r"[”」]?[^，。；]{0,24}?(?:的)?(?:要求|部署|指示|批示|讲话精神|工作汇报|情况的汇报|的汇报)")


def leaders_requirement(text: str, person: Mention, program: Mention) -> bool:
    """A leader's requirement or instruction about the program (杨雄市长关于“大民政”格局要求): the leader's body runs it.

    >>> from loaders.types import Mention
    >>> t = "根据杨雄市长关于“大民政”格局要求，强化机构自信。"
    >>> leaders_requirement(t, Mention("Person", "杨雄", "杨雄", 0, 2, 4, {}), Mention("Program", "大民政", "大民政", 0, 9, 12, {}))
    True
    >>> t = "听取了陈某副市长对我市“造福工程”及灾后重建小区管理工作情况的汇报。"
    >>> leaders_requirement(t, Mention("Person", "陈某", "陈某", 0, 3, 5, {}), Mention("Program", "造福工程", "x", 0, 11, 15, {}))
    True
    >>> t = "徐某市长在肯定工作成绩的同时也就居家养老示范区试点建设、低保提标等工作提出相关要求。"
    >>> leaders_requirement(t, Mention("Person", "徐某", "徐某", 0, 0, 2, {}), Mention("Program", "居家养老示范区试点", "x", 0, 16, 25, {}))
    True
    >>> t = "杨雄市长关于“大民政”格局的文章发表。"
    >>> leaders_requirement(t, Mention("Person", "杨雄", "杨雄", 0, 0, 2, {}), Mention("Program", "大民政", "大民政", 0, 7, 10, {}))
    False
    """
    return bool(_LEADERS_ABOUT.fullmatch(text, person.end, program.start) and _REQUIREMENT.match(text, program.end))


# what may open a sentence before its subject: a time phrase (元旦当天， / 2024年以来， / 近期，)
_OPENING_TIME = re.compile(r"\s*(?:[^，。；“”]{0,10}?(?:当天|当日|期间|以来|近年来|近期|近日|目前|今年|年|月|日)，)?")
# what the place (or a unit of it: 救助站, 服务中心, 社区) does before the program: it runs or devises it
_PLACE_UNIT_ACTS = re.compile(r"推行|策划|打造|开展|实施|推出|创新|探索|创建|首创")
# …社区“一线三阵地”工作法荣获…: the unit's program wins an award
_PROGRAM_WINS = re.compile(r"[”」]?[^，。；]{0,6}?(?:荣获|获评|获得|入选)")


def other_place_runs(text: str, sentence: Sentence, program: Mention, local: list[Mention], own_place: str | None) -> bool:
    """Whether the program's sentence opens with a place other than the page's own that (or a unit of which)
    runs or devised it (某县推行“…”居家养老模式 / 元旦当天，某市救助站精心策划“…”主题活动 / 某区某街综合养老
    服务中心是…项目，通过打造“…服务圈” / 某市某区某街道某社区“…”工作法荣获…): the work of that place, which the page
    reports; its issuer does not run it. A project of a place that only stands there (某镇医院“…”项目内部装修基本完成)
    and the page's own place acting (本市推出…) keep the issuer.

    >>> from loaders.types import Mention, Sentence
    >>> t = "松阳县推行“五助一体”居家养老模式实现服务全覆盖。"
    >>> s, p = Sentence(0, t, 0, len(t)), Mention("Program", "五助一体居家养老模式", "x", 0, 6, 16, {})
    >>> other_place_runs(t, s, p, [Mention("Place", "松阳县", "松阳县", 0, 0, 3, {})], "丽水市")
    True
    >>> other_place_runs(t, s, p, [Mention("Place", "松阳县", "松阳县", 0, 0, 3, {})], "松阳县")
    False
    >>> t = "元旦当天，南平市救助站精心策划“新年暖心”主题活动。"
    >>> s, p = Sentence(0, t, 0, len(t)), Mention("Program", "新年暖心", "x", 0, 16, 20, {})
    >>> other_place_runs(t, s, p, [Mention("Place", "南平市", "南平市", 0, 5, 8, {})], "福建省")
    True
    >>> t = "双楼镇中心医院“颐乐公社”项目内部装修基本完成。"
    >>> s, p = Sentence(0, t, 0, len(t)), Mention("Program", "颐乐公社", "x", 0, 8, 12, {})
    >>> other_place_runs(t, s, p, [Mention("Place", "双楼镇", "双楼镇", 0, 0, 3, {})], "海安市")
    False
    >>> t = "某市东风街道向阳社区“一线三阵地”工作法荣获全省优秀社区工作法。"
    >>> s, p = Sentence(0, t, 0, len(t)), Mention("Program", "一线三阵地工作法", "x", 0, 11, 16, {})
    >>> other_place_runs(t, s, p, [Mention("Place", "东风街道", "东风街道", 0, 2, 6, {})], "合肥市")
    True
    """
    opening = _OPENING_TIME.match(text, sentence.start, program.start)
    start = opening.end() if opening else sentence.start
    places = sorted((m for m in local if m.label == "Place" and start <= m.start and m.end <= program.start), key=lambda m: m.start)
    bodies = [(m.start, m.end) for m in local if m.label == "Agency"]
    if not places or places[0].start - start > 3:
        return False  # the sentence does not open with a place (a 2-character placeholder may stand before one)
    # the most specific place of the opening chain: places joined by at most a short unplaced name (合肥市XX区七里站街道)
    subject = places[0]
    for following in places[1:]:
        if following.start - subject.end > 3 or re.search(r"[，。；、“”「」]", text[subject.end:following.start]):
            break
        subject = following
    if subject.name == own_place or any(s <= subject.start and subject.end <= e for s, e in bodies):
        return False
    between = text[subject.end:program.start]
    if len(between) > 60 or re.search(r"[。；：]", between):
        return False
    return _PLACE_UNIT_ACTS.search(between) is not None or _PROGRAM_WINS.match(text, program.end) is not None


def _received_award(text: str, program: Mention) -> bool:
    """An award the text says someone won (荣获「金点英雄奖」): the document's issuer does not run it.

    >>> from loaders.types import Mention
    >>> _received_award("协会荣获「银龄之星奖」", Mention("Program", "银龄之星奖", "x", 0, 5, 10, {}))
    True
    >>> _received_award("开展「银龄之星奖」评选", Mention("Program", "银龄之星奖", "x", 0, 3, 8, {}))
    False
    >>> _received_award("做好改革创新奖申报工作", Mention("Program", "改革创新奖", "x", 0, 2, 7, {}))
    True
    >>> _received_award("邻里项目入围第三届社区创新奖", Mention("Program", "社区创新奖", "x", 0, 9, 14, {}))
    True
    >>> _received_award("我省荣获全国社会工作服务示范社区命名", Mention("Program", "全国社会工作服务示范社区", "x", 0, 4, 16, {}))
    True
    >>> _received_award("创建全国社会工作服务示范社区", Mention("Program", "全国社会工作服务示范社区", "x", 0, 2, 14, {}))
    False
    """
    won = re.search(r"(?:荣获|获得|获颁|获评|被评为|被命名为|获)[^，。；]{0,10}$", text[max(0, program.start - 16):program.start])
    if program.name.endswith("奖"):
        # a project short-listed for an award (项目入围第二届…奖) has not won it, nor does its body run it
        won = won or re.search(r"(?:入围|入选)[^，。；]{0,6}$", text[max(0, program.start - 12):program.start])
        # 改革创新奖申报工作: an award applied for is not run either
        return bool(won) or text.startswith("申报", program.end)
    # 我省荣获全国社会工作服务示范社区和单位命名: a title of honour received, not a program run
    return bool(won) and re.search(r"(?:示范|先进|标兵|模范)[\u4e00-\u9fff]{0,4}$", program.name) is not None


_COMPARED_WITH = re.compile(r"(?:与|同|学习|借鉴|参照|对标|考察|复制)$")


_DIRECTIVE_OPENER = re.compile(r"围绕|紧扣|按照|遵照|依照|根据|对照|对标|贯彻|落实")
_DIRECTIVE_CLOSER = re.compile(r"[”」]?[^，。；：“”]{0,6}?(?:总目标|目标要求|主题主线|主线|要求|部署|精神|战略)(?![\u4e00-\u9fff]*(?:行动|工程|计划|项目))")


# 按照山东民政“1261”行动计划和全市“三提三争”活动要求: the requirement closes a coordinated list of directives,
# so the names before the last one are followed too (the list stays inside one clause)
_COORDINATED_DIRECTIVE = re.compile(r"[”」]?(?:和|及|以及|与|、)[^，。；：]{0,24}?" + _DIRECTIVE_CLOSER.pattern)


def followed_directive(text: str, program: Mention) -> bool:
    """The name stands in a clause that follows a directive from above (紧紧围绕省委“两聚一高”总目标,
    按照“1261”行动计划和全市“三提三争”活动要求, 紧扣…打造“重要窗口”主题主线): a goal or requirement the
    issuer obeys, not a program it runs.

    >>> from loaders.types import Mention
    >>> t = "今年要紧紧围绕省委“两聚一高”总目标，开展“暖心帮”行动。"
    >>> followed_directive(t, Mention("Program", "两聚一高", "x", 0, 11, 15, {}))
    True
    >>> followed_directive(t, Mention("Program", "暖心帮行动", "x", 0, 24, 27, {}))
    False
    >>> t = "希望根据市长关于“大民政”格局要求，整合资源。"
    >>> followed_directive(t, Mention("Program", "大民政格局", "x", 0, 10, 13, {}))
    False
    >>> t = "围绕群众需求，深化“时间银行”互助养老。"
    >>> followed_directive(t, Mention("Program", "时间银行", "x", 0, 10, 14, {}))
    False
    >>> t = "按照省厅“暖心行动”和全市“双争”活动要求，统筹推进。"
    >>> followed_directive(t, Mention("Program", "暖心行动", "x", 0, 5, 9, {}))
    True
    >>> t = "落实“时间银行”和“爱心超市”建设任务。"
    >>> followed_directive(t, Mention("Program", "时间银行", "x", 0, 3, 7, {}))
    False
    """
    before = _clause_before(text, program.start, 40, "，。；：\n")
    # 根据杨雄市长关于“大民政”格局要求: a leader's requirement about a program is the issuer's work (leaders_requirement)
    return bool(_DIRECTIVE_OPENER.search(before) and "关于" not in before
                and (_DIRECTIVE_CLOSER.match(text, program.end) or _COORDINATED_DIRECTIVE.match(text, program.end)))


def _clause_before(text: str, start: int, window: int, stops: str) -> str:
    """The text between the last of ``stops`` in the ``window`` characters before ``start`` and ``start``.

    >>> _clause_before("积极开展就业帮扶，助力“双招双引”", 12, 24, "，。")
    '助力“'
    """
    opening = max(0, start - window)
    return text[opening + max((i + 1 for i, ch in enumerate(text[opening:start]) if ch in stops), default=0):start]


# a clause that opens by serving another body's goal: 助力“双招双引” / 五是服务于“四季康养园”建设 / 为打响“…”城市品牌
_SERVES_GOAL = re.compile(r"(?:[一二三四五六七八九十]是|同时|并|积极|全力|主动)?(?:助力|服务于|服务保障|融入|为打响)[^，。；：“”「」]{0,8}[“「]?$")


# a clause that closes a plan's paragraph with the goal it serves: 为绍兴“五创四进”谱写新篇章贡献民政力量 /
# 为建设“…”作出新贡献 (the 为-phrase opens the clause, the verb of contributing closes it)
_FOR_GOAL_OPENER = re.compile(r"^(?:[一二三四五六七八九十]是|并|努力|全力|奋力|更好)?为[^，。；：“”「」]{0,10}[“「]?$")
_FOR_GOAL_CLOSER = re.compile(r"[”」][^，。；]{0,40}?(?:贡献|谱写|作出|保驾护航|提供(?:有力)?(?:保障|支撑))")


def served_goal(text: str, program: Mention) -> bool:
    """The name is a goal the issuer's clause serves (积极开展…帮扶，助力“双招双引” / 五是服务于“四季康养园”建设 /
    为打响“…”城市品牌): another body's campaign the issuer contributes to, not a program it runs. Only when the
    clause opens with the verb of serving: in 动员社会组织助力“暖冬行动” the groups help the issuer's own campaign.

    >>> from loaders.types import Mention
    >>> t = "积极开展就业帮扶，助力“双招双引”。"
    >>> served_goal(t, Mention("Program", "双招双引", "x", 0, 12, 16, {}))
    True
    >>> t = "五是服务于“四季康养园”建设，构建养老服务体系。"
    >>> served_goal(t, Mention("Program", "四季康养园", "x", 0, 6, 11, {}))
    True
    >>> t = "动员社会组织助力“暖冬行动”，走访困难群众。"
    >>> served_goal(t, Mention("Program", "暖冬行动", "x", 0, 9, 13, {}))
    False
    >>> t = "市民政局全面推进“时间银行”建设。"
    >>> served_goal(t, Mention("Program", "时间银行", "x", 0, 9, 13, {}))
    False
    >>> t = "为宝鸡“三城联创”谱写新篇章贡献民政力量。"
    >>> served_goal(t, Mention("Program", "三城联创", "x", 0, 4, 8, {}))
    True
    >>> t = "为困难老人提供“助餐上门”服务。"
    >>> served_goal(t, Mention("Program", "助餐上门", "x", 0, 8, 12, {}))
    False
    """
    before = _clause_before(text, program.start, 24, "，。；：\n、")
    if _SERVES_GOAL.match(before.lstrip()) is not None:
        return True
    clause = _clause_before(text, program.start, 16, "，。；：\n")
    return bool(_FOR_GOAL_OPENER.search(clause.lstrip()) and _FOR_GOAL_CLOSER.match(text, _quote_end(text, program)))


_TO_CLOSING_QUOTE = re.compile(r"[^”」，。；]{0,12}(?=[”」])")


def _quote_end(text: str, program: Mention) -> int:
    """Where the quotation holding the name closes (the name may stop before it: “1+2+3+5”工作体系)."""
    close = _TO_CLOSING_QUOTE.match(text, program.end)
    return close.end() if close else program.end


def run_elsewhere(text: str, program: Mention, local: list[Mention]) -> bool:
    """The program is another place's, cited as a model or a comparison (与深圳市宝安区“深护童心”项目
    形成呼应, 学习嘉兴市“红船帮帮”做法): the issuer of the document does not run it.

    >>> from loaders.types import Mention
    >>> t = "做法与嘉兴市“红船帮帮”项目形成呼应。"
    >>> place = Mention("Place", "嘉兴市", "嘉兴市", 0, 3, 6, {})
    >>> program = Mention("Program", "红船帮帮", "红船帮帮", 0, 7, 11, {})
    >>> run_elsewhere(t, program, [place, program])
    True
    >>> run_elsewhere("在嘉兴市“红船帮帮”项目中推广。", Mention("Program", "红船帮帮", "x", 0, 5, 9, {}), [Mention("Place", "嘉兴市", "x", 0, 1, 4, {})])
    False
    >>> t = "分别是甲县“暖心帮”、乙县“善行乙县”等品牌。"
    >>> a, b = (Mention("Program", n, n, 0, t.index(n), t.index(n) + len(n), {}) for n in ("暖心帮", "善行乙县"))
    >>> ps = [Mention("Place", n, n, 0, t.index(n), t.index(n) + 2, {}) for n in ("甲县", "乙县")]
    >>> run_elsewhere(t, a, [*ps, a, b]), run_elsewhere(t, b, [*ps, a, b])
    (True, True)
    >>> t = "甲县深化“暖心帮”建设。"
    >>> run_elsewhere(t, Mention("Program", "暖心帮", "x", 0, 5, 8, {}), [Mention("Place", "甲县", "x", 0, 0, 2, {})])
    False
    """
    before = [m for m in local if m.label == "Place" and m.end <= program.start and program.start - m.end <= 2]
    if not before:
        return False
    first = min(before, key=lambda m: m.start)
    chain = [m for m in local if m.label == "Place" and m.end <= first.start and first.start - m.end == 0]
    opening = min([first, *chain], key=lambda m: m.start)
    if _COMPARED_WITH.search(text[max(0, opening.start - 4):opening.start]):
        return True
    # 济南市钢城区“钢暖心”、青岛市李沧区“李即救”…等县级品牌: one item of a list of places' own programs
    # (a place joined to the one before or the one after) is run by its place, not by the list's issuer
    joined_before = text[opening.start - 2:opening.start] in _PLACED_LIST_JOINS or text[opening.start - 1:opening.start] in ("、", "和", "及")
    next_place = any(m.label == "Place" and program.end <= m.start <= program.end + 2
                     and text[program.end:m.start] in _PLACED_LIST_JOINS for m in local)
    return bool(joined_before and any(text[m.end:m.end + 1] in ("”", "」") for m in local
                                      if m.label == "Program" and m.end <= opening.start and opening.start - m.end <= 2)
                or next_place)


# what joins two items of a list of places' programs: a closed quote and 、 or 和
_PLACED_LIST_JOINS = frozenset({"”、", "」、", "”和", "」和", "”及", "、", "和"})


def _opens_clause(text: str, agency: Mention) -> bool:
    """The body is the subject: it opens the sentence or clause (after a date or 近日), or is the agent 由 names
    (由市民政局牵头，…实施…).

    >>> from loaders.types import Mention
    >>> texts = ("工作动态\\n今年以来，由市民政局牵头，全面实施幸福食堂工程。", "工作动态\\n3月5日市民政局启动幸福食堂工程。",
    ...          "会议听取了市民政局的汇报。")
    >>> [_opens_clause(t, Mention("Agency", "某市民政局", "市民政局", 0, t.index("市民政局"), t.index("市民政局") + 4, {}))
    ...  for t in texts]
    [True, True, False]
    """
    before = text[max(0, agency.start - 14):agency.start]
    clause = re.split(r"[，。；：\n]", before)[-1]
    return not clause or bool(re.fullmatch(r"(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:上午|下午)?(?:，)?|近日|近年来|今年以来|日前|同时|此外|[和、与及]|中共|由", clause))


def name_owners(program: Mention, starting: list[Mention]) -> list[Mention]:
    """The bodies whose name opens the program's name (民政部救助管理区域性中心试点, 卫生福利部长照服务发展基金
    一般性奖助计划): the program is that body's own, whichever page reports it. A body written inside the name
    further on (某市“民政局长接待日”) or the whole name being a body is no owner. ``starting``: the bodies to
    look at (those that start where the program does).

    >>> from loaders.types import Mention
    >>> program = Mention("Program", "民政部救助管理区域性中心试点", "x", 0, 10, 24, {})
    >>> [m.name for m in name_owners(program, [Mention("Agency", "民政部", "民政部", 0, 10, 13, {})])]
    ['民政部']
    >>> name_owners(program, [Mention("Agency", "民政部", "民政部", 0, 2, 5, {})])
    []
    >>> project = Mention("Program", "某区敬老院改扩建项目", "x", 0, 0, 10, {})  # the institution built, not its owner
    >>> name_owners(project, [Mention("Agency", "某区敬老院", "某区敬老院", 0, 0, 5, {})])
    []
    """
    return [m for m in starting if m.label == "Agency" and m.start == program.start and m.end < program.end
            and m.sentence_index == program.sentence_index and _ADMINISTRATION.search(m.name)]


# a body that administers (民政部, 省民政厅, 卫生福利部, 市老龄委, 县政府), not an institution a project builds (敬老院)
_ADMINISTRATION = re.compile(r"(?:部|厅|局|委|办|署|政府|委员会)$")


def _inside_policy(program: Mention, policies: list[Mention]) -> bool:
    return any(p.start <= program.start and program.end <= p.end for p in policies)


def _person_org_keys(relator: "Relator", persons: list[Mention], key) -> dict[int, str]:
    """Each person mention with an org: the key of the Agency node of that org."""
    out = {}
    for person in persons:
        org = person.properties.get("org")
        if org:
            agency_key = node_key("Agency", org)
            if agency_key in relator.nodes:
                out[id(person)] = agency_key
    return out


# A work plan's note of who leads an item: （市民政局牵头，各区政府负责落实） / （市财政局、市民政局负责）, or a
# 责任单位/牵头单位 field. Bodies after 配合/参与/协助 only help.
_DUTY_NOTE = re.compile(r"[（(](?P<body>[^（）()\n]{2,160}?)[）)]")
_DUTY_FIELD = re.compile(r"(?:牵头单位|责任单位|牵头部门|责任部门|主责单位|负责单位|负责部门|牵头处室|责任处室)[：:]\s*(?P<body>[^；;。\n）)]{2,120})")
_LEAD_WORD = re.compile(r"牵头|负责|主责")
_HELPERS = re.compile(r"配合|参与|协助|协同|支持")


def responsible_bodies(text: str, agencies: list[Mention], programs: list[Mention]) -> dict[int, list[Mention]]:
    r"""id(program) -> the bodies a work plan's note or field names as leading the item the program is in:
    the programs written before the note in its line (or in the line above a note that opens its own line).
    A note's lead bodies are those before its first 牵头/负责; a 责任单位/牵头单位 field names them all.
    One pass over the notes, agencies and programs in text order: linear.

    >>> from loaders.types import Mention
    >>> t = "1.健全养老服务清单制度。发布清单。（市民政局牵头，市财政局配合）\n2.推进“银龄安康”行动。"
    >>> def at(label, name, surface): return Mention(label, name, surface, 0, t.index(surface), t.index(surface) + len(surface), {})
    >>> bureau, finance = at("Agency", "青岛市民政局", "市民政局"), at("Agency", "青岛市财政局", "市财政局")
    >>> lists, later = at("Program", "养老服务清单制度", "养老服务清单制度"), at("Program", "银龄安康行动", "银龄安康")
    >>> found = responsible_bodies(t, [bureau, finance], [lists, later])
    >>> [m.name for m in found[id(lists)]], id(later) in found
    (['青岛市民政局'], False)
    >>> t = "推进“银龄安康”行动。\n责任单位：市民政局、市卫健委"
    >>> bodies = [at("Agency", "青岛市民政局", "市民政局"), at("Agency", "青岛市卫生健康委员会", "市卫健委")]
    >>> program = at("Program", "银龄安康行动", "银龄安康")
    >>> [m.name for m in responsible_bodies(t, bodies, [program])[id(program)]]
    ['青岛市民政局', '青岛市卫生健康委员会']
    >>> t = "1.实施“银龄安康”行动。（市民政局牵头）2.推进“智慧助老”工程。（市财政局牵头）"
    >>> first, second = at("Program", "银龄安康行动", "银龄安康"), at("Program", "智慧助老工程", "智慧助老")
    >>> found = responsible_bodies(t, [at("Agency", "青岛市民政局", "市民政局"), at("Agency", "青岛市财政局", "市财政局")], [first, second])
    >>> [m.name for m in found[id(first)]], [m.name for m in found[id(second)]]
    (['青岛市民政局'], ['青岛市财政局'])
    >>> t = "推进“银龄安康”行动（2023年底前完成）。"
    >>> responsible_bodies(t, [], [Mention("Program", "银龄安康行动", "x", 0, 2, 10, {})])
    {}
    """
    if not agencies or not programs:
        return {}
    from bisect import bisect_left

    ordered_agencies = sorted(agencies, key=lambda m: m.start)
    agency_starts = [m.start for m in ordered_agencies]
    ordered_programs = sorted(programs, key=lambda m: m.start)
    program_starts = [m.start for m in ordered_programs]
    out: dict[int, list[Mention]] = {}
    spans = [(m.start("body"), m.end("body"), False) for m in _DUTY_NOTE.finditer(text) if _LEAD_WORD.search(m.group("body"))]
    # 六、“解忧暖心”行动关爱帮扶特殊困难群体（钟楼区民政局）: a note that is nothing but bodies credits the item to them
    spans += [(m.start("body"), m.end("body"), True) for m in _DUTY_NOTE.finditer(text)
              if not _LEAD_WORD.search(m.group("body"))
              and _only_bodies(m.group("body"), m.start("body"), ordered_agencies, agency_starts)]
    spans += [(m.start("body"), m.end("body"), True) for m in _DUTY_FIELD.finditer(text)]
    previous_end = 0
    for start, end, whole in sorted(spans):
        inside = ordered_agencies[bisect_left(agency_starts, start):bisect_left(agency_starts, end)]
        if not whole:
            lead_at = _LEAD_WORD.search(text, start, end)
            inside = [m for m in inside if m.end <= lead_at.start()]
        helper = _HELPERS.search(text, start, end)
        leads = [m for m in inside if helper is None or m.end <= helper.start()]
        # 责任单位:临空航空口岸局: a field naming a body the agency rules do not know still names the item's runner
        named_unknown = whole and not inside and _BODY_CELL.match(text, start) is not None
        if not leads and not named_unknown:
            continue
        # the item: the line the note closes, or the line above a note that opens its own line
        line_start = text.rfind("\n", 0, start) + 1
        opener = re.sub(r"(?:牵头单位|责任单位|牵头部门|责任部门|主责单位|负责单位|负责部门|牵头处室|责任处室)[：:]\s*$|[（(]$", "", text[line_start:start]).strip()
        if not opener and line_start > 0:
            item_end = line_start - 1
            item_start = text.rfind("\n", 0, item_end) + 1
        else:
            # 1.…（市民政局牵头）2.…（市财政局牵头）: on one line, an item starts after the note before it, so each
            # program is looked at by one note only (linear)
            item_start, item_end = max(line_start, previous_end), start
        previous_end = end
        for program in ordered_programs[bisect_left(program_starts, item_start):bisect_left(program_starts, item_end)]:
            out.setdefault(id(program), []).extend(m for m in leads if m not in out.get(id(program), []))
    return out


def credit_note_spans(text: str, agencies: list[Mention]) -> list[tuple[int, int]]:
    """The spans of the bracketed notes that hold only bodies' names (…（钟楼区民政局）), in text order."""
    ordered = sorted(agencies, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    return [(m.start("body"), m.end("body")) for m in _DUTY_NOTE.finditer(text)
            if not _LEAD_WORD.search(m.group("body")) and _only_bodies(m.group("body"), m.start("body"), ordered, starts)]


def _only_bodies(body: str, offset: int, ordered_agencies: list[Mention], agency_starts: list[int]) -> bool:
    """Whether a bracketed note holds only the names of bodies (and 、 between them).

    >>> from loaders.types import Mention
    >>> t = "（甲区民政局、乙县民政局）"
    >>> bodies = [Mention("Agency", n, n, 0, t.index(n), t.index(n) + len(n), {}) for n in ("甲区民政局", "乙县民政局")]
    >>> _only_bodies(t[1:-1], 1, bodies, [b.start for b in bodies])
    True
    >>> _only_bodies("甲区民政局供稿", 1, bodies[:1], [1])
    False
    """
    from bisect import bisect_left

    inside = ordered_agencies[bisect_left(agency_starts, offset):bisect_left(agency_starts, offset + len(body))]
    if not inside or inside[-1].end > offset + len(body):
        return False
    rest, at = [], offset
    for agency in inside:
        rest.append(body[at - offset:agency.start - offset])
        at = agency.end
    rest.append(body[at - offset:])
    return all(part in ("", "、", "，", "和", "及") for part in rest)


# A task table laid out one cell a line (序号 / 事项名称 / 项目内容 / 牵头单位 / 协同单位, then each row's cells):
# a header line that is a unit column's name, and a line that is only the row's number.
_UNIT_HEADER = re.compile(r"(?:牵头|责任|协同|配合|协办|主办|负责)(?:单位|部门)")
_LEAD_HEADER = re.compile(r"(?:牵头|主办)(?:单位|部门)")
_ROW_NUMBER = re.compile(r"\s*\d{1,3}\s*")
_SOLE_UNIT_HEADER = re.compile(r"(?:责任|负责)(?:单位|部门)")
# a cell or field naming bodies the agency rules may not know: 区行政服务中心、区深改服务中心 / 临空航空口岸局
# (a 中心 only with a level before it: 区行政服务中心 leads, 区级老年活动中心 is a facility to build)
_BODY_ITEM = (r"(?:[\u4e00-\u9fff（）()]{1,16}?(?:局|委员会|委|办公室|办|管委会|政府|总工会|妇联|残联|团区委|团县委|团市委)"
              r"|[省市县区镇乡](?![级域])[\u4e00-\u9fff]{1,12}?中心)")
_BODY_CELL = re.compile(r"(?:" + _BODY_ITEM + r"[、，,\s]*)+")
_ONE_BODY = re.compile(_BODY_ITEM)
_BODY_LONGEST = 19  # 16 characters and 管委会 / 委员会 / 总工会


def body_cell(cell: str) -> bool:
    """Whether a table cell is made only of bodies and separators: what ``_BODY_CELL.fullmatch(cell)`` says,
    read by marking the ends each body can reach (bodies written without a separator between, 局局局…, split
    in exponentially many ways under fullmatch: 12 s for 40 characters), each start trying at most 19 ends.

    >>> body_cell("区行政服务中心、区深改服务中心"), body_cell("临空航空口岸局"), body_cell("区民政局区财政局")
    (True, True, True)
    >>> body_cell("区级老年活动中心"), body_cell("区民政局负责"), body_cell("")
    (False, False, False)
    """
    reached = [False] * (len(cell) + 1)
    reached[0] = True
    for start in range(len(cell)):
        if not reached[start]:
            continue
        for end in range(start + 2, min(len(cell), start + _BODY_LONGEST) + 1):
            if _ONE_BODY.fullmatch(cell, start, end):
                # (no body opens with a separator: the run of them after a body is skipped whole)
                while end < len(cell) and (cell[end] in "、，," or cell[end].isspace()):
                    end += 1
                reached[end] = True
    return bool(cell) and reached[len(cell)]
_CELL_SEPARATORS = re.compile(r"[\s、，,；;/]")


def column_table_leads(text: str, agencies: list[Mention], programs: list[Mention]) -> dict[int, list[Mention]]:
    r"""id(program) -> the bodies in the lead column of the task-table row the program is in, for a table written
    one cell a line: the header's unit columns (牵头单位, 协同单位, 责任单位) say whether the lead cell is the
    row's first or last cell made only of bodies; a line holding only a number opens each row. One pass: linear.

    >>> from loaders.types import Mention
    >>> t = "序号\n\n事项名称\n\n牵头单位\n\n协同单位\n\n1\n\n“娃有所托”工程\n\n区教体局\n\n区妇联\n\n区总工会\n\n2\n\n献血屋建设\n\n区卫健局\n"
    >>> def at(label, name, surface, n=1):
    ...     i = -1
    ...     for _ in range(n): i = t.index(surface, i + 1)
    ...     return Mention(label, name, surface, 0, i, i + len(surface), {})
    >>> lead, women, union = at("Agency", "金东区教体局", "区教体局"), at("Agency", "金东区妇联", "区妇联"), at("Agency", "金东区总工会", "区总工会")
    >>> program = at("Program", "娃有所托工程", "“娃有所托”工程")
    >>> [m.name for m in column_table_leads(t, [lead, women, union, at("Agency", "金东区卫健局", "区卫健局")], [program])[id(program)]]
    ['金东区教体局']
    >>> t = "序号\n事项\n责任单位\n牵头单位\n14\n深入实施“一件事”集成改革。\n区行政服务中心、区发改局\n区行政服务中心\n15\n"
    >>> program = at("Program", "一件事", "“一件事”")
    >>> found = column_table_leads(t, [at("Agency", "莲都区行政服务中心", "区行政服务中心"), at("Agency", "莲都区发改局", "区发改局"),
    ...                                at("Agency", "莲都区行政服务中心", "区行政服务中心", 2)], [program])
    >>> [(m.name, m.start) for m in found[id(program)]]
    [('莲都区行政服务中心', 47)]

    A table whose only unit column is 责任单位 (or 负责单位) names the leads there:

    >>> t = "序号\n工作任务\n责任单位\n完成时限\n1\n推进“幸福食堂”建设。\n区民政局\n2025年底\n"
    >>> program = at("Program", "幸福食堂", "“幸福食堂”")
    >>> [m.name for m in column_table_leads(t, [at("Agency", "莲都区民政局", "区民政局")], [program])[id(program)]]
    ['莲都区民政局']

    Without a lead column nothing is a lead: a list of bodies on their own lines is not a table.

    >>> t = "1\n实施“银龄安康”行动。\n区民政局\n"
    >>> column_table_leads(t, [at("Agency", "金东区民政局", "区民政局")], [at("Program", "银龄安康行动", "“银龄安康”行动")])
    {}
    """
    if not agencies or not programs:
        return {}
    lines, offset = [], 0
    for line in text.split("\n"):
        lines.append((offset, offset + len(line), line.strip()))
        offset += len(line) + 1
    units = [cell for _, _, cell in lines if _UNIT_HEADER.fullmatch(cell)]
    lead_columns = [i for i, cell in enumerate(units) if _LEAD_HEADER.fullmatch(cell)]
    if not lead_columns and len(units) == 1 and _SOLE_UNIT_HEADER.fullmatch(units[0]):
        lead_columns = [0]  # 序号 / 工作任务 / 责任单位 / 完成时限: the only unit column leads (first body listed or all)
    if not lead_columns:
        return {}
    lead_last = lead_columns[0] == len(units) - 1
    ordered = sorted(agencies, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    ordered_programs = sorted(programs, key=lambda m: m.start)
    out: dict[int, list[Mention]] = {}
    row: list[tuple[int, int, str]] = []
    next_program = 0
    previous_lead: list[Mention] | None = None

    def close(row_lines: list[tuple[int, int, str]]) -> None:
        nonlocal next_program
        if not row_lines:
            return
        row_end = row_lines[-1][1]
        nonlocal previous_lead
        cells = []  # the row's lines made only of bodies (and separators), with the bodies the rules know there
        for start, end, cell in row_lines:
            inside = ordered[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]
            covered = "".join(text[m.start:m.end] for m in inside)
            if inside and not _CELL_SEPARATORS.sub("", cell).replace(_CELL_SEPARATORS.sub("", covered), "", 1):
                cells.append((start, inside))
            elif body_cell(cell):
                cells.append((start, []))  # 区深改服务中心: a body the agency rules do not know still leads
        row_lead = (cells[-1][1] if lead_last else cells[0][1]) if cells else None
        while next_program < len(ordered_programs) and ordered_programs[next_program].start < row_end:
            program = ordered_programs[next_program]
            next_program += 1
            after = [c for c in cells if c[0] >= program.end]
            if program.start < row_lines[0][0]:
                continue
            if after:
                out[id(program)] = list(after[-1][1] if lead_last else after[0][1])
            elif not cells and previous_lead is not None:
                out[id(program)] = list(previous_lead)  # a lead cell merged over the rows below it
        if row_lead is not None:
            previous_lead = row_lead

    for line in lines:
        if _ROW_NUMBER.fullmatch(line[2]):
            close(row)
            row = []
        else:
            row.append(line)
    close(row)
    return out


# the note beside a metadata issuing body that says the page is news about it or a copy of it
# (a reprint alone, 公文网转载 or 范文网转载, is still the body's own summary or plan: not news)
_NEWS_NOTE = re.compile(r"[（(][^（）()]*(?:报道|報導|报导|新闻|新聞|供稿|上报)[^（）()]*[)）]")


# the kind of body an issuer is, by the end of its name: 民政局, 民政厅, 人民政府, or a last word (局, 委, 中心)
_BODY_KIND = re.compile(r"(?:民政[局厅部]|人民政府|政府|中心|[局厅部处委办署院所会])$")
# the text speaks as the body: 我局, 本厅, 我委
_SPEAKS_AS_BODY = re.compile(r"[我本](?:局|厅|部|委|办|署|中心)")


# A notice, plan or regulation is written by its issuer, who need not name itself (各设区市民政局：…现就有关要求通知如下):
# it runs the programs it sets out whether or not its text names it (the guide's PROMOTES rule).
_AUTHORED_KINDS = frozenset({"notice", "work_plan", "law"})


def unnamed_issuer(issuer: str, agencies: list[Mention], text: str, persons: Sequence[Mention] = ()) -> bool:
    """Whether the text names the metadata's issuer in no form: no body of its kind (a 民政局 of any
    place, a bare 区民政局 or 民政厅 written alone), no leader whose post is in such a body (区长 → 区人民政府)
    and no 我局/本厅. Such a page (a bureau's meeting news that only names the district's leaders)
    reports; the dev gold gives its unnamed publisher no program.

    >>> from loaders.types import Mention
    >>> gov = Mention("Agency", "某区人民政府", "区政府", 0, 0, 3, {})
    >>> unnamed_issuer("重庆市某区民政局", [gov], "区政府副区长出席并讲话。")
    True
    >>> bureau = Mention("Agency", "区民政局", "区民政局", 0, 0, 4, {})
    >>> unnamed_issuer("XX区民政局", [bureau], "区民政局召开会议。")
    False
    >>> unnamed_issuer("某市民政局", [], "今年我局将推进时间银行。")
    False
    >>> unnamed_issuer("某省民政厅", [], "民政厅认真学习贯彻全会精神。")
    False
    >>> mayor = Mention("Person", "王五", "王五", 0, 5, 7, {"org": "天津市某区人民政府"})
    >>> unnamed_issuer("天津市某区人民政府", [], "区委副书记、区长王五出席。", [mayor])
    False
    """
    kind = _BODY_KIND.search(issuer)
    if kind is None:
        return False
    if any(a.name.endswith(kind.group()) for a in agencies) or (len(kind.group()) > 1 and kind.group() in text):
        return False
    if any((p.properties.get("org") or "").endswith(kind.group()) for p in persons):
        return False
    return _SPEAKS_AS_BODY.search(text) is None


def news_reprint(issuing_body: str | None) -> bool:
    """Whether the metadata files the page under a body as news about it (its note says 报道, 新闻, 供稿).

    >>> news_reprint("内蒙古自治区民政厅（新闻转载）"), news_reprint("大悟县民政局(孝感网报道)")
    (True, True)
    >>> news_reprint("浙江省民政厅（办公室）"), news_reprint("绍兴市民政局"), news_reprint(None)
    (False, False, False)
    >>> news_reprint("XX区民政局（公文网转载，区名隐去）")  # the bureau's own summary, copied
    False
    """
    return bool(issuing_body) and _NEWS_NOTE.search(issuing_body) is not None


# after a body (and its leader's title and name): the body comes to visit (率队到贵州调研, 带领调研组到我市,
# 一行…来我市开展…调研活动, 到歙县调研)
# (民主监督小组赴…等地实地调研: the sites may take thirty characters; 到我市开展重阳节慰问活动: a visit of sympathy
# is a visit)
_VISIT = re.compile(
    r"[^。；]{0,60}?(?:率队|带队|带领|率领|率|一行)[^。；]{0,80}?(?:到|赴|来|莅临|莅|深入)[^。；]{0,30}?"
    r"(?:调研|视察|考察|督导|检查指导|慰问)"
    r"|[^，。；]{0,16}?(?:到|赴|来|莅临|莅)[^，。；]{1,30}?(?:调研|视察|考察|督导|慰问)"
)
# the longest stretch _VISIT can match (60 + 率队 + 80 + 莅临 + 30 + 检查指导 = 178), with room
_VISIT_REACH = 200
# the sentences a page's visit is told in: its title line and the first sentences
_OPENING_SENTENCES = 2
# the visited place written as the page's own: 我市, 我县 (not the destination of the visit: 来我市, 到我县)
# (以来我市: "since", not a coming)
_OWN_PLACE = re.compile(r"(?<![到赴临莅在])(?<!(?<!以)来)我(?:省|市|县|区|州|盟|旗|镇|乡)")


def visiting(text: str, body: Mention) -> bool:
    """Whether the body, in its own sentence, comes to visit another place (its leader leads a team there).

    >>> from loaders.types import Mention
    >>> t = "22日，省民政厅厅长张三带领调研组到我市，就养老服务等工作开展调研。"
    >>> visiting(t, Mention("Agency", "某省民政厅", "省民政厅", 0, 4, 8, {}))
    True
    >>> t = "民政部部长李四率队到某省调研 某省领导与调研组座谈"
    >>> visiting(t, Mention("Agency", "民政部", "民政部", 0, 0, 3, {}))
    True
    >>> t = "市民政局召开全市养老服务推进会，局长王五到会讲话。"  # a convening body, not a guest
    >>> visiting(t, Mention("Agency", "某市民政局", "市民政局", 0, 0, 4, {}))
    False
    """
    # the pattern reads at most _VISIT_REACH characters: a sentence's 。 is looked for no further (one call is
    # bounded however long the text, and the opening's bodies are each asked)
    end = text.find("。", body.end, body.end + _VISIT_REACH)
    return _VISIT.match(text, body.end, min(len(text), body.end + _VISIT_REACH) if end < 0 else end) is not None


# how far after a visiting body its destination is written (省民政厅厅长王海到嘉兴市调研: 9 characters; a leader's
# long title may stand between)
_DESTINATION_REACH = 40


@lru_cache(maxsize=64)
def _around_place(place: str | None, province: str | None) -> frozenset[str]:
    """The names of the page's place and its ancestors (and its province): a visit to any of them is no trip
    elsewhere."""
    if not place:
        return frozenset(filter(None, (province,)))
    found = get_gazetteer().lookup(place, province=province)
    chain = get_gazetteer().chain(found) if found is not None else []
    return frozenset(filter(None, (place, province, *(p.name for p in chain))))


def _inside_place(mention: Mention, place: str | None) -> bool:
    """Whether a Place mention lies inside the page's place (a county of the page's city), by its gazetteer chain."""
    gazetteer = get_gazetteer()
    found = gazetteer.by_code.get(mention.properties.get("code") or "")
    return bool(place) and found is not None and any(p.name == place for p in gazetteer.chain(found))


def _visits_here(body: Mention, info: DocumentInfo, places: list[Mention]) -> bool:
    """Whether a body a sentence tells on a visit (:func:`visiting`) can be a visitor of the page's own place:
    not the page's own civil-affairs bureau touring its county (武义县民政局局长…到履坦镇调研: its own work), and
    not a body written going to another county, city or province (省民政厅厅长…到湖州市调研 on a county's page
    elsewhere). ``places`` are the page's Place mentions sorted by start.

    >>> from loaders.types import Mention
    >>> info = DocumentInfo("x", place="武义县", province="浙江省")
    >>> t = "省民政厅厅长孙立到湖州市调研。"
    >>> guest, huzhou = Mention("Agency", "浙江省民政厅", "省民政厅", 0, 0, 4, {}), Mention("Place", "湖州市", "湖州市", 0, 9, 12, {"level": "city"})
    >>> _visits_here(guest, info, [huzhou])
    False
    >>> jinhua = Mention("Place", "金华市", "金华市", 0, 9, 12, {"level": "city"})  # the county's own city
    >>> _visits_here(guest, info, [jinhua])
    True
    >>> _visits_here(Mention("Agency", "武义县民政局", "县民政局", 0, 0, 4, {}), info, [])  # the page's own bureau
    False
    >>> _visits_here(Mention("Agency", "武义县政协", "县政协", 0, 0, 3, {}), info, [])  # its own but no bureau
    True
    """
    if info.place and body.name.startswith(info.place) and body.name[len(info.place):] in ("民政局", "民政厅"):
        return False
    around = _around_place(info.place, info.province)
    # the places sorted by start: only those written in the reach after the body are read (bounded per body)
    first = bisect.bisect_left(places, body.end, key=lambda m: m.start)
    for place in places[first:]:
        if place.start > body.end + _DESTINATION_REACH:
            break
        if _RANK.get(place.properties.get("level") or "", 9) <= 2 and place.name not in around \
                and not _inside_place(place, info.place):
            return False
    return True


def visit_host(visitor: Mention, agencies: list[Mention], place: str | None) -> Mention | None:
    """The visited place's body of the visitor's kind that the text names (a 民政厅 visits, the city's
    民政局 hosts): the body named with the document's place and a civil-affairs bureau's head word.

    >>> from loaders.types import Mention
    >>> guest = Mention("Agency", "某省民政厅", "省民政厅", 0, 0, 4, {})
    >>> bureau = Mention("Agency", "揭东市民政局", "市民政局", 1, 30, 34, {})
    >>> visit_host(guest, [guest, bureau], "揭东市").name
    '揭东市民政局'
    >>> visit_host(guest, [guest], "揭东市") is None
    True
    >>> again = Mention("Agency", "某省民政厅", "省民政厅", 2, 60, 64, {})  # the visitor named again hosts nothing
    >>> visit_host(guest, [guest, again], "某省") is None
    True
    """
    if not place:
        return None
    return _first(agencies, lambda a: a.name != visitor.name and a.name.startswith(place)
                  and a.name.endswith(("民政局", "民政厅")) and a.name[len(place):] in ("民政局", "民政厅"))


def visited_scope(text: str, sentence: Sentence, program: Mention) -> bool:
    """Whether the program stands in a sentence that speaks of the visited place as the page's own
    (实地调研我市…智慧民政综合平台建设等情况 / 对我市…加快…平台建设等方面表示肯定): the place's work, which
    the visitor inspects or praises. A visit's own activity (来我市开展“我为群众办实事”主题调研活动) is not.

    >>> from loaders.types import Mention, Sentence
    >>> t = "调研组实地调研我市养老服务体系建设、智慧民政平台建设等情况。"
    >>> s = Sentence(0, t, 0, len(t))
    >>> visited_scope(t, s, Mention("Program", "智慧民政平台", "智慧民政平台", 0, 18, 24, {}))
    True
    >>> t = "调研组对去年以来我市加快智慧民政平台建设表示肯定。"
    >>> s = Sentence(0, t, 0, len(t))
    >>> visited_scope(t, s, Mention("Program", "智慧民政平台", "智慧民政平台", 0, 13, 19, {}))
    True
    >>> t = "副厅长张三一行来我市开展“我为群众办实事”主题调研活动。"
    >>> s = Sentence(0, t, 0, len(t))
    >>> visited_scope(t, s, Mention("Program", "我为群众办实事", "我为群众办实事", 0, 13, 20, {}))
    False
    """
    return _OWN_PLACE.search(text, sentence.start, program.start) is not None or inspected(text, sentence, program)


# what a visitor does to what it is shown (查看了…平台, 详细了解…情况), before it in its sentence; and what the program
# stands in, after it in its clause (…等情况调研, …施工现场等地)
_INSPECTS = re.compile(r"查看|察看|了解|参观|走访")
_INSPECTED = re.compile(r"[^，。；：]{0,40}?(?:情况|现场|等地)")
# a visit that supervises (省厅督导组重点督导“三周工作法”等…情况): the supervisor checks work it runs itself
_SUPERVISES = re.compile(r"督导|督查|检查")


def inspected(text: str, sentence: Sentence, program: Mention) -> bool:
    """Whether the program is something a visit is shown: a verb of looking at it before it in its sentence
    (查看了…智慧养老服务平台), or the situation or site it stands in after it in its clause (开展…“公建民营”…等
    情况调研). Only read for a page that tells a visit. A visit's own activity (开展“我为群众办实事”主题调研活动) is not.

    >>> from loaders.types import Mention, Sentence
    >>> def shown(t, name):
    ...     at = t.index(name)
    ...     return inspected(t, Sentence(0, t, 0, len(t)), Mention("Program", name, name, 0, at, at + len(name), {}))
    >>> shown("监督员认真查看了某街道照料中心、某区智慧养老服务平台等地。", "智慧养老服务平台")
    True
    >>> shown("一行还前往某镇，开展机构“公建民营”、孤儿集中供养等情况调研。", "公建民营")
    True
    >>> shown("副厅长张三一行来我市开展“我为群众办实事”主题调研活动。", "我为群众办实事")
    False
    >>> shown("省厅督导组重点督导“三周工作法”等基层民政工作情况。", "三周工作法")  # a supervisor's own work
    False
    """
    if _SUPERVISES.search(text, sentence.start, program.start):
        return False
    return _INSPECTS.search(text, sentence.start, program.start) is not None \
        or _INSPECTED.match(text, program.end, sentence.end) is not None


def _running_body(issuer_key: str | None, relator: "Relator", agencies: list[Mention], key) -> str | None:
    """The body that runs what the document names: its issuer, or the bureau an issuing office belongs to
    (浙江省民政厅办公室 → 浙江省民政厅, when the text names the bureau)."""
    if issuer_key is None:
        return None
    return unit_parent(issuer_key, relator.nodes)


# a department written after the name of the body it belongs to: 浙江省民政厅办公室, 四川省民政厅社会事务处,
# 云林县政府社会处, 市卫生健康委员会老龄健康处 (a 民政事务处 or a 街道办事处 names no body before its head word)
_UNIT_OF_BODY = re.compile(r"(.+?(?:厅|局|部|委员会|政府))(?:办公室|[^厅局部府]{1,6}(?:处|科|室))$")


def unit_parent(body_key: str, nodes: dict) -> str:
    """The key of the body a department belongs to, when the document names that body; else the department's own.
    A department acts for its body: the owner's gold credits a bureau's programs to the bureau, never to its
    处 (dev 030), and the annotators credit what a county's 社会处 runs to the county government.

    >>> nodes = {node_key("Agency", name): None for name in ("某县政府", "某省民政厅", "某省民政厅社会事务处")}
    >>> unit_parent(node_key("Agency", "某县政府社会处"), nodes) == node_key("Agency", "某县政府")
    True
    >>> unit_parent(node_key("Agency", "某省民政厅社会事务处"), nodes) == node_key("Agency", "某省民政厅")
    True
    >>> unit_parent(node_key("Agency", "某市民政局办公室"), nodes) == node_key("Agency", "某市民政局办公室")  # not named
    True
    >>> unit_parent(node_key("Agency", "西贡民政事务处"), nodes) == node_key("Agency", "西贡民政事务处")
    True
    """
    unit = _UNIT_OF_BODY.match(body_key.partition(":")[2])
    if unit:
        parent = node_key("Agency", unit.group(1))
        if parent in nodes:
            return parent
    return body_key


# a time phrase opening a sentence: 1月5日下午， / 当天上午，
_TIME_OPENING = r"\s*(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|同日|当天|当日|次日)?(?:上午|下午|晚上|晚)?[，,]?"
# a convening with no subject: 1月5日下午，又召开 / 随后召开 / 当天下午，接着组织召开
_SUBJECTLESS_CONVENING = re.compile(rf"^{_TIME_OPENING}(?:又|随后|随即|再次|接着|紧接着)(?:组织)?(?:召开|举行|举办)(?:了)?$")
_SUBJECT_OPENING = re.compile(rf"^{_TIME_OPENING}$")


def carried_convener(text: str, sentences: list[Sentence], meeting: Mention,
                     by_sentence: dict[int, list[Mention]]) -> Mention | None:
    """The body that convenes a meeting its sentence names with no subject (1月5日下午，又召开党组扩大会议):
    the body that opens the sentence before, after at most a time phrase (1月5日上午，福建省民政厅就…汇报).

    >>> from loaders.types import Mention, Sentence
    >>> t = "1月5日上午，某省民政厅向省委汇报。1月5日下午，又召开党组扩大会议，传达精神。"
    >>> ss = [Sentence(0, t[:18], 0, 18), Sentence(1, t[18:], 18, len(t))]
    >>> body = Mention("Agency", "某省民政厅", "某省民政厅", 0, 7, 12, {})
    >>> m = Mention("Meeting", "党组扩大会议", "党组扩大会议", 1, 28, 34, {})
    >>> carried_convener(t, ss, m, {0: [body], 1: [m]}).name
    '某省民政厅'
    >>> t2 = "1月5日上午，会议听取了某省民政厅汇报。1月5日下午，又召开党组扩大会议。"
    >>> ss2 = [Sentence(0, t2[:20], 0, 20), Sentence(1, t2[20:], 20, len(t2))]
    >>> body2 = Mention("Agency", "某省民政厅", "某省民政厅", 0, 12, 17, {})
    >>> m2 = Mention("Meeting", "党组扩大会议", "党组扩大会议", 1, 30, 36, {})
    >>> carried_convener(t2, ss2, m2, {0: [body2], 1: [m2]}) is None
    True
    """
    sentence = sentences[meeting.sentence_index]
    if meeting.sentence_index == 0 or not _SUBJECTLESS_CONVENING.match(text[sentence.start:meeting.start]):
        return None
    previous = sentences[meeting.sentence_index - 1]
    bodies = sorted((m for m in by_sentence.get(previous.index, []) if m.label == "Agency"), key=lambda m: m.start)
    if bodies and _SUBJECT_OPENING.match(text[previous.start:bodies[0].start]):
        return bodies[0]
    return None


# a clause that convenes with no subject of its own, after the sentence's subject and its other clauses
# (…，于3月5日组织召开 / …，3月5日下午，在县民政局三楼会议室召开)
_CLAUSE_CONVENING = re.compile(
    rf"^{_TIME_OPENING}(?:又|随后|随即|再次|接着|及时|专门)?"
    r"(?:于[^，。；“”]{1,16}?)?(?:在[^，。；“”]{1,24}?)?(?:组织|隆重)?(?:召开|举行|举办)(?:了)?[“「]?$"
)
# what may open a sentence before its subject: a purpose (为推进…，), a time (近日，, 3月5日下午，)
_SUBJECT_LEAD = re.compile(
    r"^\s*(?:(?:为了?|围绕|按照|根据)[^，。；]{1,40}[，,])?"
    r"(?:(?:近日|日前|近期|目前|今年以来|(?:\d{4}年)?\d{1,2}月\d{1,2}日)(?:上午|下午|晚上)?[，,]?)?$"
)
# between the subject and the convening clause: what the subject does first, with no other actor or convening
_SUBJECT_GOES_ON = re.compile(r"[^。；！？“”]{1,80}")
_OTHER_CONVENING = re.compile(r"召开|举行|举办|会议|的$")


def subject_convener(text: str, sentence: Sentence, meeting: Mention, local: list[Mention],
                     openers: dict[int, tuple[Mention | None, int]] | None = None) -> Mention | None:
    """The body that opens a sentence as its subject and, some clauses later, convenes the meeting in a
    clause of no subject of its own (县民政局高度重视，精心筹备，于3月5日组织召开全县…推进会).

    >>> from loaders.types import Mention, Sentence
    >>> t = "为推进养老服务，甲县民政局高度重视，精心筹备，于3月5日组织召开全县养老服务推进会。"
    >>> body = Mention("Agency", "甲县民政局", "甲县民政局", 0, 8, 13, {})
    >>> m = Mention("Meeting", "全县养老服务推进会", "x", 0, t.index("全县"), t.index("。"), {})
    >>> subject_convener(t, Sentence(0, t, 0, len(t)), m, [body, m]).name
    '甲县民政局'
    >>> t = "甲县民政局局长王某强调，3月5日召开的全县养老服务推进会很重要。"
    >>> m = Mention("Meeting", "全县养老服务推进会", "x", 0, t.index("全县"), t.index("很"), {})
    >>> subject_convener(t, Sentence(0, t, 0, len(t)), m, [Mention("Agency", "甲县民政局", "x", 0, 0, 5, {}), m]) is None
    True
    >>> t = "甲县民政局高度重视，乙县民政局于3月5日召开全县养老服务推进会。"
    >>> m = Mention("Meeting", "全县养老服务推进会", "x", 0, t.index("全县"), t.index("。"), {})
    >>> bodies = [Mention("Agency", n, n, 0, t.index(n), t.index(n) + 5, {}) for n in ("甲县民政局", "乙县民政局")]
    >>> subject_convener(t, Sentence(0, t, 0, len(t)), m, [*bodies, m]) is None
    True
    """
    # the convening clause is short: its comma is looked for in a bounded window, so a long sentence of many
    # meetings stays linear
    window = max(sentence.start, meeting.start - 64)
    clause_start = max(text.rfind("，", window, meeting.start), text.rfind(",", window, meeting.start))
    if clause_start < 0 or not _CLAUSE_CONVENING.match(text[clause_start + 1:meeting.start]):
        return None
    # the sentence's first actor and where the next one starts, read once per sentence
    openers = {} if openers is None else openers
    if (opener := openers.get(sentence.index)) is None:
        actors = sorted((m for m in local if m.label in ("Agency", "Person")), key=lambda m: m.start)
        opener = openers[sentence.index] = (actors[0] if actors else None, actors[1].start if len(actors) > 1 else len(text))
    subject, next_actor = opener
    if subject is None or subject.label != "Agency" or subject.end > clause_start or next_actor < clause_start:
        return None  # the subject is the only actor before the convening clause
    if not _SUBJECT_LEAD.match(text[sentence.start:subject.start]):
        return None
    between = text[subject.end:clause_start]
    # the subject acts first (高度重视, 认真贯彻落实…): not a list of bodies (、和) nor a body's possession (的)
    if not between or between[0] in "、和及与的" or not _SUBJECT_GOES_ON.fullmatch(between) or _OTHER_CONVENING.search(between):
        return None
    return subject


class SentenceBodies:
    """The body mentions of one sentence by where they start and where they end, built once per sentence so that
    each of its meetings looks its bodies up by bisection (a scan of the sentence's mentions per meeting made a
    sentence of n meetings cost n²: 4000 meetings, 1.83 s, review3).

    >>> from loaders.types import Mention
    >>> board = Mention("Agency", "某委员会", "委员会", 0, 0, 3, {})
    >>> bodies = SentenceBodies([board, Mention("Meeting", "x", "全体会议", 0, 3, 7, {})])
    >>> [a.name for a in bodies.inside(0, 7)], bodies.ending_at(3).name, bodies.ending_at(7)
    (['某委员会'], '某委员会', None)
    """

    def __init__(self, local: list[Mention]) -> None:
        self.ordered = sorted((a for a in local if a.label == "Agency"), key=lambda a: a.start)
        self.starts = [a.start for a in self.ordered]
        self.ends: dict[int, Mention] = {}
        for agency in local:
            if agency.label == "Agency":
                self.ends.setdefault(agency.end, agency)  # (the first written, as a scan of the mentions gives)

    def inside(self, start: int, end: int) -> list[Mention]:
        """The bodies within [start, end), by start."""
        first, stop = bisect.bisect_left(self.starts, start), bisect.bisect_right(self.starts, end)
        return [a for a in self.ordered[first:stop] if a.end <= end]

    def ending_at(self, position: int) -> Mention | None:
        """The first body written that ends at ``position``."""
        return self.ends.get(position)


def bodies_in_meeting_name(meeting: Mention, local: list[Mention] | SentenceBodies,
                           by_surface: dict[str, Mention]) -> list[Mention]:
    """The bodies a meeting's name holds: a body mention inside its span, else a body written right before it
    (某委员会 in 某委员会2025年度第一次全体会议), else a body of the document written as the name's opening (省委 in
    省委经济工作会议, 县政府 in 县政府十三届一次常务会议). ``local`` is the mentions of the meeting's sentence (or
    their :class:`SentenceBodies`, which a caller with many meetings in a sentence builds once).

    >>> from loaders.types import Mention
    >>> meeting = Mention("Meeting", "省委经济工作会议", "省委经济工作会议", 0, 0, 8, {})
    >>> committee = Mention("Agency", "云南省委", "省委", 3, 40, 42, {})
    >>> [a.name for a in bodies_in_meeting_name(meeting, [meeting], agencies_by_surface([committee]))]
    ['云南省委']
    >>> work = Mention("Meeting", "全省民政工作会议", "全省民政工作会议", 0, 0, 8, {})
    >>> bodies_in_meeting_name(work, [work], agencies_by_surface([committee]))
    []
    >>> joint = Mention("Meeting", "x", "民政部与省政府合作会商会议", 0, 0, 13, {})
    >>> pair = [Mention("Agency", "民政部", "民政部", 0, 0, 3, {}), Mention("Agency", "某省人民政府", "省政府", 0, 4, 7, {})]
    >>> [a.name for a in bodies_in_meeting_name(joint, [joint, *pair], {})]
    ['民政部', '某省人民政府']
    >>> study = Mention("Meeting", "x", "省民政厅学习民政部会议精神座谈会", 0, 0, 16, {})
    >>> two = [Mention("Agency", "某省民政厅", "省民政厅", 0, 0, 4, {}), Mention("Agency", "民政部", "民政部", 0, 6, 9, {})]
    >>> [a.name for a in bodies_in_meeting_name(study, [study, *two], {})]
    ['某省民政厅']
    >>> plenary = Mention("Meeting", "2025年度第二次全体会议", "2025年度第二次全体会议", 0, 7, 20, {})
    >>> board = Mention("Agency", "某市社会福利委员会", "社会福利委员会", 0, 0, 7, {})
    >>> [a.name for a in bodies_in_meeting_name(plenary, [board, plenary], {})]
    ['某市社会福利委员会']
    >>> later = Mention("Meeting", "2025年度第二次全体会议", "2025年度第二次全体会议", 0, 9, 22, {})
    >>> bodies_in_meeting_name(later, [board, later], {})
    []
    >>> group = Mention("Meeting", "x", "我市养老服务领导小组工作推进会", 0, 0, 15, {})
    >>> team = Mention("Agency", "某市养老服务领导小组", "市养老服务领导小组", 2, 30, 39, {})
    >>> [a.name for a in bodies_in_meeting_name(group, [group], agencies_by_surface([team]))]
    ['某市养老服务领导小组']
    """
    bodies = local if isinstance(local, SentenceBodies) else SentenceBodies(local)
    inside = bodies.inside(meeting.start, meeting.end)
    if inside:
        # 民政部与自治区政府建立部区合作机制会商会议: bodies joined by 与/和/、 (or written together: 省委省政府)
        # hold the meeting together; a body after any other word is its subject matter
        joined = inside[:1]
        for body in inside[1:]:
            if not re.fullmatch(r"(?:与|和|及|同|、)?", meeting.surface[joined[-1].end - meeting.start:body.start - meeting.start]):
                break
            joined.append(body)
        return joined
    # 社会工作委员会2025年度第一次全体会议: a body written right before the name, with nothing between, opens it
    adjoining = bodies.ending_at(meeting.start)
    if adjoining is not None:
        return [adjoining]
    # (我市健康养老产业发展领导小组工作推进会: 我 before the level is the document's own 市…领导小组)
    surface = re.sub(r"^(?:\d{4}年(?:度)?)?(?:上半年|下半年)?(?:第[一二三四五六七八九十百\d]+届)?(?:我(?=[省市县区州]))?", "",
                     meeting.surface)
    # the longest opening first; a body's name is at most 24 characters, so this stays linear
    for length in range(min(len(surface), 24), 1, -1):
        if surface[:length] in by_surface:
            return [by_surface[surface[:length]]]
    return []


def agencies_by_surface(agencies: list[Mention]) -> dict[str, Mention]:
    """The first mention of each surface form of a body."""
    table: dict[str, Mention] = {}
    for agency in agencies:
        table.setdefault(agency.surface, agency)
    return table


# a leader who gives a written instruction (作出重要批示 / 在…报告上作出批示), and one who is at the meeting
_INSTRUCTED = re.compile(r"[^，。；]{0,40}?作(?:出)?了?(?:重要)?批示")
_ATTENDS = re.compile(r"[^，。；]{0,16}?(?:出席|参加会议|讲话|主持|致辞|作[^，。；]{0,6}报告)")


# words that end a list of names: the first person did something of their own
_NOT_A_LIST = re.compile(r"出席|参加|主持|讲话|指出|强调|表示|要求|介绍|作|在|对|与|陪同|带领|率")
_LIST_BETWEEN = re.compile(r"(?:同志)?[、，和及]\s*[^，。；]{0,24}?")


def joins_list(text: str, first: Mention, following: Mention) -> bool:
    """Whether only titles and separators stand between two names, so that they are one list."""
    between = text[first.end:following.start]
    return _LIST_BETWEEN.fullmatch(between) is not None and _NOT_A_LIST.search(between) is None


class ListEnds:
    """The persons of one sentence and, for each, the last name of the list it opens (厅长罗宁，副厅长麻绍敏出席并
    讲话: 罗宁's list ends at 麻绍敏), found in one pass from the sentence's end.

    >>> from loaders.types import Mention
    >>> t = "厅长罗宁，副厅长麻绍敏出席并讲话，李某主持。"
    >>> a, b, c = (Mention("Person", n, n, 0, t.index(n), t.index(n) + len(n), {}) for n in ("罗宁", "麻绍敏", "李某"))
    >>> ends = ListEnds(t, [c, b, a])
    >>> ends.last(a).name, ends.last(c).name
    ('麻绍敏', '李某')
    """

    def __init__(self, text: str, persons: list[Mention]) -> None:
        self.text = text
        self.ordered = sorted(persons, key=lambda m: m.start)
        self.starts = [m.start for m in self.ordered]
        self.lasts = list(self.ordered)
        for at in range(len(self.ordered) - 2, -1, -1):
            if joins_list(text, self.ordered[at], self.ordered[at + 1]):
                self.lasts[at] = self.lasts[at + 1]

    def last(self, person: Mention) -> Mention:
        """The last name of the list ``person`` (of this sentence, or named again in it) opens."""
        at = bisect.bisect_left(self.starts, person.end)
        if at < len(self.ordered) and joins_list(self.text, person, self.ordered[at]):
            return self.lasts[at]
        return person

# 讲话 of the meeting, not the 重要讲话精神 being studied
_SPEECH = re.compile(
    # 作“十三五”老龄工作报告: a quoted period or slogan may stand inside the report's name
    # (作重要讲话 / 发表重要讲话: a speech given, where 总书记重要讲话 alone is one cited; 作全省城乡社区治理工作报告:
    # a work report's name may run to a dozen characters; 作为…审议…工作报告 is a deputy hearing one)
    r"(?<!重要)(?<!系列)(?:讲话|(?<!工)作(?:了)?(?:[^，。；“]{0,4}“[^”]{1,12}”)?[^，。；]{0,6}报告|(?<!工)作(?!为)(?:了)?[^，。；“”]{0,12}工作报告"
    r"|(?<!工)作了?重要讲话|发表了?重要讲话|作总结讲话|(?<!工)作了?(?:简要|会议|全面)?总结|致辞|致(?:欢迎|开幕|闭幕)[辞词]|发言|作动员"
    # 作了题为《…》的专题报告: a titled talk, whatever its length
    r")(?!精神)"
)
# 作了题为《坚持人民至上，推动…》的专题辅导报告: a titled talk, read whole (its title may hold commas)
_TITLED_TALK = re.compile(r"[^，。；]{0,8}?作了?题为《[^》]{0,60}》的[^，。；]{0,6}(?:报告|讲话|辅导|讲座)")


def speech_studied(before: str) -> bool:
    """The words before a leader's name say their speech is being studied, not given here:
    传达学习黄树贤部长讲话和宫蒲光副部长总结讲话精神.

    >>> speech_studied("又召开党组扩大会议，传达学习黄树贤部长讲话和")
    True
    >>> speech_studied("会议传达了上级精神，")
    False
    >>> speech_studied("")
    False
    """
    clause = re.split(r"[，。；：]", before)[-1]
    return bool(re.search(r"传达|学习|贯彻|落实", clause))
# what a speaker does later in their first clause: 缪永辉用“…”十二个字概括了… / 金朝霞针对…进行了工作部署
# or reports to it: 李满凯通报了去年以来工作开展情况 / 王东乾局长回顾总结了… / 张伟东部长从…做了进一步强调
_SAID_IN_CLAUSE = re.compile(
    r"指出|强调|概括了|总结了|作了?(?:工作)?部署|进行了?(?:工作)?部署"
    r"|通报了?[^，。；]{0,24}(?:情况|工作|进展)|汇报了?[^，。；]{0,24}(?:情况|工作|进展)|(?<!工)作[^，。；]{0,6}(?:通报|汇报)"
)
# a leader whose clause opens with what they said: 盖燕风指出 / 郑国君厅长在全面总结…时指出 / 周凯参加会议并指出
_SAID = re.compile(
    r"(?:同志|[^，。；]{0,4}?(?:长|书记|主任|主席|委员))?(?:同志)?(?:在[^，。；]{0,24}(?:上|时|中)|[就对][^，。；]{0,16})?(?:参加会议|出席会议|出席)?(?:并)?"
    r"(?:强调|指出|要求|表示|总结|充分肯定|肯定|部署|概括|提出)"
    # (对全省…工作进行了安排部署 / 对…发展情况给予肯定: a leader's verdict or orders close a long 对 clause that
    # opens the person's own clause; searched anywhere in it, they made 某某 in 对局长某某的工作给予肯定 a speaker)
    r"|(?:同志|[^，。；]{0,4}?(?:长|书记|主任|主席|委员))?(?:同志)?对[^，。；]{0,40}?"
    r"(?:进行了?(?:工作|安排|全面|具体)?部署|给予了?(?:充分|高度)?肯定)"
)


def through_open_quote(text: str, sentences: list[Sentence], sentence: Sentence, start: int) -> str:
    """The text from ``start`` to the end of its sentence, or, when a quotation opened there is split
    into sentences at its semicolons (李其彦重点从“坚持科学规划，统筹推进；…；提升服务水平”等四个方面做了…
    交流发言), to the end of the sentence the quotation closes in (at most 200 characters on).

    >>> from loaders.types import Sentence
    >>> t = "王五从“统筹规划；整合资源”两个方面作了交流发言。"
    >>> ss = [Sentence(0, t[:9], 0, 9), Sentence(1, t[9:], 9, len(t))]
    >>> through_open_quote(t, ss, ss[0], 2)
    '从“统筹规划；整合资源”两个方面作了交流发言。'
    >>> through_open_quote(t, ss, ss[1], 9)
    '整合资源”两个方面作了交流发言。'
    """
    after = text[start:sentence.end]
    if after.count("“") <= after.count("”"):
        return after
    close = text.find("”", sentence.end, sentence.end + 200)
    if close < 0:
        return after
    end = next((s.end for s in sentences[sentence.index + 1:] if s.end > close), sentence.end)
    return text[start:end]


# a quotation holding clause punctuation (“坚持科学规划，统筹协调推进；…”) and a talk's title (《…》) are
# read as one word when finding a speaker's clauses: their commas do not end the speaker's clause
_QUOTED_CLAUSES = re.compile(r"“[^“”]{0,120}?[，；。][^“”]{0,120}?”")
_TITLE = re.compile(r"《[^《》]{0,60}》")


def spoke_at(after: str) -> bool:
    """Whether the words after a person's name say they spoke: 出席会议并讲话, 作工作报告, 指出/强调…

    >>> spoke_at("出席会议并讲话。")
    True
    >>> spoke_at("部长主持会议并作简要总结。")
    True
    >>> spoke_at("部长听取了年度工作总结。")
    False
    >>> spoke_at("副市长充分肯定了民政系统的成绩")
    True
    >>> spoke_at("总书记重要讲话精神，推进民政事业")
    False
    >>> spoke_at("出席会议。")
    False
    >>> spoke_at("针对各自分管领域进行了工作部署")
    True
    >>> spoke_at("局长就两项工作提出明确要求")
    True
    >>> spoke_at("对全市社会救助和养老服务工作进行了安排部署。"), spoke_at("对全县一年来的殡葬改革成效给予充分肯定，")
    (True, True)
    >>> spoke_at("对全市社会救助工作进行了安排。"), spoke_at("对受表彰的先进集体给予奖励，")
    (False, False)
    >>> spoke_at("主持会议，成都市作交流发言。")
    False
    >>> spoke_at("在厅长《在全省民政工作会议上的工作报告》上作出重要批示。")
    False
    >>> spoke_at("作了题为《深入学习贯彻党的二十届三中全会精神 推动民政事业高质量发展》的专题辅导报告。")
    True
    >>> spoke_at("作了题为《坚持人民至上，推动民政事业高质量发展》的专题辅导报告。")
    True
    >>> spoke_at("从三个方面，为全局干部作了详细的通报。")
    True
    >>> spoke_at("从三个方面，为全局干部解读了文件。")
    False
    >>> spoke_at("致欢迎辞。")
    True
    >>> spoke_at("作“十三五”老龄工作报告。")
    True
    >>> spoke_at("听取“十四五”规划编制情况的报告。")
    False
    >>> spoke_at("通报了去年以来全市养老服务工作开展情况。")
    True
    >>> spoke_at("听取了各县区工作情况汇报。")
    False
    >>> spoke_at("结合本县实际，重点从“科学规划，统筹推进；整合资源，完善功能”等两个方面做了题为《推进农村社区建设》的交流发言。")
    True
    >>> spoke_at("结合本县实际，重点从“科学规划，统筹推进；整合资源，完善功能”等两个方面介绍了经验。")
    False
    """
    # the speaker's own clause, and the next one when it goes on with 并 (出席会议，并作重要讲话)
    clauses = re.split(r"[，。；：]", _TITLE.sub("《》", _QUOTED_CLAUSES.sub("“”", after)), maxsplit=2)
    clause = clauses[0] + (clauses[1] if len(clauses) > 1 and clauses[1].startswith("并") else "")
    # 朱勤皓从…等三个方面，为离退休干部作了通报: an opening adverbial (从/就/围绕…) goes on in the next clause
    own = clauses[0][:40]
    clause = clause[:40]
    if len(clauses) > 1 and re.match(r"(?:从|就|围绕|结合|针对|对照)", clauses[0]):
        own = clause = own + clauses[1][:40]
    return bool(_SPEECH.search(clause) or _SAID.match(after) or _SAID_IN_CLAUSE.search(own)
                or _TITLED_TALK.match(after))


# 会上，张某宣读了…决定 / 赵某部长在会上指出 / 钱某、孙某在会上对…表示感谢: a person the clause places at the
# meeting with 会上 speaks there, whatever the verb of speech (the meeting is the one just named)
_AT_MEETING_BEFORE = re.compile(r"(?:会上|会议上)[，]?(?:[^，。；：]{0,16}?(?:长|书记|主任|主席|委员|巡视员))?$")
# (蕭某在啟動禮致辭時表示: a ceremony or meeting named again by its kind alone places the speaker there too)
_AT_MEETING_AFTER = re.compile(
    r"(?:同志)?(?:[^，。；、]{0,4}?(?:长|书记|主任|主席))?(?:同志)?(?:还|也|又)?在"
    r"(?:会上|会议上|(?:本次|此次)?(?P<kind>大会|座谈会|启动礼|启动仪式|典礼|开幕式)(?:上|致辞时|讲话时))[，]?")
# the meetings a kind named alone may be: 大会 is also what a 工作会议's report calls it, a 开幕式 or 典礼 opens a
# 大会, 启动礼 and 启动仪式 are one thing; a 座谈会 has none of them (钱某在启动仪式上表示 after a 座谈会 is elsewhere)
_KIND_FITS = {
    "大会": re.compile(r"大会|会议"),
    "座谈会": re.compile(r"座谈会"),
    "启动礼": re.compile(r"启动礼|启动仪式"),
    "启动仪式": re.compile(r"启动礼|启动仪式"),
    "典礼": re.compile(r"典礼|大会"),
    "开幕式": re.compile(r"开幕式|大会"),
}
_LIST_NEXT = re.compile(r"(?:同志)?[、和]")
# what the person then does is a speech; what they hear, watch or study is not (会上，王某听取了汇报)
_SPEECH_AT_MEETING = re.compile(
    # (会上，潘某局长就…、…及《…》等内容进行了详细解读: the clause may list what the talk was about at length)
    r"(?:(?!听取|观看|收看|参观|观摩|学习)[^，。；]){0,60}?"
    r"(?:宣读|宣讲|传达|介绍|通报|汇报|表示|指出|强调|要求|讲话|发言|说明|解读|提出|部署|总结|说"
    # (钱某在启动仪式上致辞 / 会上，某某致欢迎辞: an address is a speech, as _SPEECH has it)
    r"|致辞|致(?:欢迎|开幕|闭幕)[辞词])")


class ListedNames:
    """Names looked up at a position of a text by their lengths: the first of them (in their given order) that
    the text holds there, in time bounded by the number of distinct lengths, not of names.

    >>> ListedNames(("王某某", "王某", "李某")).at("、王某某在会上", 1)
    '王某某'
    >>> ListedNames(("王某", "王某某")).at("、王某某在会上", 1), ListedNames(("李某",)).at("、王某", 1)
    ('王某', None)
    """

    def __init__(self, names: Sequence[str]) -> None:
        self.order: dict[str, int] = {}
        for number, name in enumerate(names):
            self.order.setdefault(name, number)
        self.lengths = sorted({len(name) for name in self.order})
        # (a name opening with white space: opening_name then needs the pattern of the names in their order)
        self.spaced = any(name[:1].isspace() for name in self.order)

    def at(self, text: str, position: int) -> str | None:
        found = [name for length in self.lengths if (name := text[position:position + length]) in self.order]
        return min(found, key=self.order.__getitem__) if found else None


def kind_fits(kind: str, meeting_name: str) -> bool:
    """Whether a meeting may be the one a clause names by its kind alone (在启动仪式上 / 在大会上); plain 会上
    (kind ``""``) is any meeting.

    >>> kind_fits("", "全省社区治理工作座谈会"), kind_fits("启动仪式", "「邻里守望」启动礼")
    (True, True)
    >>> kind_fits("大会", "全省民政工作会议"), kind_fits("大会", "全省社区治理工作座谈会")
    (True, False)
    >>> kind_fits("开幕式", "全省社区治理工作座谈会")
    False
    """
    return not kind or _KIND_FITS[kind].search(meeting_name) is not None


def placed_at_meeting(before: str, after: str, names: tuple[str, ...] | ListedNames = ()) -> str | None:
    """The rest of a person's clause when 会上 places it at the meeting (会上，X… / X在会上…), else None.
    ``before`` is the text before the name in its sentence, ``after`` the text after it; ``names`` are the
    found persons' names, so that a list (方某、王某在会上…) shares the placement of its last name.

    >>> placed_at_meeting("会上，", "宣读了表彰决定。")
    '宣读了表彰决定。'
    >>> placed_at_meeting("", "部长在会上指出，要兜底。")
    '指出，要兜底。'
    >>> placed_at_meeting("", "、周晓梅在会上表示感谢。", ("周晓梅",))
    '表示感谢。'
    >>> placed_at_meeting("", "在县民政局调研。") is None
    True
    >>> placed_at_meeting("", "局长在启动礼致辞时表示，要关爱长者。"), placed_at_meeting("", "在启动礼后探访长者。")
    ('表示，要关爱长者。', None)
    """
    placement = placement_at_meeting(before, after, names)
    return placement[0] if placement else None


def walked_list(after: str, names: tuple[str, ...] | ListedNames = ()) -> int:
    """Where a list of names (、王某、李某…) that opens ``after`` ends: 0 when none does.

    >>> walked_list("、周晓梅在会上表示感谢。", ("周晓梅",)), walked_list("在会上表示感谢。", ("周晓梅",))
    (4, 0)
    """
    # the list is walked by position and each entry looked up by its length in an index of the names (the first
    # of ``names`` that matches, as a scan of them would give): a scan of every name per entry, and a copy of
    # the rest per entry, made a list of n names cost n² (3200 names: 0.56 s, docs/benchmarks.md fix4)
    position = 0
    index = None
    if _LIST_NEXT.match(after):
        # (a caller with many persons builds the index once: built here, it costs the names' count per call)
        index = names if isinstance(names, ListedNames) else ListedNames(names)
    while index is not None and (join := _LIST_NEXT.match(after, position)) is not None:
        following = index.at(after, join.end())
        if following is None:
            break
        position = join.end() + len(following)
    return position


def placement_at_meeting(before: str, after: str, names: tuple[str, ...] | ListedNames = ()) -> tuple[str, str] | None:
    """The rest of the clause after 会上 / 在某会上 and the kind of meeting it names (``""`` for 会上), once a list
    of ``names`` opening ``after`` is walked (:func:`walked_list`); what :func:`placed_at_meeting` and
    :func:`speech_kind_at_meeting` read.

    >>> placement_at_meeting("会上，", "宣读了决定。"), placement_at_meeting("", "在开幕式上致辞。")
    (('宣读了决定。', ''), ('致辞。', '开幕式'))
    """
    position = walked_list(after, names)
    rest = after[position:] if position else after
    if _AT_MEETING_BEFORE.search(before):
        return rest, ""
    placed = _AT_MEETING_AFTER.match(rest)
    return (rest[placed.end():], placed.group("kind") or "") if placed else None


def speech_kind_at_meeting(before: str, after: str, names: tuple[str, ...] | ListedNames = ()) -> str | None:
    """Whether a clause 会上 places at the meeting says the person spoke there (宣读, 宣讲, 介绍, 表示…): the kind
    of meeting the clause names (``""`` for 会上), else None; the caller keeps only the meetings of that kind
    (:func:`kind_fits`).

    >>> speech_kind_at_meeting("会上，", "宣读了关于表彰先进单位的决定。")
    ''
    >>> speech_kind_at_meeting("", "、周晓梅在会上对区政协的支持表示感谢，并要求…", ("周晓梅",))
    ''
    >>> speech_kind_at_meeting("会上，", "听取了各县区工作汇报。") is None, speech_kind_at_meeting("会后，", "宣读了决定。") is None
    (True, True)
    >>> speech_kind_at_meeting("", "在启动仪式上表示，要关爱长者。"), speech_kind_at_meeting("会上，", "听取了汇报。")
    ('启动仪式', None)
    """
    placement = placement_at_meeting(before, after, names)
    if placement is None or _SPEECH_AT_MEETING.match(placement[0]) is None:
        return None
    return placement[1]


# a press event: what an official presents or states there (介绍, 说明, 答记者问, 表示) is what they said at it
_PRESS_EVENT = re.compile(r"发布会|记者会|见面会|记者座谈会|吹风会|通气会|记者招待会")
_PRESENTS = re.compile(
    r"(?:同志)?(?:[^，。；、]{0,4}?(?:长|书记|主任|主席|员))?(?:同志)?[^，。；]{0,30}?"
    r"(?:介绍|说明|解读|答记者问|回答[^，。；]{0,6}提问|通报|发布(?!会|厅)|表示|指出|强调)")


def presents_at_press_event(before: str, after: str, meeting: Mention) -> bool:
    """Whether a person presents at a press event (处长林某介绍，… / 据陈某介绍 / 陈某于…记者会中说明…): at a
    发布会 or 记者会, presenting is speaking there. At another meeting 介绍 may be a visit's guide, not a speech.

    >>> from loaders.types import Mention
    >>> press = Mention("Meeting", "全省民政事业发展规划新闻发布会", "x", 0, 0, 14, {})
    >>> presents_at_press_event("", "处长介绍，十四五期间将…", press)
    True
    >>> presents_at_press_event("据", "介绍，民政系统全面落实…", press)
    True
    >>> presents_at_press_event("", "就清明服务安排进行介绍。", press)
    True
    >>> presents_at_press_event("", "表示，三季度民政部着力保民生。", press)
    True
    >>> presents_at_press_event("", "陪同调研。", press)
    False
    >>> presents_at_press_event("", "出席发布会。", press)
    False
    >>> presents_at_press_event("", "介绍了养老院的情况。", Mention("Meeting", "全市民政工作会议", "x", 0, 0, 8, {}))
    False
    """
    if _PRESS_EVENT.search(meeting.name) is None:
        return False
    clause = re.split(r"[，。；：]", after, maxsplit=1)[0]
    return _PRESENTS.match(clause) is not None or (before.endswith("据") and after.startswith("介绍"))


_CONVENES = re.compile(r"召开|举行|举办")


def held_meetings(text: str, meetings: list[Mention]) -> tuple[list[Mention], list[int]]:
    """The meetings named as held or attended (not only studied), by where they end, and those ends: built once
    per document so that :func:`last_held_meeting` is a bisection, not a scan per person."""
    held = sorted((m for m in meetings if attended(text, m)), key=lambda m: m.end)
    return held, [m.end for m in held]


def last_held_meeting(held: tuple[list[Mention], list[int]], position: int) -> Mention | None:
    """The meeting last named as held or attended before ``position`` (出席…联席会议 … 李某部长在会上指出).

    >>> from loaders.types import Mention
    >>> t = "部长出席深化合作联席会议。学习全国民政工作会议精神。部长在会上指出"
    >>> held = Mention("Meeting", "深化合作联席会议", "x", 0, 4, 12, {})
    >>> studied_only = Mention("Meeting", "全国民政工作会议", "x", 1, 15, 23, {})
    >>> last_held_meeting(held_meetings(t, [held, studied_only]), len(t)).name
    '深化合作联席会议'
    >>> last_held_meeting(held_meetings(t, [held]), 3) is None
    True
    """
    meetings, ends = held
    at = bisect.bisect_right(ends, position) - 1
    return meetings[at] if at >= 0 else None


def hosting_bodies(text: str, local: list[Mention]) -> tuple[list[Mention], int]:
    """The bodies a sentence says host something (由A、B联合主办), and where its 由 stands (-1 if none).
    承办 (running it for the host) is not hosting.

    >>> from loaders.types import Mention
    >>> t = "会议由湖州市民政局、湖州市卫健委联合主办。"
    >>> a = [Mention("Agency", "湖州市民政局", "x", 0, 3, 9, {}), Mention("Agency", "湖州市卫生健康委员会", "x", 0, 10, 16, {})]
    >>> [m.name for m in hosting_bodies(t, a)[0]]
    ['湖州市民政局', '湖州市卫生健康委员会']
    >>> hosting_bodies("会议由湖州市民政局承办。", a[:1])
    ([], -1)
    """
    agencies = sorted((m for m in local if m.label == "Agency"), key=lambda m: m.start)
    for index, first in enumerate(agencies):
        if text[first.start - 1:first.start] != "由":
            continue
        hosts = [first]
        for following in agencies[index + 1:]:
            # 由中宣部宣教局会同民政部基层政权和社区建设司共同主办: 会同/联合 join the hosts too; what follows the
            # joining word may be the start of the next body's own name (会同柳州市委组织部, found as 市委组织部)
            gap = text[hosts[-1].end:following.start]
            joined = re.match(r"[、和及与]|会同|联合|携手", gap)
            if not joined or not following.name.startswith(gap[joined.end():]):
                break
            hosts.append(following)
        if re.match(r"(?:联合|共同)?主办", text[hosts[-1].end:hosts[-1].end + 4]):
            return hosts, first.start - 1
    return [], -1


def studied(text: str, meeting: Mention) -> bool:
    """A meeting whose spirit or decisions are studied (学习贯彻十八届五中全会精神), not one being held.

    >>> from loaders.types import Mention
    >>> studied("学习贯彻十八届五中全会精神辅导报告会", Mention("Meeting", "十八届五中全会", "十八届五中全会", 0, 4, 11, {}))
    True
    >>> studied("市民政局召开全市民政工作会议", Mention("Meeting", "全市民政工作会议", "全市民政工作会议", 0, 6, 14, {}))
    False
    """
    return text[meeting.end:meeting.end + 2] == "精神" or bool(
        re.search(r"(?:学习|贯彻|传达|落实)$", text[max(0, meeting.start - 4):meeting.start]))


def meetings_naming(program: Mention, meetings: list[Mention]) -> list[Mention]:
    """The meetings of the program's sentence whose name holds it (全市墓地治理专项行动工作推进会).

    >>> from loaders.types import Mention
    >>> meeting = Mention("Meeting", "全市墓地治理专项行动工作推进会", "x", 0, 6, 21, {})
    >>> program = Mention("Program", "墓地治理专项行动", "x", 0, 8, 16, {})
    >>> [m.name for m in meetings_naming(program, [meeting])]
    ['全市墓地治理专项行动工作推进会']
    >>> meetings_naming(Mention("Program", "时间银行", "x", 0, 30, 34, {}), [meeting])
    []
    """
    return [m for m in meetings if m.sentence_index == program.sentence_index and m.start <= program.start and program.end <= m.end]


def attended(text: str, meeting: Mention) -> bool:
    """A meeting mentioned as one held, not one whose spirit is studied (学习贯彻全国民政工作会议精神).

    >>> from loaders.types import Mention
    >>> t = "传达学习全国民政工作会议精神"
    >>> attended(t, Mention("Meeting", "全国民政工作会议", "全国民政工作会议", 0, 4, 12, {}))
    False
    >>> t = "张三出席全市民政工作会议并讲话"
    >>> attended(t, Mention("Meeting", "全市民政工作会议", "全市民政工作会议", 0, 4, 12, {}))
    True
    >>> t = "张三指出，党的二十大是…"
    >>> attended(t, Mention("Meeting", "党的二十大", "党的二十大", 0, 5, 10, {}))
    False
    """
    if studied(text, meeting):
        return False
    # the sentence says the meeting took place or was attended: 出席…会议, 在…会议上, 会议在…召开, 主持召开…
    return bool(
        re.search(r"(?:出席|参加|在|主持|召开|举行|举办|列席|开幕|闭幕)[^，。；]{0,4}$", text[max(0, meeting.start - 8):meeting.start])
        or re.match(r"(?:上|期间|开幕|闭幕|召开|举行|在|于|会上)", text[meeting.end:meeting.end + 2])
    )


# the page's own place as a pointer (我县, 本市) and then, in one clause, the program; not after a verb of winning
# (我省荣获全国…示范社区: a title of honour), nor after 为 (为我市加快建设“三地一区”: a goal the clause serves)
_OWN_POINTER = re.compile(r"(?<!为)(?:我|本)(?P<level>省|市|县|区|州|旗)(?P<gap>[^，,。；;：:！？\n]{0,40})$")
_NOT_RUN_THERE = re.compile(r"荣获|获评|获得|被评为|评为|入选|授予|表彰|命名|争创|申报|申请")


# the page's own government written bare (县府积极推动…, 市政府推出“…”): it runs the program in its own place
_OWN_GOVERNMENT = re.compile(
    r"(?:^|(?<=[，,。；;\s]))(?P<level>县|市|区)(?:人民)?政?府[^，。；：]{0,8}?(?:" + _PROMOTE.pattern + r"|推出|推|成立)[“「]?$"
)


def own_place_before(text: str, program: Mention, local: list[Mention], info: DocumentInfo) -> str | None:
    """The page's own place when its clause writes it as 我县 / 本市 before the program (…了解我县城乡社区养老
    服务设施运营、“数字民政”建设情况; 来我县调研残疾人“两项补贴”改革试点), of the level the word names, with
    no other place written between (the nearer place is the site); else None.

    >>> from loaders.types import Mention
    >>> info = DocumentInfo("x", place="安平县", province="河北省")
    >>> t = "调研组详细了解了我县城乡养老设施运营、“慈孝安平”建设等情况。"
    >>> own_place_before(t, Mention("Program", "慈孝安平", "慈孝安平", 0, 20, 24, {}), [], info)
    '安平县'
    >>> t = "会议安排部署我县2025年社会救助扩围增效等工作。"
    >>> own_place_before(t, Mention("Program", "社会救助扩围增效", "x", 0, 13, 21, {}), [], info)
    '安平县'
    >>> t = "我市建成多个基地，推出“慈孝安平”品牌。"  # a city's pointer on a county's page; and a comma between
    >>> own_place_before(t, Mention("Program", "慈孝安平", "x", 0, 12, 16, {}), [], info) is None
    True
    >>> t = "我县荣获全国农村幸福院示范县称号。"
    >>> own_place_before(t, Mention("Program", "全国农村幸福院示范县", "x", 0, 4, 14, {}), [], info) is None
    True
    >>> t = "为我县加快建设“慈孝安平”贡献力量。"
    >>> own_place_before(t, Mention("Program", "慈孝安平", "x", 0, 10, 14, {}), [], info) is None
    True
    >>> t = "为让老人安心生活，县府积极推动「社区照顾关怀据点」，已设置23处。"  # its government, written bare
    >>> at = t.index("社区照顾")
    >>> own_place_before(t, Mention("Program", "社区照顾关怀据点", "x", 0, at, at + 8, {}), [], info)
    '安平县'
    >>> t = "市政府积极推动「社区照顾关怀据点」。"  # a city's government on a county's page
    >>> own_place_before(t, Mention("Program", "社区照顾关怀据点", "x", 0, 8, 16, {}), [], info) is None
    True
    >>> t = "我县甲镇推行“慈孝安平”模式。"
    >>> town = Mention("Place", "甲镇", "甲镇", 0, 2, 4, {})
    >>> own_place_before(t, Mention("Program", "慈孝安平", "x", 0, 7, 11, {}), [town], info) is None
    True
    """
    found = _OWN_POINTER.search(text, max(0, program.start - 44), program.start)
    if found is None or _NOT_RUN_THERE.search(found.group("gap")):
        found = _OWN_GOVERNMENT.search(text, max(0, program.start - 30), program.start)
        if found is None:
            return None
    if any(m.label == "Place" and found.end("level") <= m.start and m.end <= program.start for m in local):
        return None
    return _own_place_of_level(found.group("level"), info)


def _own_place_of_level(level: str, info: DocumentInfo) -> str | None:
    """The page's own place that a bare level word names (我县, 在市政府: 县, 市): its province for 省, its place
    when that is of the level; else None (我市 on a county's page).

    >>> info = DocumentInfo("x", place="安平县", province="河北省")
    >>> _own_place_of_level("县", info), _own_place_of_level("省", info), _own_place_of_level("市", info)
    ('安平县', '河北省', None)
    """
    if level == "省":
        return info.province
    return info.place if info.place and info.place.endswith(level) else None


# each repeat is read as the mention is, against its sentence's places: a program written again and again in one
# long sentence (甲村“…”、乙村“…”、…) would cost the sentence once per repeat, so only the first few are read
_MAX_REPEATS = 8


def repeated_programs(text: str, sentences: list[Sentence], mentions: dict[str, list[Mention]]) -> dict[int, list[Mention]]:
    """Per program mention (by id), its surface written again where no mention stands: a program is found
    once, and the text may place it only where it is written again (…和城市社区爱心食堂建设情况，甲村、乙社区
    农村爱心食堂建设情况), before or after the mention. A later occurrence inside another mention (爱心食堂 in
    爱心食堂智慧助餐系统, or in a body's or policy's name) is that one's. Linear: one pass over the text for
    all surfaces (loaders.trie.find_words, longest first), one bisection per occurrence, at most ``_MAX_REPEATS``
    per mention, and an occurrence passed over once its name's lists are full (every mention of a name takes the
    same occurrences).

    >>> t = "调研了城市社区爱心食堂运营情况，甲村、乙社区农村爱心食堂运营情况，观看了爱心食堂智慧助餐系统。"
    >>> s = [Sentence(0, t, 0, len(t))]
    >>> first = Mention("Program", "爱心食堂", "爱心食堂", 0, 7, 11, {})
    >>> system = Mention("Program", "爱心食堂智慧助餐系统", "爱心食堂智慧助餐系统", 0, 36, 46, {})
    >>> found = repeated_programs(t, s, {"Program": [first, system]})
    >>> [(m.start, m.end, m.sentence_index) for m in found[id(first)]], found.get(id(system))
    ([(24, 28, 0)], None)
    >>> t = "推进甜蜜经济。经验《催生“甜蜜经济”新业态》在甲区交流。"
    >>> repeated_programs(t, [Sentence(0, t, 0, len(t))], {"Program": [Mention("Program", "甜蜜经济", "甜蜜经济", 0, 2, 6, {})]})
    {}
    >>> repeated_programs("只写一次爱心食堂。", [Sentence(0, "只写一次爱心食堂。", 0, 9)], {"Program": [Mention("Program", "爱心食堂", "爱心食堂", 0, 4, 8, {})]})
    {}
    """
    from loaders.trie import find_words

    programs = mentions.get("Program", [])
    if not programs:
        return {}
    firsts: dict[str, list[Mention]] = defaultdict(list)
    for program in programs:
        if len(program.surface) >= 3:  # (a two-character name is too often a piece of other words)
            firsts[program.surface].append(program)
    # (…经验《创新深化婚俗改革 催生“甜蜜经济”新业态》在…交流: a cited title names the program, it runs nowhere)
    titles = [(found.start(), found.end()) for found in re.finditer(r"《[^《》]{1,80}》", text)]
    spans = sorted([*((m.start, m.end) for items in mentions.values() for m in items), *titles])
    span_starts = [start for start, _ in spans]
    # the longest end of the spans up to each position: whether an occurrence lies inside any mention is one bisection
    reach, longest = [], -1
    for _, end in spans:
        longest = max(longest, end)
        reach.append(longest)
    sentence_starts = [s.start for s in sentences]
    out: dict[int, list[Mention]] = defaultdict(list)
    for start, end, surface in find_words(text, firsts):
        at = bisect.bisect_right(span_starts, start) - 1
        if at >= 0 and reach[at] > start:
            continue  # the mention itself, or inside another one
        index = bisect.bisect_right(sentence_starts, start) - 1
        if index < 0 or end > sentences[index].end:
            continue
        owners = firsts[surface]
        if len(out[id(owners[0])]) >= _MAX_REPEATS:
            continue  # every mention of one name takes the same occurrences: once the first is full, all are
        for program in owners:
            if program.start != start and len(out[id(program)]) < _MAX_REPEATS:
                out[id(program)].append(Mention("Program", program.name, surface, sentences[index].index, start, end, program.properties,
                                                program.method))
    return dict(out)


def piloted_in(text: str, program: Mention, local: list[Mention]) -> list[Mention]:
    """Places where the program is piloted or carried out: a place inside its name (站前区春天养老院扩建工程),
    or one written before it in its clause (常山县深化“孝老之城”建设, 青岛、威海被纳入…试点), unless the
    place only opens a body's name (济南市民政局推进…).

    >>> from loaders.types import Mention
    >>> t = "在青岛市、威海市开展居家养老提升行动试点，济南市负责评估。"
    >>> places = [Mention("Place", n, n, 0, i, i + 3, {}) for n, i in (("青岛市", 1), ("威海市", 5), ("济南市", 21))]
    >>> program = Mention("Program", "居家养老提升行动", "居家养老提升行动", 0, 10, 18, {})
    >>> [p.name for p in piloted_in(t, program, [*places, program])]
    ['青岛市', '威海市']
    >>> t = "按照山东民政“1261”行动计划和全市“三提三争”活动要求。"
    >>> shandong = Mention("Place", "山东省", "山东", 0, 2, 4, {})
    >>> [p.name for p in piloted_in(t, Mention("Program", "三提三争", "三提三争", 0, 20, 24, {}), [shandong])]
    []
    >>> t = "民政部在江苏省昆山市、河南省洛宁县等2个市、县，开展了儿童福利制度建设试点工作。"
    >>> ps = [Mention("Place", n, n, 0, i, i + 3, {}) for n, i in (("江苏省", 4), ("昆山市", 7), ("河南省", 11), ("洛宁县", 14))]
    >>> [p.name for p in piloted_in(t, Mention("Program", "儿童福利制度建设试点", "x", 0, 27, 37, {}), ps)]
    ['昆山市', '洛宁县']
    >>> t = "在江苏省昆山市、河南省洛宁县调研后，研究部署儿童福利制度建设试点工作。"
    >>> [p.name for p in piloted_in(t, Mention("Program", "儿童福利制度建设试点", "x", 0, 22, 32, {}), [Mention("Place", n, n, 0, i, i + 3, {}) for n, i in (("江苏省", 1), ("昆山市", 4), ("河南省", 8), ("洛宁县", 11))])]
    []
    >>> t = "今年，湖南将持续深化殡葬改革，推进殡葬降价降费惠民，大力发展绿色殡葬，组织开展托养供养助残、康复辅具助残等助残行动。"
    >>> hunan = Mention("Place", "湖南省", "湖南", 0, 3, 5, {})
    >>> [p.name for p in piloted_in(t, Mention("Program", "康复辅具助残", "x", 0, 51, 57, {}), [hunan])]
    ['湖南省']
    >>> t2 = "今年，湖南将持续深化殡葬改革，推进殡葬降价降费惠民，大力发展绿色殡葬，全国组织开展托养供养助残、康复辅具助残等助残行动。"
    >>> [p.name for p in piloted_in(t2, Mention("Program", "康复辅具助残", "x", 0, 53, 59, {}), [hunan])]
    []
    >>> t = "近年来，黑龙江福彩中心先后开展了送暖行动。"
    >>> body = Mention("Agency", "黑龙江省福彩中心", "黑龙江福彩中心", 0, 4, 11, {})
    >>> [p.name for p in piloted_in(t, Mention("Program", "送暖行动", "x", 0, 17, 21, {}), [Mention("Place", "黑龙江省", "黑龙江", 0, 4, 7, {}), body])]
    []
    >>> t = "推动阳曲县康养小镇建设项目、清徐县颐养社区康养项目建设。"
    >>> a, b = (Mention("Program", n, n, 0, t.index(n), t.index(n) + len(n), {}) for n in ("阳曲县康养小镇建设项目", "清徐县颐养社区康养项目"))
    >>> yangqu, qingxu = (Mention("Place", n, n, 0, t.index(n), t.index(n) + 3, {}) for n in ("阳曲县", "清徐县"))
    >>> [p.name for p in piloted_in(t, b, [yangqu, qingxu, a, b])], [p.name for p in piloted_in(t, a, [yangqu, qingxu, a, b])]
    (['清徐县'], ['阳曲县'])
    >>> t = "推动鄞州区、海曙区争创全国社区治理和服务创新实验区。"
    >>> bidding = [Mention("Place", n, n, 0, t.index(n), t.index(n) + 3, {}) for n in ("鄞州区", "海曙区")]
    >>> piloted_in(t, Mention("Program", "全国社区治理和服务创新实验区", "x", 0, 13, 27, {}), bidding)
    []
    >>> t = "要按照山东民政事业高质量发展“1261”行动计划要求推进。"
    >>> launcher = Mention("Place", "山东省", "山东", 0, t.index("山东"), t.index("山东") + 2, {"level": "province"})
    >>> plan = Mention("Program", "1261行动计划", "x", 0, t.index("1261"), t.index("要求"), {})
    >>> [p.name for p in piloted_in(t, plan, [launcher])]
    []
    >>> t = "山东省开展居家养老提升行动试点。"
    >>> [p.name for p in piloted_in(t, Mention("Program", "居家养老提升行动试点", "x", 0, 5, 15, {}), [Mention("Place", "山东省", "山东省", 0, 0, 3, {})])]
    ['山东省']
    >>> t = "分别是甲市乙区“暖心帮”、丙县“善行丙县”等县级品牌。"
    >>> ps = [Mention("Place", n, n, 0, t.index(n), t.index(n) + len(n), {}) for n in ("甲市", "乙区", "丙县")]
    >>> a, b = (Mention("Program", n, n, 0, t.index(n), t.index(n) + len(n), {}) for n in ("暖心帮", "善行丙县"))
    >>> [p.name for p in piloted_in(t, b, [*ps, a, b])]
    ['丙县']
    >>> t = "济南市民政局召开会议研究居家养老提升行动。"
    >>> [p.name for p in piloted_in(t, Mention("Program", "居家养老提升行动", "x", 0, 12, 20, {}), [Mention("Place", "济南市", "济南市", 0, 0, 3, {})])]
    []
    """
    found = []
    places_by_end = _places_by_end(local)
    program_starts = sorted(m.start for m in local if m.label == "Program")
    place_ends = sorted(m.end for m in local if m.label == "Place")
    # 在江苏省昆山市、浙江省海宁市等4个市、县，开展了…试点: the places of a 在-list, where the clause runs it
    for run in _place_runs(text, sorted((m for m in local if m.label == "Place" and m.end <= program.start), key=lambda m: m.start)):
        if text[run[0].start - 1:run[0].start] == "在" and _LOCATIVE_LIST_TAIL.fullmatch(text, run[-1].end, program.start):
            found.extend(run)
        # 柳州市、桂林市被列入全区居家养老服务改革试点名单: a list whose role names the program itself
        elif (role := _SITES_ROLE.match(text, run[-1].end)) and program.end <= role.end():
            found.extend(run)
        # 以甲县、乙县为试点，探索推行“…”模式 / 在甲县试点的基础上，推广…: places named as the pilot's ground,
        # then the first program the sentence goes on to (a later one is not theirs: one bisect per run)
        elif program.start - run[-1].end <= 40 and piloted_ground(text, run[0].start, run[-1].end) \
                and bisect.bisect_left(program_starts, run[-1].end) == bisect.bisect_left(program_starts, program.start) \
                and not re.search(r"[。；]", text[run[-1].end:program.start]):
            found.extend(run)
    # 黑龙江福彩中心先后开展了…: a place written inside a body's name only names the body
    in_bodies = [(m.start, m.end) for m in local if m.label == "Agency"]

    def in_body_of(place: Mention) -> bool:
        return any(start <= place.start and place.end <= end for start, end in in_bodies)

    # 推动阳曲县万向万亩康养建设项目、万柏林区…康养项目: a place inside another program's name is that one's
    # site, not this one's when this one names its own place (建设海南自由贸易试验区、探索建设中国特色自由贸易港:
    # a sibling without a place of its own shares it). The nearest program starting at or before the place is
    # found by bisect, so a long list stays n log n.
    own_place = any(m.label == "Place" and program.start <= m.start and m.end <= program.end for m in local)
    others = sorted((m.start, m.end) for m in local if own_place and m.label == "Program" and m is not program
                    and not (m.start <= program.start and program.end <= m.end))
    other_starts = [start for start, _ in others]

    def in_other_program(place: Mention) -> bool:
        at = bisect.bisect_right(other_starts, place.start) - 1
        return at >= 0 and place.end <= others[at][1]

    # 济南市钢城区“钢暖心”、青岛市李沧区“李即救”: in a list of places' programs, a program written right
    # after its own place is carried out there only; an earlier place, with a sibling program between, is
    # that sibling's (a program with no place of its own still shares the one before: 常山县深化甲、乙).
    starts_sorted = sorted((m.start, m.end) for m in local if m.label == "Program" and m is not program)
    sibling_starts = [start for start, _ in starts_sorted]
    own_site = any(m.label == "Place" and m.end <= program.start and program.start - m.end <= 1
                   and text[m.end:program.start] in ("", "“", "「") for m in local)

    def sibling_between(place: Mention) -> bool:
        at = bisect.bisect_left(sibling_starts, place.end)
        return own_site and at < len(starts_sorted) and starts_sorted[at][1] <= program.start

    def at_venue(place: Mention) -> bool:
        # 在四川省成都市大邑县举办…: the place (or the chain it ends) follows 在; the chain is only looked up
        # for a gap that holds an event verb, so a sentence's places stay a short scan each
        start = _chain_start(place, places_by_end).start
        return text[start - 1:start] == "在"

    # the run of places after the program a place belongs to (甲县、乙县和丙县 / 甲市乙区): the lists the rules
    # below read, cut once per program so a long list stays linear
    runs_after: dict[int, list[Mention]] = {}

    def run_of(place: Mention) -> list[Mention]:
        if not runs_after:
            after = sorted((m for m in local if m.label == "Place" and m.start >= program.end), key=lambda m: m.start)
            runs_after.update((id(m), run) for run in _place_runs(text, after) for m in run)
        return runs_after.get(id(place)) or [place]

    # 推动鄞州、海曙、镇海争创全国…实验区: places bidding for a designation do not hold it (yet)
    bidders = _BIDDING.search(text, max(0, program.start - 4), program.start) is not None
    designation: bool | None = None
    for place in (m for m in local if m.label == "Place" and m not in found):
        if program.start <= place.start and place.end <= program.end:
            if not launcher_in_name(place, program):
                found.append(place)
        elif bidders and place.end <= program.start:
            continue
        elif designation_copula(text, place, program):
            found.append(place)  # 德清县为全国农村养老服务试点县，…: the place is the designation
        elif place.end <= program.start and program.start - place.end <= 60 \
                and visited_site(text, _chain_start(place, places_by_end).start, place, program) \
                and bisect.bisect_right(place_ends, place.end) == bisect.bisect_right(place_ends, program.start):
            # (no other place ends between it and the program: the nearer one is the visited one)
            # 到访甲区，参与“…”计划的家访活动 / 在甲县救助管理站，…了解了“…”活动开展情况: the visited place (also
            # when it opens an institution's name) is where the program is carried out
            found.append(place)
        elif place.end <= program.start and program.start - place.end <= 30:
            gap = text[place.end:program.start]
            in_body = in_body_of(place) or in_other_program(place) or sibling_between(place)
            # …山东民政事业“1261”行动计划和全市“三提三争”活动: another scope word ends the place's reach;
            # a province that only qualifies the name (山东民政事业高质量发展“1261”行动计划, no verb of running
            # between) names who launched it, as a province inside a name does (place_in_name)
            launcher = _is_province(place) and not _PILOT.search(gap) and not _PROMOTE.search(gap) and "在" not in gap
            if designation is None:  # the program's own reading, the same for every place before it
                designation = wins_designation(text, program)
            if not re.search(r"[，。；：]", gap) and not in_body and not _agency_part(text, place) and not scope_ends_reach(gap, designation) \
                    and not launcher and not attendees_from(text, place, gap) \
                    and not held_or_won_between(gap, designation, venue=_HELD_AT_VENUE.search(gap) is not None and at_venue(place)):
                found.append(place)
            elif not re.search(r"[。；]", gap) and not in_body and _place_is_subject(text, place) and _PILOT.search(gap + program.surface):
                found.append(place)  # 湖南将持续深化殡葬改革，开展殡葬改革综合试点
            elif _GOVERNMENT_RUNS.match(text, place.end, program.start):
                found.append(place)  # 高雄市政府为…，推「一里一据点」: a city's government runs it in the city
        elif place.end <= program.start and program.start - place.end <= 400 and not in_body_of(place) \
                and _place_is_subject(text, place) \
                and not re.search(r"[。！？]|" + _OTHER_SCOPE.pattern, _FIRST_IN_SCOPE.sub("", text[place.end:program.start])) \
                and _PILOT.search(text[place.end:program.start] + program.surface):
            # 今年，湖南将持续深化殡葬改革，…，组织开展社会保障助残、托养供养助残…等五个助残行动: the place
            # that opens the sentence as its subject runs every program the sentence goes on to name
            found.append(place)
        elif program.end <= place.start and place.start - program.end <= 40 \
                and listed_winner(text, program, (run := run_of(place))[0].start, run[-1].end):
            found.append(place)  # …示范社区名单公布，甲县乙社区、丙社区榜上有名
        elif program.end <= place.start and place.start - program.end <= 16 \
                and designated_as_opener(text, program, _chain_start(place, places_by_end).start):
            found.append(place)  # 作为全国婚俗改革实验区，德清县…: the place the designation's clause leads to
        elif program.end <= place.start and place.start - program.end <= 40 \
                and _PLACES_AFTER.fullmatch(text, program.end, run_of(place)[0].start):
            # …试点，试点地区为长沙市、株洲市 / 老年助餐服务在长沙市、株洲市先行试点 / …关爱行动在泰州海陵区、高港区
            # 启动: a place written after its city (泰州海陵区) is read from where its chain starts
            found.append(place)
    # 深圳市宝安区“…”项目: a place written right before another found place only locates it
    starts = {p.start for p in found}
    found = [p for p in found if p.end not in starts]
    item_start = own_list_item(text, program, local)
    if item_start is None:
        return found
    # 观看了甲市爱心食堂智慧助餐系统、乙区养老服务“爱心卡”系统: an earlier item of a list that holds more than
    # its place (甲市爱心食堂智慧助餐系统) is that item's; the program's own item names its own place. Places
    # and their conjunctions are no more (甲镇乙村、丙村和丁镇戊村、己村开展“…”试点: a list of places)
    listed = set()
    for m in local:
        if m.label == "Place" and m.end <= item_start:
            listed.update(range(m.start, m.end))
    return [p for p in found if p.end > item_start or not heads_own_item(text, p.end, item_start, listed)]


def heads_own_item(text: str, place_end: int, item_start: int, listed: set[int]) -> bool:
    """Whether the words after a place, up to the 、 that ends its item (at most 40 characters on), hold more
    than places (whose characters ``listed`` holds) and conjunctions: 甲市爱心食堂智慧助餐系统、 heads an item of
    its own, 乙村和丁镇戊村、 does not.

    >>> heads_own_item("甲市爱心食堂系统、乙区", 2, 10, set()), heads_own_item("乙村和丁村、戊区", 2, 6, {3, 4})
    (True, False)
    """
    end = text.find("、", place_end, min(item_start, place_end + 40))
    if end < 0:
        return False
    return any(i not in listed and text[i] not in "和及与以" for i in range(place_end, end))


def own_list_item(text: str, program: Mention, local: list[Mention]) -> int | None:
    """Where the program's item of a 、-list starts, when that item names a place of its own (乙区养老服务“爱心卡”
    系统, 乙区智慧养老服务平台); else None. A place written before it heads an earlier item only when something
    other than the 、 follows it there (甲市爱心食堂智慧助餐系统、…), not in a list of places (在甲市、乙市开展…).

    >>> from loaders.types import Mention
    >>> t = "观看了甲市爱心食堂智慧助餐系统、乙区养老服务“爱心卡”系统演示。"
    >>> program = Mention("Program", "爱心卡", "爱心卡", 0, t.index("爱心卡”"), t.index("爱心卡”") + 3, {})
    >>> own_list_item(t, program, [Mention("Place", "乙区", "乙区", 0, 16, 18, {})])
    16
    >>> own_list_item(t, program, []) is None  # no place in its own item
    True
    """
    window = text[max(0, program.start - 40):program.start]
    cut = max(window.rfind(mark) for mark in "、，,。；;：:\n")
    if cut < 0 or window[cut] != "、":
        return None
    item_start = program.start - len(window) + cut + 1
    if not any(m.label == "Place" and item_start <= m.start and m.end <= program.end for m in local):
        return None
    return item_start


# a province-wide designation (海南自由贸易试验区, 浙江共同富裕示范区): the province in its name is the site
_PROVINCE_WIDE_DESIGNATION = re.compile(r"试点|试验区|实验区|示范区|先行区")


def launcher_in_name(place: Mention, program: Mention) -> bool:
    """A province written in a program's name names who launched it, not a site (湖南社工“禾计划”,
    四川省慈善扶贫项目, 广东院舍照顾服务计划), as :func:`place_in_name` already reads it; a province-wide
    designation (海南自由贸易试验区) is sited in its province. A city or county in the name is a site
    (站前区春天养老院扩建工程).

    >>> from loaders.types import Mention
    >>> hunan = Mention("Place", "湖南省", "湖南", 0, 0, 2, {"level": "province"})
    >>> launcher_in_name(hunan, Mention("Program", "湖南社工禾计划", "x", 0, 0, 7, {}))
    True
    >>> launcher_in_name(Mention("Place", "海南省", "海南", 0, 0, 2, {"level": "province"}),
    ...                  Mention("Program", "海南自由贸易试验区", "x", 0, 0, 9, {}))
    False
    >>> launcher_in_name(Mention("Place", "站前区", "站前区", 0, 0, 3, {"level": "county"}),
    ...                  Mention("Program", "站前区春天养老院扩建工程", "x", 0, 0, 12, {}))
    False

    A place's civil affairs written short (宁波民政助推共同富裕先行市建设试点: 宁波民政 is the city's bureau) names
    the bureau that launched it, at any level:

    >>> ningbo = Mention("Place", "宁波市", "宁波", 0, 2, 4, {"level": "city"})
    >>> launcher_in_name(ningbo, Mention("Program", "x", "宁波民政助推共同富裕先行市建设试点", 0, 2, 19, {}))
    True
    """
    if bureau_written_short(program.surface, place.end - program.start):
        return True
    return _is_province(place) and not _PROVINCE_WIDE_DESIGNATION.search(program.name)


def bureau_written_short(name: str, place_end: int) -> bool:
    """Whether the place that ends at ``place_end`` in the name is followed by 民政: 城中民政 (a bureau's account,
    “城中民政”微信公众号), 渭源民政 (打造“渭源民政”新形象), 宁波民政助推…试点 name the place's civil-affairs
    bureau, its brand or its channel, not a program carried out there.

    >>> bureau_written_short("城中民政", 2), bureau_written_short("松滋经验", 2)
    (True, False)
    """
    return name.startswith("民政", place_end)


def names_a_bureau(name: str, known: dict[str, Mention]) -> bool:
    """Whether a place (one the page names, or a division the gazetteer knows by that word) stands right before
    民政 in a program's name: 宁波民政, 城中民政 name that place's bureau or its brand (:func:`bureau_written_short`),
    so the name is no work carried out in the page's own place (我市持续擦亮“宁波民政”品牌 is no pilot in 宁波).

    >>> names_a_bureau("宁波民政", {}), names_a_bureau("数字民政", {}), names_a_bureau("民政服务", {})
    (True, False, False)
    """
    gazetteer = get_gazetteer()
    for match in re.finditer("民政", name):
        for length in range(2, min(6, match.start()) + 1):
            word = name[match.start() - length:match.start()]
            if word in known or gazetteer.lookup(word) is not None:
                return True
    return False


def scope_ends_reach(gap: str, designation: bool) -> bool:
    """Whether the words between a place and a program hold another scope (全国, 全省, 我市…) that ends the
    place's reach. The level of a designation the place wins is no other scope (南沙区被确定为全国“…”试点地区,
    指导南沙建成全省…示范点); the level of an award or a case is (越秀区长者饭堂获评全市“…”改革案例: the canteen's).

    >>> scope_ends_reach("被确定为全国“", True), scope_ends_reach("建成全省", True), scope_ends_reach("学习全国", True)
    (False, False, True)
    >>> scope_ends_reach("长者饭堂获评全市“", False)
    True
    >>> scope_ends_reach("在全省率先开展“", False), scope_ends_reach("学习全省首个", False)
    (False, True)
    >>> scope_ends_reach("在我省率先开展“", False), scope_ends_reach("本县首个", False)
    (False, False)
    >>> scope_ends_reach("在全省推广", False)
    True
    """
    won = _WINS_DESIGNATION.search(gap) if designation else None
    return _OTHER_SCOPE.search(_FIRST_IN_SCOPE.sub("", gap[:won.start()] if won else gap)) is not None


# 在全省率先开展…, 全市首个…, 在全国首创…: the place ranks first within a wider scope; the scope word names
# where it was first, not another place that runs the program
_FIRST_IN_SCOPE = re.compile(
    r"(?:^|(?<=[，,]))(?:在)?(?:全国|全省|全市|全区|全县|全州|本省|本市|本区|本县|我省|我市|我区|我县|同类城市中)"
    r"(?:范围内|各地中|上下)?(?:率先|首先|首家|首个|首批|首创|第一个|第一家|最早|先行)"
)
# (the rank is the place's own only where it opens the words after the place, or a clause of them: 德清县在全省
# 率先开展…, 湖南…，在全国率先开展…; 德清县学习全省首个…试点经验 learns from another place's first)


# between a place and a program: a meeting it convenes on the program (福泉市召开…专项行动工作安排部署会), an event
# held at a venue there (在大邑县举办“…”助力乡村振兴——…培训班), or a title won by someone there (…项目》获评江苏省
# 优秀社会工作项目). A place that holds an activity itself runs it (三门举办“温暖来敲门”送温暖活动).
_CONVENED_MEETING = re.compile(r"召开")
_HELD_AT_VENUE = re.compile(r"举办|举行|办理")
_WON_TITLE = re.compile(r"获评|荣获|被评为|评为|获得")


# 来自甲县、乙县的代表参加了“…”试点培训班: the place only says where the people attending come from
_PEOPLE_OF_PLACE_ATTEND = re.compile(
    r"(?:[、和及][^，。；]{0,12}?)?(?:的)?[^，。；]{0,6}?(?:代表|负责同志|负责人|干部|工作人员|学员|嘉宾)(?:们|等)?"
    r"[^，。；]{0,6}?(?:参加|出席|列席|观摩|参训)"
)
# (来自 opens the places, the place itself or one listed before it in the same clause)
_FROM_BEFORE = re.compile(r"来自[^，。；]{0,16}$")


def attendees_from(text: str, place: Mention, gap: str) -> bool:
    """Whether the place only says where people attending come from: 来自 before it (来自甲县、乙县的代表参加了…),
    people attending after it (``gap``, the words up to the program). Without 来自 the place's own cadres take
    part in its own program (甲县民政干部积极参加“…”试点), which is a site.

    >>> from loaders.types import Mention
    >>> t = "来自甲县的代表参加了“时间银行”试点培训班。"
    >>> attendees_from(t, Mention("Place", "甲县", "甲县", 0, 2, 4, {}), t[4:t.index("“") + 1])
    True
    >>> t = "甲县民政干部积极参加“时间银行”互助养老试点。"
    >>> attendees_from(t, Mention("Place", "甲县", "甲县", 0, 0, 2, {}), t[2:t.index("“") + 1])
    False
    """
    return _FROM_BEFORE.search(text, max(0, place.start - 18), place.start) is not None \
        and _PEOPLE_OF_PLACE_ATTEND.match(gap) is not None


def held_or_won_between(gap: str, designation: bool, venue: bool) -> bool:
    """Whether the words between a place and a program say a meeting was convened on it or an event held at a
    venue there (``venue``: the place follows 在), the program naming what it was about, or that a title was
    won (a project, village or institution there is the winner): the place is then no site of the program.
    A designation won (获评全省…试点) is a site.

    >>> held_or_won_between("成都市大邑县举办“", False, True), held_or_won_between("召开2018年", False, False)
    (True, True)
    >>> held_or_won_between("举办“", False, False)
    False
    >>> held_or_won_between("中兴村获评“", False, False), held_or_won_between("获评全省", True, False)
    (True, False)
    >>> held_or_won_between("积极开展“", False, False)
    False
    """
    return (_CONVENED_MEETING.search(gap) is not None or (_HELD_AT_VENUE.search(gap) is not None and venue)
            or (not designation and _WON_TITLE.search(gap) is not None))


def wins_designation(text: str, program: Mention) -> bool:
    """Whether the program, with what follows it, names a designation (…试点, …示范点, “…”试点地区), which a place
    is made or wins, not an award or a case (“…”改革案例).

    >>> from loaders.types import Mention
    >>> t = "南沙区被确定为全国“乡村地名服务”试点地区。"
    >>> wins_designation(t, Mention("Program", "乡村地名服务", "x", 0, t.index("乡村"), t.index("”"), {}))
    True
    >>> t = "越秀区长者饭堂获评全市“小切口微实事”改革案例。"
    >>> wins_designation(t, Mention("Program", "小切口微实事", "x", 0, t.index("小"), t.index("”"), {}))
    False
    """
    after = _DESIGNATION_AFTER.match(text, program.end)
    return _DESIGNATION_NAME.search(program.name + (after.group() if after else "")) is not None


def _is_province(place: Mention) -> bool:
    """A province-level place (山东省, 广西壮族自治区), by its level or its suffix."""
    return place.properties.get("level") == "province" or place.name.endswith(("省", "自治区"))


# a verb of bidding for a designation right before the program (争创全国…实验区): not yet won
_BIDDING = re.compile(r"(?:争创|申创|竞创|争当)[“「\"]?$")
# between the last place of a 在-list and the program: its count (等4个市、县), then a verb of running
_LOCATIVE_LIST_TAIL = re.compile(
    r"(?:等[0-9一二三四五六七八九十百]+个[^，。；：]{0,8})?[，]?(?:先行|率先|继续|全面|统一)?"
    r"(?:开展|实施|推行|推广|启动|试点|试行|探索)(?:了)?[“「]?"
)
_OTHER_SCOPE = re.compile(r"全国|全省|全市|全区|全县|全州|本省|本市|本区|本县|我省|我市|我区|我县|各地")


# A place's government as the subject, then (after at most one purpose clause) a verb of
# running right before the program: 台中市政府推出…, 高雄市政府为强化…，推「…」.
_GOVERNMENT_RUNS = re.compile(
    r"(?:人民)?政府(?:[^，。；：]{0,16}[，,])?[^，。；：]{0,8}?(?:" + _PROMOTE.pattern + r"|推出|推)[“「]?$"
)
# Between a program and the places that follow it: the places are where it is piloted
# (…试点，试点地区为A、B; …在A、B先行试点; …落地A、B), the places of a list joined by 、和及.
_PLACES_AFTER = re.compile(
    r"(?:[”」]?[，,]?(?:试点|示范)(?:地区|城市|县|区|单位)?(?:确定为|选定为|为|包括|有|是|设在|放在)[：:]?"
    # (“时间银行”正在北京、南京等地试点 / …已在A、B落地: an adverb of time may stand before 在)
    r"|[”」]?(?:正|已|已经|先后|分别|率先)?(?:先行)?(?:在|于|落地|落户)"
    # (…试点范围扩大到A、B / 试点工作拓展至A: the places a pilot reaches)
    r"|[”」]?(?:试点)?(?:范围|工作)?(?:已|已经)?(?:逐步|进一步)?(?:(?:扩大|扩展|拓展|延伸|推广)(?:到|至)|覆盖(?:了)?)"
    r")$"
)


_PILOT_PROGRAM = re.compile(r"试点|试验区|实验区")
# the nouns a pilot's sites are counted or named as (4个实验区, 为第二批全国婚俗改革实验区, 为省级试点)
_PILOT_NOUN = r"(?:试点|实验区|试验区|示范区|先行区)"
_COUNT = r"[0-9一二三四五六七八九十百]+个"
# 确定A、B等10个地区为试点地区 / 试点地区为A、B / A、B被确定为试点城市
# 巴州区回风街道、南江县正直镇等4个街道（乡镇）为省级试点: townships and streets too, the kind in brackets
# 确认甲市乙区、丙市丁区等17个县(市、区)为第二批全国婚俗改革实验区: a designation's own noun
_SITES_ROLE = re.compile(
    rf"(?:等{_COUNT}(?:地区|城市|县(?:市区)?|单位|区|街道|乡镇|镇|乡|社区|村)(?:[（(][^）)]{{1,8}}[）)])?)?"
    # …为省级试点 / 被列入全国…试点名单 / 纳入…试点范围 / 入选…试点 / 被确认为…实验区
    # (选取A、B作为“…”试点地区: 作为 names the sites as 为 does)
    r"(?:被)?(?:(?:确定|选定|确认|命名|列)?为|作为|列入|纳入|入选)(?:全国|国家级|省级|市级|县级)?(?:[^，。；：]{0,16}?)?" + _PILOT_NOUN +
    r"(?:地区|城市|县|区|单位|市|街道|乡镇|镇|社区|村|名单|范围)?(?![\u4e00-\u9fff])"
)
# 目前我省已拥有甲市乙区、丙区和丁市戊区3个实验区: the list counted as the sites of a pilot named before it
# (no verb of naming between: 等3个县为…试点 names a pilot of its own, read by _SITES_ROLE)
_SITES_COUNTED_AFTER = re.compile(
    rf"(?:等)?{_COUNT}[^，。；：为入]{{0,6}}?{_PILOT_NOUN}(?:地区|城市|县|区|单位|市|街道|乡镇|镇|社区|村)?(?![\u4e00-\u9fff])"
)
# 试点地区为：A、B / 第二批全国婚俗改革实验区包括：A，B，C / 示范区名单如下：A、B
# (试点县（市、区）：A、B, 试点县（市、区）为A、B: the kinds the list holds in brackets, a colon alone)
_SITES_OPENER = re.compile(r"(?:试点(?:地区|城市|县|区|单位|街道|乡镇)?|实验区|试验区|示范区|示范县|示范市|名单)"
                           r"(?:[（(][^（）()]{1,8}[）)])?(?:(?:包括|为|是|有|如下)[：:]?|[：:])$")
_SITES_CHOSEN = re.compile(r"(?:确定|选定|遴选|选取|选择)(?:了)?$")
_SITES_COUNTED = re.compile(
    r"等[0-9一二三四五六七八九十百]+个[^，。；：]{0,10}?试点(?:地区|城市|县|区|单位|市|街道|乡镇|镇|社区|村)?(?![\u4e00-\u9fff])"
)


def pilot_sites(text: str, places: list[Mention], opener_only: bool = False) -> list[Mention]:
    """The places of a sentence that lists a pilot's sites, most specific first-level only
    (河北省保定市 gives 保定市).

    >>> from loaders.types import Mention
    >>> t = "确定河北省保定市、江苏省南通市等10个地区为试点地区。"
    >>> ps = [Mention("Place", n, n, 0, i, i + 3, {}) for n, i in (("河北省", 2), ("保定市", 5), ("江苏省", 9), ("南通市", 12))]
    >>> [p.name for p in pilot_sites(t, ps)]
    ['保定市', '南通市']
    >>> [p.name for p in pilot_sites("保定市召开试点工作推进会。", [Mention("Place", "保定市", "x", 0, 0, 3, {})])]
    []
    >>> t = "甲县乙镇、丙镇等2个街道（乡镇）为省级试点，丁镇为市级试点。"
    >>> ps = [Mention("Place", n, n, 0, i, i + 2, {}) for n, i in (("甲县", 0), ("乙镇", 2), ("丙镇", 5), ("丁镇", 22))]
    >>> [p.name for p in pilot_sites(t, ps)]
    ['乙镇', '丙镇', '丁镇']
    >>> t = "意见确定了甲镇、乙镇等四个镇共七个试点单位。"
    >>> [p.name for p in pilot_sites(t, [Mention("Place", n, n, 0, i, i + 2, {}) for n, i in (("甲镇", 5), ("乙镇", 8))])]
    ['甲镇', '乙镇']
    >>> [p.name for p in pilot_sites("确定了甲镇、乙镇等四个镇的试点经验做法。", [Mention("Place", n, n, 0, i, i + 2, {}) for n, i in (("甲镇", 3), ("乙镇", 6))])]
    []
    >>> t = "甲市、乙市被列入全国居家养老服务改革试点名单。"
    >>> [p.name for p in pilot_sites(t, [Mention("Place", n, n, 0, i, i + 2, {}) for n, i in (("甲市", 0), ("乙市", 3))])]
    ['甲市', '乙市']
    >>> [p.name for p in pilot_sites("甲市、乙市纳入全国试点经验推广。", [Mention("Place", n, n, 0, i, i + 2, {}) for n, i in (("甲市", 0), ("乙市", 3))])]
    []
    >>> pair = [Mention("Place", n, n, 0, i, i + 2, {}) for n, i in (("甲镇", 0), ("乙镇", 3))]
    >>> [p.name for p in pilot_sites("甲镇、乙镇为省级试点示范工作提供经验。", pair)]
    []
    >>> t = "启动“社区治理创新实验区”工作以来，我省已拥有甲市乙区、丙区和丁市戊区3个实验区。"
    >>> ps = [Mention("Place", n, n, 0, t.index(n), t.index(n) + len(n), {}) for n in ("甲市", "乙区", "丙区", "丁市", "戊区")]
    >>> [p.name for p in pilot_sites(t, ps, opener_only=True)]
    ['乙区', '丙区', '戊区']
    >>> t = "我省已有甲市乙区、丙区等3个区为试点提供经验。"
    >>> pilot_sites(t, [Mention("Place", n, n, 0, t.index(n), t.index(n) + len(n), {}) for n in ("甲市", "乙区", "丙区")], opener_only=True)
    []
    >>> t = "确认甲省乙市丙区、丁省戊市己区等17个县(市、区)为第二批全国婚俗改革实验区。"
    >>> ps = [Mention("Place", n, n, 0, t.index(n), t.index(n) + len(n), {}) for n in ("甲省", "乙市", "丙区", "丁省", "戊市", "己区")]
    >>> [p.name for p in pilot_sites(t, ps)]
    ['丙区', '己区']
    >>> t = "第二批婚俗改革实验区包括：甲县，乙县。"
    >>> [p.name for p in pilot_sites(t, [Mention("Place", n, n, 0, i, i + 2, {}) for n, i in (("甲县", 13), ("乙县", 16))], opener_only=True)]
    ['甲县', '乙县']
    """
    out: list[Mention] = []
    for run in _place_runs(text, sorted(places, key=lambda m: m.start)):
        first, last = run[0], run[-1]
        listed_before_role = bool(_SITES_ROLE.match(text, last.end))
        # (…4个实验区 right after the list counts it as the sites of the pilot the sentence named before)
        # (20 characters: the longest opener, 试点地区（县、市、区）包括：, is 17)
        listed_after_opener = bool(_SITES_OPENER.search(text[max(0, first.start - 20):first.start])
                                   or _SITES_COUNTED_AFTER.match(text, last.end))
        # 确定了虞山镇等四个镇共七个试点单位: chosen, then counted as the pilot's sites
        chosen_and_counted = bool(_SITES_CHOSEN.search(text[max(0, first.start - 4):first.start])
                                  and _SITES_COUNTED.match(text, last.end))
        if listed_after_opener or (not opener_only and (listed_before_role or chosen_and_counted)):
            starts = {m.start for m in run}
            out.extend(m for m in run if m.end not in starts)
    return out


_LINE_MARKER = re.compile(r"[\s\u3000]*(?:[（(]?[0-9一二三四五六七八九十]{1,3}[）)、.．]\s*)?")


def heading_places(text: str, sentence: Sentence, places: list[Mention]) -> list[Mention]:
    """The places a line opens with, right before a colon (北京市西城区：探索…, 2.甲县、乙县：…): the line
    is about them, so the most specific of each is returned. A place chain that goes on past a known
    place before the colon (阳泉市城区：) or a place inside the line gives nothing.

    >>> from loaders.types import Mention, Sentence
    >>> t = "北京市西城区：探索三社联动机制。"
    >>> ps = [Mention("Place", n, n, 0, i, i + 3, {}) for n, i in (("北京市", 0), ("西城区", 3))]
    >>> [p.name for p in heading_places(t, Sentence(0, t, 0, len(t)), ps)]
    ['西城区']
    >>> t = "2.甲县、乙县：建成站点。"
    >>> ps = [Mention("Place", n, n, 0, i, i + 2, {}) for n, i in (("甲县", 2), ("乙县", 5))]
    >>> [p.name for p in heading_places(t, Sentence(0, t, 0, len(t)), ps)]
    ['甲县', '乙县']
    >>> t = "阳泉市城区：健全机制。"
    >>> heading_places(t, Sentence(0, t, 0, len(t)), [Mention("Place", "阳泉市", "阳泉市", 0, 0, 3, {})])
    []
    >>> t = "会议指出，北京市西城区：探索。"
    >>> heading_places(t, Sentence(0, t, 0, len(t)), [Mention("Place", "西城区", "x", 0, 8, 11, {})])
    []
    """
    ordered = sorted((m for m in places if m.start >= sentence.start), key=lambda m: m.start)
    if not ordered:
        return []
    run = _place_runs(text, ordered)[0]
    if not _LINE_MARKER.fullmatch(text, sentence.start, run[0].start) or text[run[-1].end:run[-1].end + 1] not in ("：", ":"):
        return []
    starts = {m.start for m in run}
    return [m for m in run if m.end not in starts]


def subject_places_before(text: str, sentences: list[Sentence], index: int, by_sentence: dict[int, list[Mention]],
                          limit: int = 6) -> list[Mention]:
    """The places that open, as acting subjects, the earlier parts of a sentence cut at ；
    (今年，湖南将持续深化殡葬改革…；完善婚姻登记管理服务…；组织开展…助残行动 gives 湖南 for the last part).

    >>> from loaders.types import Mention, Sentence
    >>> t = "今年，湖南将深化改革；组织开展助残行动。"
    >>> ss = [Sentence(0, t[:11], 0, 11), Sentence(1, t[11:], 11, len(t))]
    >>> hunan = Mention("Place", "湖南省", "湖南", 0, 3, 5, {})
    >>> [p.name for p in subject_places_before(t, ss, 1, {0: [hunan]})]
    ['湖南省']
    >>> t = "今年，湖南将深化改革。组织开展助残行动。"
    >>> ss = [Sentence(0, t[:11], 0, 11), Sentence(1, t[11:], 11, len(t))]
    >>> subject_places_before(t, ss, 1, {0: [hunan]})
    []
    """
    found: list[Mention] = []
    current = index
    while current > 0 and index - current < limit and sentences[current - 1].text.rstrip().endswith(("；", ";")):
        current -= 1
        found = [m for m in by_sentence.get(current, []) if m.label == "Place" and _place_is_subject(text, m)] + found
    return found


def _place_runs(text: str, ordered: list[Mention]) -> list[list[Mention]]:
    """The places of a sentence cut into lists: places joined only by 、，和及与 or nothing
    (…长赤镇等4个街道为省级试点，恩阳区司城街道、兴隆镇等…为市级试点 gives two lists).

    >>> from loaders.types import Mention
    >>> t = "甲镇、乙镇为省级试点，丙镇、丁镇为市级试点"
    >>> ps = [Mention("Place", n, n, 0, i, i + 2, {}) for n, i in (("甲镇", 0), ("乙镇", 3), ("丙镇", 11), ("丁镇", 14))]
    >>> [[p.name for p in run] for run in _place_runs(t, ps)]
    [['甲镇', '乙镇'], ['丙镇', '丁镇']]
    """
    runs: list[list[Mention]] = []
    for place in ordered:
        if runs and re.fullmatch(r"[、，,和及与]?", text[runs[-1][-1].end:place.start]):
            runs[-1].append(place)
        else:
            runs.append([place])
    return runs


# a designation's noun, with the kind of place or unit that holds it: a county or city (示范县, 试点城市), and a
# street, township, community or village (示范街道, 示范社区, 示范村) or a 模范县 (双拥模范县) as well, which the
# study gold of two annotators gives their place as its site (东栅街道被评为…示范街道, 黄梅村荣获…示范村)
_DESIGNATION_HOLDER = r"(?:县区|县|市|区|点|单位|城市|地区|街道|乡镇|镇|乡|社区|村|城)?"
_DESIGNATION_NAME = re.compile(r"(?:示范|试点|联系点|实验区|试验区|先行区|观察点|模范)" + _DESIGNATION_HOLDER + "$")
_DESIGNATION_AFTER = re.compile(r"[”」]?(?:示范|试点|联系点|实验区|试验区|先行区|观察点|模范)" + _DESIGNATION_HOLDER)
_BELOW_COUNTY_HOLDER = re.compile(r"(?:示范|试点|模范)(?:街道|乡镇|镇|乡|社区|村)$")
# (获评全省…试点 / 被确定为全国“…”试点地区: the designation's level stands between the verb and its name)
_DESIGNATION_LEVEL = r"(?:全国|全省|全市|全区|全县|国家级|省级|市级|县级)?"
# the verbs that give a designation, shared by the two readings below
_DESIGNATION_VERBS = ("被确定为", "确定为", "入选", "获评", "荣获", "获批", "成功创建", "被列为", "列为", "被评为", "被命名为")


def _designation_verb_before(*more: str) -> re.Pattern[str]:
    """A designation verb (and ``more``) with its level word, ending right where the designation's name starts.

    >>> bool(_designation_verb_before().search("被确定为全国“"))
    True
    >>> bool(_designation_verb_before().search("成为全国“"))
    False
    """
    verbs = "|".join(sorted({*_DESIGNATION_VERBS, *more}, key=len, reverse=True))
    return re.compile(rf"(?:{verbs})(?:了)?" + _DESIGNATION_LEVEL + r"[“「]?$")


# a designation given to the document's own place (作为…省级联系点, 入选…示范县)
_DESIGNATED_AS = _designation_verb_before("作为", "成为", "评为")
# a named place that wins a designation (南沙区被确定为全国“…”试点地区, 指导南沙建成全省…示范点): the level word
# after the verb is the designation's, not another scope that ends the place's reach
_WINS_DESIGNATION = _designation_verb_before("建成", "创建")
# an institution that wins an award (该中心获评…示范点) holds it, not the document's place
_INSTITUTION_SUBJECT = re.compile(r"(?:该|本)(?:中心|院|所|站|校|馆|机构|单位|协会|组织|企业|公司)[^，。；]{0,4}$")


def designated_here(text: str, program: Mention, local: list[Mention]) -> bool:
    """A designation the sentence gives with no place of its own (作为…省级联系点, 入选…示范县):
    the document's own place holds it.

    >>> from loaders.types import Mention
    >>> t = "作为养老服务省级联系点，该县新建站点五个。"
    >>> program = Mention("Program", "养老服务省级联系点", "养老服务省级联系点", 0, 2, 11, {})
    >>> designated_here(t, program, [program])
    True
    >>> designated_here(t, program, [program, Mention("Place", "眉山市", "眉山市", 0, 13, 16, {})])
    False
    >>> t = "入选“浙江省地名文化建设”试点县区。"
    >>> program = Mention("Program", "浙江省地名文化建设", "x", 0, 3, 12, {})
    >>> designated_here(t, program, [program, Mention("Place", "浙江省", "浙江省", 0, 3, 6, {})])
    True
    >>> designated_here("入选“浙江省地名文化建设”宣传材料。", program, [program])
    False
    >>> t = "发放补贴7000余万元，获评全省社会救助综合改革试点。"
    >>> reform = Mention("Program", "社会救助综合改革试点", "x", 0, t.index("社会"), t.index("。"), {})
    >>> designated_here(t, reform, [reform])
    True
    >>> t = "该中心获评“全省创建文明行业活动示范点”。"
    >>> award = Mention("Program", "全省创建文明行业活动示范点", "x", 0, 6, 19, {})
    >>> designated_here(t, award, [award])
    False
    >>> t = "黄梅村荣获全国民主法治建设示范村。"
    >>> village = Mention("Program", "全国民主法治建设示范村", "x", 0, 5, 16, {})
    >>> designated_here(t, village, [village])
    False
    """
    # the designation may go on after the quoted name: 入选“…”试点县区
    if not wins_designation(text, program):
        return False
    # 甲村荣获全国…示范村: a village's, community's or street's designation is held by one the sentence names
    # (found or not), never by the county or city the document is about
    after = _DESIGNATION_AFTER.match(text, program.end)
    if _BELOW_COUNTY_HOLDER.search(program.name + (after.group() if after else "")):
        return False
    if any(m.label == "Place" and not (program.start <= m.start and m.end <= program.end) for m in local):
        return False
    designated = _DESIGNATED_AS.search(text, max(0, program.start - 10), program.start)
    return designated is not None and not _INSTITUTION_SUBJECT.search(text, max(0, designated.start() - 10), designated.start())


# a visit to a place (到访/来到/深入/在 甲县…), then what the visitors saw or joined there (了解了“…”活动开展情况,
# 参与“…”计划的家访活动): the program is carried out at the visited place
_VISITED_BEFORE = re.compile(r"(?:到访|来到|深入|走进|前往|到|赴|在)$")
_MEETING_OR_EVENT_AT = re.compile(r"召开|举办|举行|会上|会议")
_SAW_OR_JOINED = re.compile(
    r"[^。；！？]{0,30}?(?:了解|查看|察看|检查|视察|考察|参与|参加|观摩|体验)(?:了)?[^，。；！？]{0,8}?[“「]?"
)
# (参加了“…”培训活动 / …座谈会: an event about the program held there is no carrying out of it, as rels13's venue rule)
_CARRIED_OUT_AFTER = re.compile(
    r"[”」]?(?:(?!培训|会|座谈|讲座|研讨|论坛|交流|宣讲|比赛|竞赛)[^，。；！？]){0,8}?"
    r"(?:开展|建设|运行|运营|推进|落实|实施|落地)?(?:情况|活动)"
)


def visited_site(text: str, chain_start: int, place: Mention, program: Mention) -> bool:
    """Whether the place (its chain starting at ``chain_start``) is visited and the visitors see or join the
    program's carrying out there (在甲县救助管理站，…了解了“寒冬送温暖”活动开展情况; 到访甲区，参与“…”计划的家访活动).
    Nothing when no verb of seeing or joining stands between (调研后，研究部署…试点工作; 要求推广…), another scope
    does (了解全省…), a meeting is convened or an event held there (在甲县召开的推进会上，…观摩了…), or what
    follows the program is an event about it (参加了“…”培训活动).

    >>> from loaders.types import Mention
    >>> t = "来到甲县救助管理站，一行重点了解了“寒冬送温暖”活动开展情况。"
    >>> county = Mention("Place", "甲县", "甲县", 0, 2, 4, {})
    >>> visited_site(t, 2, county, Mention("Program", "寒冬送温暖", "x", 0, t.index("寒冬"), t.index("”"), {}))
    True
    >>> t = "来到甲县，代表们参加了“时间银行”培训活动。"
    >>> visited_site(t, 2, county, Mention("Program", "时间银行", "x", 0, t.index("时间"), t.index("”"), {}))
    False
    >>> t = "到甲县调研后，研究部署婚俗改革试点工作。"
    >>> visited_site(t, 1, Mention("Place", "甲县", "甲县", 0, 1, 3, {}), Mention("Program", "婚俗改革试点", "x", 0, 11, 17, {}))
    False
    >>> t = "在甲县召开的推进会上，与会代表观摩了“时间银行”活动。"
    >>> visited_site(t, 1, Mention("Place", "甲县", "甲县", 0, 1, 3, {}), Mention("Program", "时间银行", "x", 0, 19, 23, {}))
    False
    """
    if not _VISITED_BEFORE.search(text, max(0, chain_start - 2), chain_start):
        return False
    # (省民政厅在甲县召开座谈会，与会人员了解了… / 在甲县召开的推进会上，…观摩了…: the place is a meeting's venue,
    # which rels13's venue rule reads, not a site the visitors see the program carried out at)
    if _MEETING_OR_EVENT_AT.search(text, place.end, program.start):
        return False
    saw = _SAW_OR_JOINED.fullmatch(text, place.end, program.start)
    return saw is not None and not _OTHER_SCOPE.search(text, place.end, program.start) \
        and _CARRIED_OUT_AFTER.match(text, program.end) is not None


# 以甲县、乙县为试点， / 在甲县试点的基础上，: a run of places named as the ground a program is tried on
_GROUND_OPENER = re.compile(r"(?:以|选择|选取|确定|在)$")
_GROUND_CLOSER = re.compile(
    r"(?:等[0-9一二三四五六七八九十百]+个[^，。；：]{0,6}?)?(?:为|作为)(?:[^，。；：]{0,6}?)(?:试点|试验田|示范点|先行区)(?:单位|地区|县|区|市)?[，,]"
    r"|(?:先行)?试点(?:的|取得的)?(?:基础上|经验基础上)[，,]"
)


def piloted_ground(text: str, run_start: int, run_end: int) -> bool:
    """Whether a run of places (``run_start``..``run_end``) is named as the ground a pilot is tried on, in a
    clause of its own before the program (以甲县、乙县为试点，…; 在甲县试点的基础上，…); not an example
    (以甲县为例) or a place merely in a clause before.

    >>> t = "以甲县、乙县为试点，探索推行“时间银行”模式。"
    >>> piloted_ground(t, 1, 6)
    True
    >>> t = "以甲县为例，介绍了“时间银行”模式。"
    >>> piloted_ground(t, 1, 3)
    False
    >>> t = "在甲县试点的基础上，推广“时间银行”模式。"
    >>> piloted_ground(t, 1, 3)
    True
    """
    return _GROUND_OPENER.search(text, max(0, run_start - 2), run_start) is not None \
        and _GROUND_CLOSER.match(text, run_end) is not None


# 甲县为全国…试点县，… / 乙县系全省“…”试点县之一: a copula between the place and a designation that ends its clause
# (德清县是全省唯一的“…”试点县: a rank in the designation's scope may stand before it)
_COPULA_BEFORE = re.compile(r"(?:已|现|也|即|均)?(?:为|系|是)" + _DESIGNATION_LEVEL
                            + r"(?:首批|第[一二三四五六七八九十]批|唯一|首个|首家|第一个)?(?:的)?[“「]?")
_COPULA_AFTER = re.compile(r"[”」]?" + _DESIGNATION_HOLDER + r"(?:之一)?(?:[，。；、]|$)")


def designation_copula(text: str, place: Mention, program: Mention) -> bool:
    """Whether the place is said to be the designation the program names, by a copula right after it
    (甲县为全国农村养老服务试点县，; 乙县系全省“时间银行”试点县之一。), the designation ending its clause: not a
    place that serves one (甲县为全国婚俗改革实验区提供了经验).

    >>> from loaders.types import Mention
    >>> t = "甲县为全国农村养老服务试点县，今年新建站点20个。"
    >>> county = Mention("Place", "甲县", "甲县", 0, 0, 2, {})
    >>> designation_copula(t, county, Mention("Program", "农村养老服务试点", "x", 0, 5, 13, {}))
    True
    >>> t = "甲县为全国婚俗改革实验区提供了经验。"
    >>> designation_copula(t, county, Mention("Program", "全国婚俗改革实验区", "x", 0, 3, 12, {}))
    False
    """
    if not (place.end <= program.start and _COPULA_BEFORE.fullmatch(text, place.end, program.start)):
        return False
    after = _DESIGNATION_AFTER.match(text, program.end)
    return wins_designation(text, program) and _COPULA_AFTER.match(text, after.end() if after else program.end) is not None


# 公布第二批…实验区名单，我省甲县、乙县入选 / …名单公布，甲县乙社区榜上有名: a list announced, then the places
# that made it, each place of the run read up to the verb that says so
# (the list itself is the run of place mentions, never read by a pattern: a repeated group of CJK items ended by
# 和/及/与, themselves CJK, split a long clause in exponentially many ways; 258 s on one sentence)
_LIST_ANNOUNCED = re.compile(
    r"[”」]?(?:[^，。；“”「」]{0,4}?)名单(?:正式)?(?:公布|出炉|发布|揭晓)?(?:了)?[，,]\s*"
    r"(?:其中)?[，,]?(?:我省|我市|我区|我县|全省|全市|全区|全县)?(?:共有|有)?"
)
_MADE_THE_LIST = re.compile(
    r"(?:等[0-9一二三四五六七八九十百]+[个家][^，。；]{0,6}?)?"
    r"(?:成功|均|同时|也)?(?:入选|上榜|榜上有名|名列其中|位列其中)"
)


def listed_winner(text: str, program: Mention, run_start: int, run_end: int) -> bool:
    """Whether the program names a list just announced (…示范社区名单公布，) and the run of places from
    ``run_start`` to ``run_end`` (see :func:`_place_runs`) made it (入选, 上榜, 榜上有名): the announcement reaches
    the run's first place, the verb follows its last.

    >>> from loaders.types import Mention
    >>> t = "民政部公布第二批全国婚俗改革实验区名单，我省甲县、乙县入选。"
    >>> p = Mention("Program", "全国婚俗改革实验区", "x", 0, t.index("全国"), t.index("名单"), {})
    >>> listed_winner(t, p, t.index("甲县"), t.index("乙县") + 2)
    True
    >>> t = "民政部公布第二批全国婚俗改革实验区名单，甲县民政局要认真学习。"
    >>> listed_winner(t, p, t.index("甲县"), t.index("甲县") + 2)
    False
    >>> t = "全国婚俗改革实验区名单公布，甲县与社会组织和志愿者及群众积极参与。"
    >>> listed_winner(t, p, t.index("甲县"), t.index("甲县") + 2)
    False
    """
    return (_LIST_ANNOUNCED.fullmatch(text, program.end, run_start) is not None
            and _MADE_THE_LIST.match(text, run_end) is not None)


# 作为全国“…”实验区，甲县…: a clause that opens the sentence with a designation, its holder the subject after it
_AS_DESIGNATION_OPENER = re.compile(r"(?:^|[。；！？\n：:])\s*(?:同时|此外|目前|近年来)?[，,]?作为" + _DESIGNATION_LEVEL + r"[“「]?$")
_AS_DESIGNATION_CLOSER = re.compile(r"[”」]?" + _DESIGNATION_HOLDER + r"(?:之一)?[，,]\s*")


def designated_as_opener(text: str, program: Mention, subject_start: int) -> bool:
    """Whether a clause that opens its sentence gives a designation (作为全国婚俗改革实验区，) and the place
    starting at ``subject_start``, right after its comma, is the subject that holds it.

    >>> from loaders.types import Mention
    >>> t = "作为全国婚俗改革实验区，德清县大力倡导简约婚俗。"
    >>> designated_as_opener(t, Mention("Program", "全国婚俗改革实验区", "x", 0, 2, 11, {}), 12)
    True
    >>> t = "会议要求，作为全国婚俗改革实验区的经验，德清县要总结推广。"
    >>> designated_as_opener(t, Mention("Program", "全国婚俗改革实验区", "x", 0, 7, 16, {}), 21)
    False
    >>> t = "作为“时间银行”的发起地，德清县大力推广。"
    >>> designated_as_opener(t, Mention("Program", "时间银行", "x", 0, 3, 7, {}), 13)
    False
    """
    after = _DESIGNATION_AFTER.match(text, program.end)
    return (_AS_DESIGNATION_CLOSER.fullmatch(text, after.end() if after else program.end, subject_start) is not None
            and _AS_DESIGNATION_OPENER.search(text, max(0, program.start - 16), program.start) is not None
            and wins_designation(text, program))


def _place_is_subject(text: str, place: Mention) -> bool:
    """The place opens its sentence and acts: 湖南将…, 广西民政部门扎实开展…, 青岛市积极推进…

    >>> from loaders.types import Mention
    >>> _place_is_subject("讲话。今年，湖南将持续深化殡葬改革", Mention("Place", "湖南省", "湖南", 0, 6, 8, {}))
    True
    >>> _place_is_subject("会议指出，支持湖南将殡葬改革", Mention("Place", "湖南省", "湖南", 0, 7, 9, {}))
    False
    >>> _place_is_subject("他说，黑龙江认真贯彻重要论述", Mention("Place", "黑龙江省", "黑龙江", 0, 3, 6, {}))
    True
    >>> _place_is_subject("近年来，甲市瞄准目标，探索形成了新路", Mention("Place", "甲市", "甲市", 0, 4, 6, {}))
    True
    """
    before = text[max(0, place.start - 12):place.start]
    # 。今年，湖南将…: a time word may open the sentence before the place, with or without its comma
    opens = not before or re.search(r"(?:^|[。；！\n]|[，])\s*(?:\d{4}年|今年|近年来|同时|此外)?[，]?$", before)
    # (甲市立足…优势 / 乙区作为“世界长寿乡” / 丙市瞄准目标，探索…: a place that takes a stance acts too)
    acts = re.match(r"(?:市|省|区|县)?(?:各级)?(?:民政部门|民政系统)?(?:将|要|已|积极|扎实|全面|深入|大力|持续|率先|认真|坚持|着力|不断|进一步|在全国|在全省|立足|瞄准|作为|聚焦|围绕|探索|创新)", text[place.end:place.end + 8])
    return bool(opens and acts)


def _agency_part(text: str, place: Mention) -> bool:
    """The place is only the prefix of a body's name (济南市民政局), not a place the program runs in
    (浙江省民政领域推进…, 广西民政部门开展…: the place's own field or departments run it there).

    >>> from loaders.types import Mention
    >>> [_agency_part(t, Mention("Place", "浙江省", "浙江省", 0, 0, 3, {})) for t in ("浙江省民政厅推进", "浙江省人民政府推进", "浙江省民政领域推进", "浙江省民政部门开展")]
    [True, True, False, False]
    """
    return bool(re.match(r"(?:人民)?(?:政府|民政(?:厅|局|部(?!门))|委|党委|财政|人大|政协)", text[place.end:place.end + 4]))


_RANK = {"province": 0, "city": 1, "county": 2, "special": 2, "township": 3, "street": 3, "village": 4, "community": 4}


@lru_cache(maxsize=1)
def _cities_with_counties() -> frozenset[str]:
    """Codes of the cities the gazetteer divides into counties or districts (all but 东莞, 中山, 嘉峪关 …).

    >>> codes = _cities_with_counties()
    >>> "340100" in codes, "441900" in codes
    (True, False)
    """
    gazetteer = get_gazetteer()
    return frozenset(p.parent for p in gazetteer.by_code.values() if p.level == "county" and p.parent)


def _one_level_up(place: Place | None) -> bool:
    """Whether the document's own place can stand as the direct parent of a township, street, community or
    village it names with no parent in the text: a county, or a city with no counties (东莞市). A city with
    districts is two levels up, and the district between is unknown (合肥市 for 三里街街道 in a report whose
    district is not named): no parent then rather than a wrong one.

    >>> from loaders.gazetteer import get_gazetteer
    >>> g = get_gazetteer()
    >>> [_one_level_up(g.lookup(n)) for n in ("钟山区", "东莞市", "合肥市", "安徽省")]
    [True, True, False, False]
    >>> _one_level_up(None)
    False
    """
    if place is None:
        return False
    return place.level == "county" or (place.level == "city" and place.code not in _cities_with_counties())


def context_parents(places: list[Mention], text: str, info: DocumentInfo) -> list[tuple[Mention, "Mention | str"]]:
    """A parent for each place the gazetteer does not know (no code): the nearest place written before it in
    its sentence at a higher level (滨城区彭李街道为民社区、梁才街道 → 为民社区 in 彭李街道, 梁才街道 in 滨城区),
    else, for a township, the one county the document names that the official township table puts it in (官仓街道
    in 金堂县, beside 青白江区), else the document's own place when that is one level up (a county, or a city
    with no counties: :func:`_one_level_up`).

    >>> from loaders.types import Mention, DocumentInfo
    >>> t = "滨城区彭李街道为民社区、梁才街道"
    >>> p = [Mention("Place", "滨城区", "滨城区", 0, 0, 3, {"code": "371602", "level": "county"}),
    ...      Mention("Place", "彭李街道", "彭李街道", 0, 3, 7, {"level": "street"}),
    ...      Mention("Place", "为民社区", "为民社区", 0, 7, 11, {"level": "community"}),
    ...      Mention("Place", "梁才街道", "梁才街道", 0, 12, 16, {"level": "street"})]
    >>> [(c.name, getattr(q, "name", q)) for c, q in context_parents(p, t, DocumentInfo("x"))]
    [('彭李街道', '滨城区'), ('为民社区', '彭李街道'), ('梁才街道', '滨城区')]
    >>> t = "到孚玉镇、长铺镇调研。先后到光明社区和长铺社区查看。"
    >>> p = [Mention("Place", "孚玉镇", "孚玉镇", 0, 1, 4, {"level": "township"}),
    ...      Mention("Place", "长铺镇", "长铺镇", 0, 5, 8, {"level": "township"}),
    ...      Mention("Place", "光明社区", "光明社区", 1, 15, 19, {"level": "community"}),
    ...      Mention("Place", "长铺社区", "长铺社区", 1, 20, 24, {"level": "community"})]
    >>> [(c.name, getattr(q, "name", q)) for c, q in context_parents(p, t, DocumentInfo("x"))]
    [('长铺社区', '长铺镇')]
    >>> t = "在成都市金堂县举行。参观了官仓街道。"
    >>> p = [Mention("Place", "金堂县", "金堂县", 0, 4, 7, {"code": "510121", "level": "county"}),
    ...      Mention("Place", "官仓街道", "官仓街道", 1, 13, 17, {"level": "street"})]
    >>> [(c.name, getattr(q, "name", q)) for c, q in context_parents(p, t, DocumentInfo("x", place="四川省"))]
    [('官仓街道', '金堂县')]
    >>> p.insert(1, Mention("Place", "青白江区", "青白江区", 0, 8, 12, {"code": "510113", "level": "county"}))
    >>> [(c.name, getattr(q, "name", q)) for c, q in context_parents(p, t, DocumentInfo("x", place="四川省"))]
    [('官仓街道', '金堂县')]
    >>> p[-1] = Mention("Place", "幸福里街道", "幸福里街道", 1, 13, 18, {"level": "street"})
    >>> context_parents(p, "在成都市青白江区金堂县举行。参观了幸福里街道。", DocumentInfo("x", place="四川省"))
    []
    >>> s = [Mention("Place", "南站街道", "南站街道", 0, 2, 6, {"level": "street"})]
    >>> context_parents(s, "走访南站街道。", DocumentInfo("x", place="南昌市"))
    []
    >>> [(c.name, q) for c, q in context_parents(s, "走访南站街道。", DocumentInfo("x", place="东莞市"))]
    [('南站街道', '东莞市')]
    """
    out: list[tuple[Mention, Mention | str]] = []
    seen: set[str] = set()
    ordered = sorted(places, key=lambda m: m.start)
    document_place = get_gazetteer().lookup(info.place) if info.place else None
    counties = list({m.name: m for m in ordered if _RANK.get(m.properties.get("level") or "") == 2}.values())
    townships = [(re.sub(r"(?:镇|乡|街道|街道办事处)$", "", m.name), m) for m in
                 {m.name: m for m in ordered if _RANK.get(m.properties.get("level") or "") == 3}.values()]
    # (asked per place: built once, not a scan of every place or township per place)
    place_starts = {m.start for m in ordered}
    streets = {t[1].name for t in townships}
    # the townships by their stems (长铺 for 长铺镇), with their order: a community's name is looked up by its
    # prefixes, not against every township (fix9: the scan was quadratic in a page of many of both)
    by_stem: dict[str, list[tuple[int, Mention]]] = defaultdict(list)
    for order, (township_stem, township) in enumerate(townships):
        if len(township_stem) >= 2:
            by_stem[township_stem].append((order, township))
    for index, place in enumerate(ordered):
        rank = _RANK.get(place.properties.get("level") or "")
        if place.properties.get("code") or rank is None or rank < 3 or place.name in seen:
            continue
        parent: Mention | str | None = None
        for earlier in (ordered[j] for j in range(index - 1, -1, -1)):
            if earlier.sentence_index != place.sentence_index or place.start - earlier.end > 40:
                break
            if re.search(r"[，。；：]", text[earlier.end:place.start]):
                break
            earlier_rank = _RANK.get(earlier.properties.get("level") or "")
            if earlier_rank is not None and earlier_rank < rank:
                # 青龙苑北区社区、紫云苑社区: a place read inside a longer name (北区 before 社区, no place or
                # list mark right after it) is no parent of the next item; 滨城区彭李街道… still is
                inside_a_name = earlier.end < place.start and earlier.end not in place_starts \
                    and not re.match(r"[、和及与，,\s]", text[earlier.end:earlier.end + 1])
                if not inside_a_name:
                    parent = earlier
                break
        if parent is None and rank == 4:
            # 长铺社区 after 长铺镇 was named: a community or village named after its township's seat
            stem = re.sub(r"(?:社区|居委会|村委会|村)$", "", place.name)
            named = [found for k in range(2, len(stem) + 1) for found in by_stem.get(stem[:k], ())
                     if found[1].name != place.name]
            parent = min(named, key=lambda found: found[0])[1] if named else None  # the first township named
        if parent is None and rank == 4 and len(streets) == 1 and place.name not in streets:
            parent = townships[0][1]  # 青龙街道共成立10个社工室…为A社区、B社区授牌: the one street the document names
        if parent is None and rank == 3:
            # 黄梅县社会福利中心、黄梅镇: the county the township table puts it in, when the document names that county
            table = township_counties().get(place.name, frozenset())
            listed = [c for c in counties if c.properties.get("code") in table]
            parent = listed[0] if len(listed) == 1 else None
        if parent is None and _one_level_up(document_place) and document_place.name != place.name:
            parent = document_place.name
        if parent is None and rank == 3 and len(counties) == 1:
            parent = counties[0]  # 在成都市金堂县举行… 参观了官仓街道: the one county the document names
        if parent is not None:
            seen.add(place.name)
            out.append((place, parent))
    return out


def _places_by_end(local: list[Mention]) -> dict[int, Mention]:
    """A sentence's places by where they end, read once per sentence so that following a chain stays a lookup."""
    return {m.end: m for m in local if m.label == "Place"}


def _chain_start(place: Mention, places_by_end: dict[int, Mention]) -> Mention:
    """The first place of the chain written right before this one (成都市 for 金堂县 in 成都市金堂县).

    >>> from loaders.types import Mention
    >>> a, b = Mention("Place", "成都市", "成都市", 0, 1, 4, {}), Mention("Place", "金堂县", "金堂县", 0, 4, 7, {})
    >>> _chain_start(b, _places_by_end([a, b])).name
    '成都市'
    >>> _chain_start(a, _places_by_end([a, b])).name
    '成都市'
    """
    first = place
    while first.start in places_by_end and places_by_end[first.start] is not first:
        first = places_by_end[first.start]
    return first


# 在我市 / 在本县, or the premises of the document's own government, party committee or bureau written with a
# bare level word (在县政府四楼, 在区机关餐厅三楼会议室, 在县委会议室): the place of that level
_HERE = (r"在(?:(?:我|本)(?P<level>市|县|区|省|州)"
         r"|(?P<own>市|县|区|省|州)(?:委|政府|人民政府|机关|民政局|民政厅|委党校|行政中心|人大|政协)[^，。；在“”「」]{0,12}?)")
_HELD_HERE_AFTER = re.compile(r"(?:于[^，。；在]{0,10})?" + _HERE + r"(?:隆重)?(?:召开|举行|举办|开幕)")
_HELD_HERE_BEFORE = re.compile(_HERE + r"(?:隆重)?(?:召开|举行|举办)(?:了)?[“「]?$")


def held_here(text: str, meeting: Mention, info: DocumentInfo) -> str | None:
    """The document's own place when the text says the meeting was held 在我市 / 在本县 (…现场会在我市召开,
    在我县召开…会议), of the level the word names; else None.

    >>> from loaders.types import Mention
    >>> t = "2017年宁德市养老工作现场会在我市召开。"
    >>> m = Mention("Meeting", "2017年宁德市养老工作现场会", "x", 0, 0, 15, {})
    >>> held_here(t, m, DocumentInfo("x", place="福鼎市", province="福建省"))
    '福鼎市'
    >>> held_here(t, m, DocumentInfo("x", place="蕉城区", province="福建省")) is None
    True
    >>> held_here("2017年宁德市养老工作现场会召开。", m, DocumentInfo("x", place="福鼎市", province="福建省")) is None
    True
    >>> t = "4月2日在县政府四楼召开全县民政工作会议。"
    >>> held_here(t, Mention("Meeting", "全县民政工作会议", "x", 0, 12, 20, {}), DocumentInfo("x", place="安化县"))
    '安化县'
    >>> t = "全县民政工作会议在市委党校召开。"
    >>> held_here(t, Mention("Meeting", "全县民政工作会议", "x", 0, 0, 8, {}), DocumentInfo("x", place="安化县")) is None
    True
    """
    found = _HELD_HERE_AFTER.match(text, meeting.end) or _HELD_HERE_BEFORE.search(text, max(0, meeting.start - 30), meeting.start)
    if found is None:
        return None
    return _own_place_of_level(found.group("level") or found.group("own"), info)


_VENUE_AFTER = re.compile(r"在(?P<venue>[\u4e00-\u9fff]{2,12}?)(?:隆重)?(?:召开|举行|举办|开幕)")
_VENUE_BEFORE = re.compile(r"在(?P<venue>[\u4e00-\u9fff]{2,12}?)(?:隆重)?(?:召开|举行|举办)(?:了|的)?[“「]?$")


def known_place_names(places: list[Mention]) -> dict[str, Mention]:
    """The names a document's places go by: canonical, as written, and without their suffix (天津市 → 天津)."""
    out: dict[str, Mention] = {}
    for place in places:
        for name in (place.name, place.surface, re.sub(r"(?:市|省|县|区)$", "", place.name)):
            if len(name) >= 2:
                out.setdefault(name, place)
    return out


def place_in_name(program: Mention, known: dict[str, Mention]) -> Mention | None:
    """The document's place whose name (or short name) a program's name holds (松滋经验 → 松滋市,
    花城有囍缘定荔湾 → 荔湾区), the longest; provinces are left out (a province's name in a program
    names who launched it: 山东民政事业…行动计划).

    >>> from loaders.types import Mention
    >>> songzi = Mention("Place", "松滋市", "松滋", 0, 0, 2, {"level": "county"})
    >>> place_in_name(Mention("Program", "松滋经验", "x", 1, 9, 13, {}), known_place_names([songzi])).name
    '松滋市'
    >>> place_in_name(Mention("Program", "三社联动", "x", 1, 9, 13, {}), known_place_names([songzi])) is None
    True
    >>> place_in_name(Mention("Program", "松滋民政", "x", 1, 9, 13, {}), known_place_names([songzi])) is None  # its bureau
    True
    """
    best: Mention | None = None
    best_length = 1
    # the name's substrings looked up, not every place tried against it: linear in the name
    name = program.name
    for start in range(len(name)):
        for length in range(min(12, len(name) - start), best_length, -1):
            place = known.get(name[start:start + length])
            if place is not None and place.properties.get("level") != "province" and not place.name.endswith(("省", "自治区")) \
                    and not bureau_written_short(name, start + length):
                best, best_length = place, length
                break
    return best


def venue_place(text: str, meeting: Mention, known: dict[str, Mention]) -> Mention | None:
    """The place a meeting's venue opens with (…会议在天津大礼堂召开 → 天津市), when the document names that
    place elsewhere; the venue must follow or precede the meeting's name directly.

    >>> from loaders.types import Mention
    >>> tianjin = Mention("Place", "天津市", "天津市", 2, 40, 43, {})
    >>> t = "第四次全市妇女儿童工作会议在天津大礼堂召开。"
    >>> m = Mention("Meeting", "第四次全市妇女儿童工作会议", "x", 0, 0, 13, {})
    >>> venue_place(t, m, known_place_names([tianjin])).name
    '天津市'
    >>> venue_place("第四次全市妇女儿童工作会议在市委大礼堂召开。", m, known_place_names([tianjin])) is None
    True
    >>> venue_place("第四次全市妇女儿童工作会议在天津广电集团演播厅召开。", m, known_place_names([tianjin])) is None
    True
    """
    found = _VENUE_AFTER.match(text, meeting.end) or _VENUE_BEFORE.search(text, max(0, meeting.start - 20), meeting.start)
    if found is None:
        return None
    venue = found.group("venue")
    for length in range(min(len(venue), 8), 1, -1):
        # 在深圳广电集团演播厅举行: a body's premises named after its city say whose hall, not which city
        if venue[:length] in known and not re.search(r"集团|公司|大学|学院|学校|医院|协会", venue[length:]):
            return known[venue[:length]]
    return None


def held_by_place(between: str) -> bool:
    """The words between a place and a meeting say the place convened it: 渝北区召开…, 保山市组织召开…

    >>> held_by_place("召开")
    True
    >>> held_by_place("民政局召开")
    False
    >>> held_by_place("今(8)日晚举办「")
    True
    """
    # a date or time may stand between (十甲里今(8)日晚举办「…」), a body may not (渝北区民政局召开)
    return bool(re.fullmatch(
        r"(?:于)?(?:近日|日前|今|昨)?(?:\d{1,2}月\d{1,2}日|[（(]\d{1,2}[)）]日)?(?:上午|下午|晚上|晚)?"
        r"(?:隆重|正式)?(?:组织)?(?:召开|举行|举办)(?:了)?[「“\"]?",
        between,
    ))


# the opening of a list of speakers: 登台演讲，包括： / 作交流发言的有： / 先后发言的是：
_SPEAKERS_LIST = re.compile(
    r"(?:登台|先后|依次|分别)?(?:演讲|发言|作报告|作交流发言|作典型发言|宣讲|作事迹报告)(?:的(?:有|是|分别是))?[，]?(?:包括|分别是|有)?[：:]"
)


def listed_speakers(text: str, sentences: list[Sentence], persons: list[Mention]) -> list[tuple[Mention, int]]:
    """(person, index of the sentence that opens the list) for each person named in a list of speakers, up to the
    next full stop (the list's items may be cut into sentences at their semicolons).

    >>> from loaders.types import Mention, Sentence
    >>> t = "报告会上，4位先进人物登台演讲，包括：救助站站长王芳；殡仪馆馆长李强。会后合影。"
    >>> s = [Sentence(0, t[:26], 0, 26), Sentence(1, t[26:36], 26, 36), Sentence(2, t[36:], 36, len(t))]
    >>> people = [Mention("Person", "王芳", "王芳", 0, 24, 26, {}), Mention("Person", "李强", "李强", 1, 32, 34, {})]
    >>> [(p.name, i) for p, i in listed_speakers(t, s, people)]
    [('王芳', 0), ('李强', 0)]
    >>> listed_speakers("出席会议的有：救助站站长王芳；殡仪馆馆长李强。", s, people)
    []
    """
    from bisect import bisect_right

    out: list[tuple[Mention, int]] = []
    if not persons or not sentences:
        return out
    starts = [sentence.start for sentence in sentences]
    ordered = sorted(persons, key=lambda m: m.start)
    person_starts = [m.start for m in ordered]
    covered = -1  # a list's items are visited once, whatever openers it holds: linear
    for opener in _SPEAKERS_LIST.finditer(text):
        if opener.start() < covered:
            continue
        stop = text.find("。", opener.end())
        stop = len(text) if stop < 0 else stop
        covered = stop
        opener_sentence = sentences[max(0, bisect_right(starts, opener.start()) - 1)].index
        first = bisect_right(person_starts, opener.end() - 1)
        for person in ordered[first:]:
            if person.start >= stop:
                break
            out.append((person, opener_sentence))
    return out


# a short title or 同志 right after a leader's name (翟华栋局长, 董浩同志)
_TITLE_AFTER_NAME = r"(?:同志)?(?:[^，。；]{0,4}?(?:长|书记|主任|主席))?(?:同志)?"
# what may follow a leader's name when it opens a clause again: a title, then what they did (在…上, 发表讲话, 指出…)
_LATER_NAME_FOLLOW = re.compile(
    _TITLE_AFTER_NAME
    + r"(?:在|发表|作|做|主持|致|讲话|代表|指出|强调|表示|要求|说|充分肯定|肯定|就|从|对|用|围绕|结合|针对|总结|部署|概括|提出|通报|汇报"
    # 会上，张某宣读了表彰决定 / 会上，赵某宣讲全会精神: reading out to the meeting
    + r"|宣读|宣讲)"
)
# a name that opens a list of names named again (方某、王某在会上…): the list's next name follows
_LATER_LIST_JOIN = re.compile(r"[、和]")
# what may stand before the name in its clause: nothing, or the titles the person was introduced with
# (会议由赵某主持 / 本次会议由赵某主持 / 座谈会由赵某主持: the meeting's passive 由, after a short name of it,
# may open the clause before the titles; bounded, so a fullmatch stays linear)
_TITLE_BEFORE_NAME = re.compile(r"(?:[^，。；：]{0,6}?会议?由)?(?:[^，。；：]{0,16}?(?:长|书记|主任|主席|委员|巡视员|调研员))?")
# a later clause about another occasion than the meeting: a written instruction, a letter, a visit or an audience
_OTHER_OCCASION = re.compile(
    _TITLE_AFTER_NAME
    + r"(?:在|作|做)[^，。；]{0,12}?(?:批示|贺信|信中|会见|接见|看望|慰问|调研|考察|视察|采访|走访)"
)
_CLAUSE_MARK = re.compile(r"[，。；：！？\n]")


# a person's own clause that chairs, or attends and speaks at, a meeting it names only as 会议 (or not at all)
_REFERS_TO_MEETING = re.compile(
    _TITLE_AFTER_NAME
    + r"(?:主持(?:会议|大会|了会议)?(?:[，。；]|$|并)|(?:出席|参加|列席)(?:了)?(?:会议|大会|座谈会)并)"
)


def refers_to_meeting(after: str) -> bool:
    """Whether the words after a person's name chair or attend a meeting named before, by 主持 alone or a
    short 会议 (…座谈会在杭州召开。副秘书长徐某主持，…), and convene nothing of their own.

    >>> refers_to_meeting("主持，厅长沈某出席会议。"), refers_to_meeting("参加会议并讲话。")
    (True, True)
    >>> refers_to_meeting("局长主持会议。"), refers_to_meeting("出席大会并致辞。")
    (True, True)
    >>> refers_to_meeting("主持召开党组会议。"), refers_to_meeting("主持起草了实施方案。")
    (False, False)
    >>> refers_to_meeting("出席揭牌仪式并讲话。"), refers_to_meeting("参加会议。")
    (False, False)
    """
    return _REFERS_TO_MEETING.match(after) is not None


_SHORT_TITLE = re.compile(r"(副)?(省长|市长|县长|区长|州长|厅长|局长|部长|处长|科长|司长|署长|书记|主任|主席|院长)$")


def surname_title_aliases(person: Mention) -> list[str]:
    """How a text names a leader again by surname and title (组织部部长蔡旭 → 蔡部长; 副市长徐新民 →
    徐副市长, 徐市长). Names of four characters (a compound surname or a transliteration) give none.

    >>> from loaders.types import Mention
    >>> surname_title_aliases(Mention("Person", "蔡旭", "蔡旭", 0, 0, 2, {"post": "区委常委、组织部部长"}))
    ['蔡部长']
    >>> surname_title_aliases(Mention("Person", "徐新民", "徐新民", 0, 0, 3, {"post": "副市长"}))
    ['徐副市长', '徐市长']
    >>> surname_title_aliases(Mention("Person", "徐新民", "徐新民", 0, 0, 3, {"post": "调研员"}))
    []
    """
    if len(person.name) not in (2, 3):
        return []
    last_title = (person.properties.get("post") or "").split("、")[-1]
    title = _SHORT_TITLE.search(last_title)
    if title is None:
        return []
    surname = person.name[0]
    return [surname + title.group(), surname + title.group(2)] if title.group(1) else [surname + title.group(2)]


def later_person_mentions(text: str, sentences: list[Sentence], persons: list[Mention]) -> list[tuple[Mention, Mention]]:
    """(first mention, later mention) for each time a found person's name opens a clause again, alone or
    after a title, and says what they did (董浩指出，… / 局党组书记、局长翟华栋发表讲话). The extractor keeps
    a person's first mention only; a leader introduced in the attendance line speaks in a later sentence.
    One scan of the text per name (a trie regex for many names): linear.

    >>> from loaders.types import Mention, Sentence
    >>> t = "副市长董浩出席会议。董浩指出，要兜牢底线。董浩路两旁种满了树。"
    >>> s = [Sentence(0, t[:10], 0, 10), Sentence(1, t[10:21], 10, 21), Sentence(2, t[21:], 21, len(t))]
    >>> first = Mention("Person", "董浩", "董浩", 0, 3, 5, {})
    >>> [(later.sentence_index, later.start) for _, later in later_person_mentions(t, s, [first])]
    [(1, 10)]
    >>> t = "局长翟华栋主持会议。会议传达了精神。局党组书记、局长翟华栋发表讲话。"
    >>> s = [Sentence(0, t[:10], 0, 10), Sentence(1, t[10:18], 10, 18), Sentence(2, t[18:], 18, len(t))]
    >>> [later.start for _, later in later_person_mentions(t, s, [Mention("Person", "翟华栋", "翟华栋", 0, 2, 5, {})])]
    [26]
    >>> later_person_mentions("市长王五讲话。王五", [Sentence(0, "市长王五讲话。王五", 0, 9)], [])
    []
    >>> t = "省长王五在会前会见了代表。王五在会见代表时指出，要做好工作。王五在批示中指出，要兜底。"
    >>> s = [Sentence(0, t[:13], 0, 13), Sentence(1, t[13:30], 13, 30), Sentence(2, t[30:], 30, len(t))]
    >>> later_person_mentions(t, s, [Mention("Person", "王五", "王五", 0, 2, 4, {})])
    []
    >>> t = "市政府副秘书长李某出席会议。会议由李某主持。会议由李某所在单位承办。"
    >>> s = [Sentence(0, t[:14], 0, 14), Sentence(1, t[14:23], 14, 23), Sentence(2, t[23:], 23, len(t))]
    >>> [later.start for _, later in later_person_mentions(t, s, [Mention("Person", "李某", "李某", 0, 7, 9, {})])]
    [17]
    >>> t = "组织部部长蔡旭出席。蔡部长作动员讲话。"
    >>> s = [Sentence(0, t[:10], 0, 10), Sentence(1, t[10:], 10, len(t))]
    >>> [later.start for _, later in later_person_mentions(t, s, [Mention("Person", "蔡旭", "蔡旭", 0, 5, 7, {"post": "组织部部长"})])]
    [10]
    """
    from bisect import bisect_right

    from loaders.trie import find_words

    firsts: dict[str, Mention] = {}
    for person in persons:
        firsts.setdefault(person.surface, person)
    # 蔡部长作开班动员讲话: a leader named again by surname and title, when no other person shares both
    by_alias: dict[str, set[str]] = defaultdict(set)
    first_by_alias: dict[str, Mention] = {}
    for person in persons:
        for alias in surname_title_aliases(person):
            by_alias[alias].add(person.name)
            first_by_alias.setdefault(alias, person)
    for alias, owners in by_alias.items():
        if len(owners) == 1 and alias not in firsts:
            firsts[alias] = first_by_alias[alias]
    if not firsts or not sentences:
        return []
    taken = {person.start for person in persons}
    sizes = sorted({len(name) for name in firsts}, reverse=True)
    starts = [sentence.start for sentence in sentences]
    out: list[tuple[Mention, Mention]] = []
    for name_start, name_end, name in find_words(text, firsts):
        first = firsts[name]
        if name_start < first.end or name_start in taken:
            continue
        # the clause before the name, looked at within 20 characters (a longer one holds more than titles)
        window_start = max(0, name_start - 20)
        marks = [m.end() for m in _CLAUSE_MARK.finditer(text, window_start, name_start)]
        if not marks and window_start > 0:
            continue
        clause_start = marks[-1] if marks else 0
        # 方某、王某在会上…: the names of a list before this one stand where its titles would
        opening = name_start
        while opening > clause_start and _LATER_LIST_JOIN.match(text, opening - 1):
            size = next((size for size in sizes if opening - 1 - size >= clause_start
                         and text[opening - 1 - size:opening - 1] in firsts), None)
            if size is None:
                break
            opening -= 1 + size
        if not _TITLE_BEFORE_NAME.fullmatch(text, clause_start, opening):
            continue
        if not _LATER_NAME_FOLLOW.match(text, name_end) and not _opens_later_list(text, name_end, firsts):
            continue
        if _OTHER_OCCASION.match(text, name_end):
            continue  # 刘赐贵在批示中指出 / 沈晓明在会见代表时指出: said elsewhere, not at the meeting
        sentence = sentences[max(0, bisect_right(starts, name_start) - 1)]
        out.append((first, Mention("Person", first.name, first.surface, sentence.index, name_start, name_end, first.properties)))
    return out


def _opens_later_list(text: str, name_end: int, firsts: dict[str, Mention]) -> bool:
    """Whether the name just ended opens a list whose next name is another found person's, named again
    and followed by what they did (方某、王某在会上对…表示感谢): the list shares that clause.

    >>> from loaders.types import Mention
    >>> firsts = {"周晓梅": Mention("Person", "周晓梅", "周晓梅", 0, 0, 3, {})}
    >>> _opens_later_list("孙立新、周晓梅在会上表示感谢", 3, firsts)
    True
    >>> _opens_later_list("孙立新、周晓梅路两旁", 3, firsts)
    False
    >>> _opens_later_list("孙立新、李四在会上表示感谢", 3, firsts)
    False
    """
    if not _LATER_LIST_JOIN.match(text, name_end):
        return False
    following = name_end + 1
    # one look-up per name length, not a scan of every name
    return any(text[following:following + size] in firsts and _LATER_NAME_FOLLOW.match(text, following + size)
               for size in {len(name) for name in firsts})


# after a person's name: a title, then 在 (参加) a meeting, 上/时 and the speech given there (the speech may be a
# cited title: 同志《在全省民政工作会议上的工作报告》)
_CITED_SPEECH = re.compile(
    r"(?:同志)?[^，。；《》“”在]{0,8}?《?在(?:参加|出席)?(?P<at>[^，。；《》“”]{2,40}?)(?:会上|上|时|期间)的"
    r"(?:重要)?(?:讲话|工作报告|报告|总结讲话|致辞)"
)


def cited_speeches(text: str, persons: list[Mention], meetings: list[Mention]) -> list[tuple[Mention, Mention]]:
    """(person, meeting) for each speech the text cites with the meeting it was given at: the person's name,
    a title, then 在 (参加) the meeting, 上/时 的 (重要)讲话 or 工作报告. The meeting is a meeting mention inside that
    phrase, else the meeting whose written form the phrase is. One scan of the text for all names: linear.

    >>> from loaders.types import Mention
    >>> t = "学习贯彻王五部长在全国民政工作会议上的讲话精神。"
    >>> p = Mention("Person", "王五", "王五", 0, 30, 32, {})
    >>> m = Mention("Meeting", "全国民政工作会议", "全国民政工作会议", 0, 10, 18, {})
    >>> [(a.name, b.name) for a, b in cited_speeches(t, [p], [m])]
    [('王五', '全国民政工作会议')]
    >>> t = "省长赵六在厅长王五同志《在全省民政工作会议上的工作报告》上作出批示。"
    >>> people = [Mention("Person", "赵六", "赵六", 0, 2, 4, {}), Mention("Person", "王五", "王五", 0, 7, 9, {})]
    >>> m = Mention("Meeting", "2011年全省民政工作会议", "全省民政工作会议", 0, 60, 68, {})
    >>> [(a.name, b.name) for a, b in cited_speeches(t, people, [m])]
    [('王五', '2011年全省民政工作会议')]
    >>> cited_speeches("王五在全省民政工作会议上强调，要兜底。", [p], [m])
    []
    """
    from loaders.trie import find_words

    if not persons or not meetings:
        return []
    firsts: dict[str, Mention] = {}
    for person in persons:
        firsts.setdefault(person.surface, person)
    by_surface: dict[str, Mention] = {}
    for meeting in meetings:
        by_surface.setdefault(meeting.surface, meeting)
        by_surface.setdefault(meeting.name, meeting)
    starts = sorted((m.start, m.end, i) for i, m in enumerate(meetings))
    out: list[tuple[Mention, Mention]] = []
    for _, name_end, name in find_words(text, firsts):
        found = _CITED_SPEECH.match(text, name_end)
        if found is None:
            continue
        at_start, at_end = found.span("at")
        # a meeting written inside the phrase (…参加十四届全国人大一次会议江苏代表团审议时), else its written form
        inside = []
        for start, end, i in starts[bisect.bisect_left(starts, (at_start, 0, 0)):]:
            if start >= at_end:
                break
            if end <= at_end:
                inside.append(meetings[i])
                break
        held = inside or ([by_surface[found.group("at")]] if found.group("at") in by_surface else [])
        out.extend((firsts[name], meeting) for meeting in held)
    unique = {(id(person), id(meeting)): (person, meeting) for person, meeting in out}
    return list(unique.values())


# a sentence that speaks for a body in the first person: 我们将以“五社联动”为总牵引 / 我厅将…
_FIRST_PERSON = re.compile(r"我们|我厅|我局|我部|我委")


def headed_piece(sentences: list[Sentence], persons: list[Mention], person_orgs: dict[int, str]) -> dict[int, str]:
    """Sentence index -> body key, for a piece headed by one leader's title and name on a line of its own
    (参会笔记 / 四川省民政厅党组书记、厅长益西达瓦 / …我们将以“五社联动”为总牵引): the piece is that leader's
    words, so its sentences that speak as 我们 (or 我厅, 我局) speak for the leader's body.

    >>> from loaders.types import Mention, Sentence
    >>> s = [Sentence(0, "某省民政厅厅长张三", 0, 9), Sentence(1, "明年，我们将推进时间银行。", 9, 22)]
    >>> p = Mention("Person", "张三", "张三", 0, 7, 9, {"org": "某省民政厅"})
    >>> headed_piece(s, [p], {id(p): "Agency:某省民政厅"})
    {1: 'Agency:某省民政厅'}
    >>> s = [Sentence(0, "某省民政厅厅长张三出席会议。", 0, 14), Sentence(1, "明年，我们将推进时间银行。", 14, 27)]
    >>> headed_piece(s, [p], {id(p): "Agency:某省民政厅"})
    {}
    """
    heads = [person for person in persons if id(person) in person_orgs and person.sentence_index <= 2
             and _is_heading_line(sentences[person.sentence_index], person)]
    if len({person_orgs[id(person)] for person in heads}) != 1:
        return {}
    body = person_orgs[id(heads[0])]
    return {s.index: body for s in sentences[heads[0].sentence_index + 1:] if _FIRST_PERSON.search(s.text)}


def _is_heading_line(sentence: Sentence, person: Mention) -> bool:
    """The sentence is only a title and the person's name (no verb, no punctuation, ending with the name)."""
    line = sentence.text.strip()
    return len(line) <= 30 and line.endswith(person.surface) and sentence.text.rstrip().endswith(person.surface) \
        and person.end - sentence.start == len(sentence.text.rstrip()) and not re.search(r"[，。；：,;:]", line)


def opening_name(text: str, names: list[str] | ListedNames) -> tuple[int, str] | None:
    """(where, which) of ``names`` (longest first) ``text`` opens with after any white space: what
    ``re.compile(r"\\s*(" + "|".join(map(re.escape, names)) + ")").match(text)`` finds, without compiling a
    pattern of one document's names (new in every document, so re's cache seldom held it). A caller that reads
    many sentences gives the names once as :class:`ListedNames`: a scan of every name per sentence made a page
    of n persons cost n² (docs/benchmarks.md, fix4).

    >>> opening_name("  雷立新在批示中指出", ["雷立新", "雷立"]), opening_name("会议指出", ["雷立新"])
    ((2, '雷立新'), None)
    """
    index = names if isinstance(names, ListedNames) else ListedNames(names)
    if index.spaced:
        # a name opening with white space may match where \s* gives some back: the pattern itself then
        found = re.match(r"\s*(" + "|".join(map(re.escape, index.order)) + ")", text)
        return (found.start(1), found.group(1)) if found else None
    at = len(text) - len(text.lstrip())  # str.isspace is what \s matches in a str pattern
    name = index.at(text, at) if index.order else ""  # (no names: the pattern "()" matches the empty name)
    return None if name is None else (at, name)


def continued_speakers(sentences: list[Sentence], persons: list[Mention], person_orgs: dict[int, str]) -> dict[int, str]:
    """Sentence index -> body key of the leader whose speech it continues: a leader with a body who
    指出/强调 in one sentence goes on in the next ones that open with 要/希望/必须 (at most three).

    >>> from loaders.types import Mention, Sentence
    >>> s = [Sentence(0, "张三书记强调，民政工作很重要。", 0, 15), Sentence(1, "要深化最多跑一次改革。", 15, 26),
    ...      Sentence(2, "会议还表彰了先进。", 26, 35), Sentence(3, "要推进时间银行。", 35, 43)]
    >>> p = Mention("Person", "张三", "张三", 0, 0, 2, {"org": "某市委"})
    >>> continued_speakers(s, [p], {id(p): "Agency:某市委"})
    {1: 'Agency:某市委'}
    >>> s = [Sentence(0, "张三书记强调，民政工作很重要。", 0, 15), Sentence(1, "下一步，要推进时间银行。", 15, 27),
    ...      Sentence(2, "会议强调，要推进爱心超市。", 27, 40)]
    >>> continued_speakers(s, [p], {id(p): "Agency:某市委"})
    {1: 'Agency:某市委'}
    >>> s = [Sentence(0, "市委书记张三作出批示。", 0, 11), Sentence(1, "张三在批示中指出，成绩很大。", 11, 25),
    ...      Sentence(2, "新时代新征程，要推进时间银行。", 25, 40)]
    >>> p = Mention("Person", "张三", "张三", 0, 4, 6, {"org": "某市委"})
    >>> continued_speakers(s, [p], {id(p): "Agency:某市委"})
    {1: 'Agency:某市委', 2: 'Agency:某市委'}
    """
    speaking: dict[int, str] = {}
    orgs_by_name: dict[str, str] = {}
    for person in persons:
        if id(person) not in person_orgs:
            continue
        orgs_by_name.setdefault(person.surface, person_orgs[id(person)])
        sentence = sentences[person.sentence_index]
        if _SPEAKER_VERB.match(sentence.text, person.end - sentence.start):
            speaking.setdefault(person.sentence_index, person_orgs[id(person)])
    # 县委书记雷立新作出批示。雷立新在批示中指出，…: a leader named again by name alone at a sentence's opening
    # speaks there too (the extractor keeps a person's first mention only); one match per sentence opening
    out: dict[int, str] = {}
    if orgs_by_name:
        # what ``re.compile(r"\s*(" + names longest first + ")").match`` found, without compiling a pattern of
        # this document's names (new in every document, so re's cache rarely held it): the opening after any
        # white space (str.isspace, as \s), then the longest name it starts with
        names = ListedNames(sorted(orgs_by_name, key=len, reverse=True))
        for sentence in sentences:
            opening = opening_name(sentence.text, names)
            if opening and _SPEAKER_VERB.match(sentence.text, opening[0] + len(opening[1])) \
                    and sentence.index not in speaking:
                speaking[sentence.index] = orgs_by_name[opening[1]]
                # no person mention stands there for promoting_bodies: the sentence itself is the speech
                out[sentence.index] = speaking[sentence.index]
    out.update(headed_piece(sentences, persons, person_orgs))
    for index, body in sorted(speaking.items()):
        for following in sentences[index + 1:index + 4]:
            if following.index in speaking or not _SPEECH_GOES_ON.match(following.text):
                break
            out[following.index] = body
    return out

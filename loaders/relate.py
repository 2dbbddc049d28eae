"""Relationships between a document's mentions, each with provenance.

Input: the mentions of one document (already resolved) and its sentences.
Output: the entity nodes and the edges of its Fragment. Offsets in each
:class:`kg.model.Provenance` point into the ORIGINAL text.

The rules are sentence-local and read the verbs around mentions:
在X召开 (HELD_IN), X召开/组织 ... 会议 (ORGANIZED_BY), 主持 (CHAIRED),
讲话/作报告/致辞 (SPOKE_AT), 试点 (PILOTED_IN).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from kg.model import Edge, Node, Provenance
from kg.schema import node_key
from loaders.gazetteer import get_gazetteer
from loaders.indicator_catalogue import classify as classify_indicator
from loaders.types import DocumentInfo, Mention, NormalisedText, Sentence

_MENTIONABLE = ("Agency", "Person", "Place", "Meeting", "Program", "Policy")
_SPOKE = re.compile(r"讲话|作报告|作工作报告|致辞|发言|作批示|批示|部署|强调|指出|总结")
_CHAIRED = re.compile(r"主持")
_ORGANISE = re.compile(r"召开|组织召开|举办|举行|主办|组织")
_PROMOTE = re.compile(r"推进|推动|实施|开展|启动|打造|建设|建立|创建|实行|推行|推广|组织|落实|深化|完善|上线|开通")
_PILOT = re.compile(r"试点|示范|开展|推行|推广|实施")


@dataclass
class Relator:
    """Collects nodes and edges for one document."""

    doc_id: str
    doc_key: str
    norm: NormalisedText
    sentences: list[Sentence]
    nodes: dict[str, Node] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)
    # Provenance is immutable and one mention gives several edges: build each one once
    _provenances: dict[tuple, Provenance] = field(default_factory=dict, repr=False, compare=False)

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
             key_name: str | None = None) -> str:
        key = node_key(label, key_name or name)
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
        self.edges.append(Edge(rel, source, target, provenance, dict(properties or {})))


def place_node(relator: Relator, name: str, provenance: Provenance, properties: dict | None = None, alias: str | None = None) -> str:
    """A Place node with its gazetteer chain as PART_OF edges."""
    gazetteer = get_gazetteer()
    props = dict(properties or {})
    place = None
    if props.get("code"):
        place = gazetteer.by_code.get(props["code"])
    if place is None:
        place = gazetteer.lookup(name)
        if place is not None and place.name == name:
            props.setdefault("code", place.code)
            props.setdefault("level", place.level)
    key = relator.node("Place", name, props, alias=alias)
    if place is not None and place.name == name:
        child_key = key
        for parent in gazetteer.chain(place)[1:]:
            parent_key = relator.node("Place", parent.name, {"code": parent.code, "level": parent.level})
            relator.edge("PART_OF", child_key, parent_key, Provenance(relator.doc_id, -1, "", 0, 0, "gazetteer"))
            child_key = parent_key
    return key


# The place of a nationwide figure, as the annotation guide writes it. 全国 (and 中国) are no Place
# nodes, so a nationwide target carries it as its ``place`` property instead of a FOR_PLACE edge.
NATION = "全国"
_NATIONAL_BODY_RE = re.compile(r"^(?:中华人民共和国|中共中央|国务院|民政部|财政部|国家)")


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
    """
    if info.place:
        return False
    if info.issuing_body:
        return bool(_NATIONAL_BODY_RE.match(info.issuing_body))
    return NATION in sentence_before


def relate(
    relator: Relator,
    info: DocumentInfo,
    mentions: dict[str, list[Mention]],
    topics: list | None = None,
) -> None:
    """Add every node and edge the document's mentions support."""
    doc = relator.doc_key
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
                relator.edge("MENTIONS", doc, keys[id(mention)], relator.provenance(mention.sentence_index, mention.start, mention.end))

    def key(m: Mention) -> str:
        return keys[id(m)]

    def prov(m: Mention, method: str = "rule") -> Provenance:
        return relator.provenance(m.sentence_index, m.start, m.end, method)

    # Document ABOUT_PLACE
    if info.place:
        about = _first(mentions.get("Place", []), lambda m: m.name == info.place)
        provenance = prov(about, "metadata") if about else Provenance(relator.doc_id, -1, "", 0, 0, "metadata")
        relator.edge("ABOUT_PLACE", doc, place_node(relator, info.place, provenance), provenance)

    # Agency LOCATED_IN Place
    for agency in mentions.get("Agency", []):
        place = agency.properties.get("place")
        if place:
            relator.edge("LOCATED_IN", key(agency), place_node(relator, place, prov(agency)), prov(agency))

    # Document ISSUED_BY Agency: the metadata's issuing body (as mentioned, or as named there),
    # else an agency that convenes or issues in the opening sentences, else the title's
    agencies = mentions.get("Agency", [])
    issuer = _mentioned_issuer(info, agencies)
    named = _issuer_from_metadata(info) if issuer is None and info.issuing_body else None
    if issuer is None and named:
        # 发布机构: 市民政局, and the text writes 衢州市民政局: the same body, so cite the sentence
        issuer = _first(agencies, lambda a: a.name == named[0])
    if issuer is not None:
        relator.edge("ISSUED_BY", doc, key(issuer), prov(issuer, "metadata"))
    elif named:
        provenance = Provenance(relator.doc_id, -1, "", 0, 0, "metadata")
        relator.edge("ISSUED_BY", doc, relator.node("Agency", named[0], named[1]), provenance)
    elif (issuer := _issuer(info, agencies, relator.norm.text)) is not None:
        relator.edge("ISSUED_BY", doc, key(issuer), prov(issuer))

    # Person HOLDS_POST Agency
    agencies_by_name = {m.name: m for m in mentions.get("Agency", [])}
    for person in mentions.get("Person", []):
        org = person.properties.get("org")
        if org:
            if org in agencies_by_name:
                agency_key = key(agencies_by_name[org])
            else:  # implied by the post (副省长 → 省人民政府)
                from loaders.agencies import agency_properties

                props = agency_properties(org, info)
                agency_key = relator.node("Agency", org, props)
                if props.get("place"):
                    relator.edge("LOCATED_IN", agency_key, place_node(relator, props["place"], prov(person)), prov(person))
            relator.edge("HOLDS_POST", key(person), agency_key, prov(person), {"title": person.properties.get("post")})

    # Meetings: REPORTS, ORGANIZED_BY, HELD_IN; persons SPOKE_AT / CHAIRED
    meetings = mentions.get("Meeting", [])
    reported = _reported_meetings(info, meetings, relator.norm.text)
    for meeting in reported:
        relator.edge("REPORTS", doc, key(meeting), prov(meeting))
    text = relator.norm.text
    for meeting in meetings:
        local = by_sentence[meeting.sentence_index]
        for other in local:
            if other.label == "Agency" and other.end <= meeting.start:
                # 营口市民政局组织召开2021年全市民政工作会议: the agency convenes, in the same clause
                between = text[other.end:meeting.start]
                if len(between) <= 25 and not re.search(r"[，。；：]", between) and _ORGANISE.search(between):
                    relator.edge("ORGANIZED_BY", key(meeting), key(other), prov(meeting))
            if other.label == "Place" and text[other.start - 1:other.start] == "在":
                verb = re.match(r"(?:隆重)?(?:召开|举行|举办|开幕)", text[other.end:other.end + 4])
                if not verb:
                    continue
                # 在滨州市召开全省…培训班 / 全省…会议在贵阳召开
                after = other.end + verb.end() == meeting.start
                before = meeting.end <= other.start - 1 and not re.search(r"[，。；]", text[meeting.end:other.start])
                if after or before:
                    relator.edge("HELD_IN", key(meeting), key(other), prov(other))
    reported_keys = {key(m) for m in reported}
    for person in mentions.get("Person", []):
        sentence = relator.sentences[person.sentence_index]
        local_meetings = [m for m in by_sentence[person.sentence_index] if m.label == "Meeting"]
        targets = [key(m) for m in local_meetings] or sorted(reported_keys)
        if not targets:
            continue
        after = sentence.text[person.end - sentence.start:]
        if _CHAIRED.search(after[:12]):
            for target in targets:
                relator.edge("CHAIRED", key(person), target, prov(person))
        spoke = re.search(r"讲话|作报告|作工作报告|致辞|发言", after[:24])
        # in a meeting report, a leader who 强调/指出/要求 is speaking at the reported meeting
        if not spoke and not local_meetings and re.match(r"(?:同志)?(?:在会上)?(?:强调|指出|要求|表示|总结)", after):
            spoke = True
        if spoke:
            for target in targets:
                relator.edge("SPOKE_AT", key(person), target, prov(person))

    # Programs, policies, targets, topics (H1b's extractors)
    sentence_topics = {s.index: list(s.topics) for s in relator.sentences}
    # only the topics some sentence covers become nodes of this document: IN_TOPIC, MEASURES and
    # COVERS all start from a sentence's topics, so a topic no sentence has would be an orphan
    covered = {topic for topics_ in sentence_topics.values() for topic in topics_}
    topic_keys = {
        t.name: relator.node("Topic", t.name, {"code": getattr(t, "code", None)}) for t in (topics or []) if t.name in covered
    }
    for program in mentions.get("Program", []):
        relator.edge("PROMOTES", doc, key(program), prov(program))
        # 市民政局全面推进“幸福民政”建设: an agency that pushes the program in the same clause
        for other in by_sentence[program.sentence_index]:
            if other.label == "Agency" and other.end <= program.start:
                between = text[other.end:program.start]
                if len(between) <= 20 and not re.search(r"[，。；：]", between) and _PROMOTE.search(between):
                    relator.edge("PROMOTES", key(other), key(program), prov(program))
        for topic in sentence_topics.get(program.sentence_index, []):
            if topic in topic_keys:
                relator.edge("IN_TOPIC", key(program), topic_keys[topic], prov(program))
        sentence = relator.sentences[program.sentence_index]
        if _PILOT.search(sentence.text):
            for other in by_sentence[program.sentence_index]:
                if other.label == "Place":
                    relator.edge("PILOTED_IN", key(program), key(other), prov(program))
    for policy in mentions.get("Policy", []):
        relator.edge("CITES", doc, key(policy), prov(policy))
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
        if local_places:
            relator.edge("FOR_PLACE", key(target), key(local_places[0]), prov(target))
        elif info.place:
            relator.edge("FOR_PLACE", key(target), place_node(relator, info.place, prov(target)), prov(target, "metadata"))
        elif _is_national(info, relator.sentences[target.sentence_index].text[:target.start - relator.sentences[target.sentence_index].start]):
            relator.nodes[key(target)].properties["place"] = NATION
    # Document COVERS Topic
    counts = Counter(topic for topics_ in sentence_topics.values() for topic in topics_)
    total = max(1, len(relator.sentences))
    for topic, count in counts.items():
        if topic not in topic_keys:
            continue
        first = next(s for s in relator.sentences if topic in s.topics)
        relator.edge("COVERS", doc, topic_keys[topic], relator.provenance(first.index), {"sentences": count, "share": round(count / total, 4)})


def _node_properties(label: str, properties: dict) -> dict:
    from kg import schema

    allowed = schema.LABELS[label].properties
    return {k: v for k, v in properties.items() if k in allowed}


def _first(items, predicate):
    return next((item for item in items if predicate(item)), None)


def _mentioned_issuer(info: DocumentInfo, agencies: list[Mention]) -> Mention | None:
    """The mention of the metadata's issuing body, if the text names it."""
    if not info.issuing_body:
        return None
    matching = [a for a in agencies if a.name in info.issuing_body or a.surface in info.issuing_body]
    # the longest wins: 台中市政府民政局, not the 台中市政府 inside it
    return max(matching, key=lambda a: (len(a.name), -a.start)) if matching else None


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
        if agency.sentence_index <= 3 and re.match(r"[^，。；]{0,6}?(?:组织召开|召开|印发|发布|下发|举办|关于)", text[agency.end:agency.end + 12]):
            return agency
    title_agencies = [a for a in agencies if a.sentence_index == 0]
    return title_agencies[0] if title_agencies else None


def _reported_meetings(info: DocumentInfo, meetings: list[Mention], text: str = "") -> list[Mention]:
    """Meetings the document reports: one the title names, else the first one the opening
    sentences say was held (召开/举行/开幕), party congresses only when so written."""
    if not meetings:
        return []
    held = re.compile(r"(?:召开|举行|开幕|闭幕|在[^，。；]{1,12}(?:召开|举行))")
    for meeting in meetings:
        if meeting.sentence_index > 3:
            break
        after = text[meeting.end:meeting.end + 14]
        before = text[max(0, meeting.start - 6):meeting.start]
        if held.match(after) or re.search(r"(?:召开|举行)(?:了)?$", before):
            return [meeting]
    # a meeting the title names, unless only its spirit is studied (传达学习党的二十大精神)
    title_meetings = [
        m for m in meetings
        if m.sentence_index == 0 and info.title and m.surface in info.title and not text[m.end:m.end + 2] == "精神"
    ]
    return title_meetings[:1]

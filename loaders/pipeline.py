"""The loader pipeline: one file (or text) in, one :class:`kg.model.Fragment` out.

read → normalise → sentences → metadata → agencies, places, persons,
meetings (and H1b's programs, policies, targets, topics) → relate → concepts
(Programs linked to the catalogue's program concepts).
Pure: it never touches a store.

>>> frag = load_text("营口市民政局召开2021年全市民政工作会议\\n市民政局局长杜邦安出席会议并讲话。", "demo.txt")
>>> sorted(n.name for n in frag.nodes if n.label == "Agency")
['营口市民政局']
"""
from __future__ import annotations

import hashlib
import importlib
import sys
from functools import lru_cache
from pathlib import Path
from types import ModuleType

from kg.errors import InputError
from kg.model import Fragment, Node
from kg.schema import node_key
from loaders.agencies import extract_agencies
from loaders.concepts import link_concepts
from loaders.meetings import extract_meetings
from loaders.metadata import extract_metadata
from loaders.normalise import normalise
from loaders.persons import extract_persons
from loaders.places import extract_places, own_places_in_titles
from loaders.read import DEFAULT_MAX_BYTES, read_file
from loaders.relate import Relator, relate
from loaders.sentences import split_sentences
from loaders.types import DocumentInfo, Mention, NormalisedText, Sentence


@lru_cache(maxsize=None)  # asked several times per document: one import lookup per module, not per call
def _optional(module: str) -> ModuleType | None:
    """H1b's extractor modules, when they exist in this tree (they are developed alongside)."""
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as error:
        if error.name == module:
            return None
        raise


def document_id(normalised_text: str) -> str:
    """A document's id: the first 16 hex digits of the SHA-1 of its normalised text."""
    return hashlib.sha1(normalised_text.encode("utf-8")).hexdigest()[:16]


def extract_mentions(sentences: list[Sentence], info: DocumentInfo) -> dict[str, list[Mention]]:
    """Every entity mention of one document, by label."""
    agencies = extract_agencies(sentences, info)
    policies = _call("loaders.policies", "extract_policies", sentences, info)
    # A place written inside an agency name (营口市民政局) is still a place the text names;
    # one inside a cited title (《浙江省社会救助条例》) is not, unless it is the document's own city or county
    # (《衢州市人民政府办公室关于…》 in a 常山县 notice: where the rule it applies comes from).
    titles = [(m.start, m.end) for m in policies]
    persons = extract_persons(sentences, info, agencies)
    # nor one inside a person's name (李高明 is no 高明区, 陈福海县长 no 福海县)
    person_spans = [(m.start, m.end) for m in persons]
    places = extract_places(sentences, info, exclude=titles + person_spans)
    if in_titles := own_places_in_titles(sentences, info, titles, person_spans):
        places = sorted(places + in_titles, key=lambda m: (m.start, m.end))  # in text order, as extract_places gives them
    meetings = extract_meetings(sentences, info)
    return {
        "Agency": agencies,
        "Place": places,
        "Person": persons,
        "Meeting": meetings,
        "Program": _call("loaders.programs", "extract_programs", sentences, info),
        "Policy": policies,
        "Target": _call("loaders.targets", "extract_targets", sentences, info),
    }


def _call(module_name: str, function: str, sentences: list[Sentence], info: DocumentInfo) -> list[Mention]:
    module = _optional(module_name)
    if module is None or not hasattr(module, function):
        return []
    return list(getattr(module, function)(sentences, info))


def _topics() -> tuple[list, object | None]:
    module = _optional("loaders.topics")
    if module is None:
        return [], None
    return list(getattr(module, "TOPICS", [])), getattr(module, "assign_topics", None)


def load_normalised(norm: NormalisedText, source: str, info: DocumentInfo | None = None, html_title: str | None = None) -> Fragment:
    """The Fragment of an already normalised text."""
    if not norm.text.strip():
        raise InputError(f"{source}: no text left once page furniture is removed")
    sentences = split_sentences(norm.text)
    doc_info = extract_metadata(norm, sentences, source, info, html_title=html_title)
    topics, assign_topics = _topics()
    if assign_topics is not None:
        assign_topics(sentences)
    mentions = extract_mentions(sentences, doc_info)
    doc_id = document_id(norm.text)
    doc_key = node_key("Document", doc_id)
    document = Node(
        "Document",
        doc_key,
        doc_info.title or Path(source).name,
        [],
        {
            "title": doc_info.title,
            "date": doc_info.date,
            "year": doc_info.year,
            "issuing_body": doc_info.issuing_body,
            "doc_number": doc_info.doc_number,
            "kind": doc_info.kind,
            "place": doc_info.place,
            "source": source,
            "script": norm.script,
            "text": norm.original,
            "char_count": len(norm.original),
        },
    )
    relator = Relator(doc_id, doc_key, norm, sentences)
    relate(relator, doc_info, mentions, topics)
    link_concepts(relator)
    return Fragment(document, list(relator.nodes.values()), relator.edges)


def load_text(text: str, source: str, info: DocumentInfo | None = None, html_title: str | None = None) -> Fragment:
    """The Fragment of one document given as text. ``source`` names it (a file name or address)."""
    return load_normalised(normalise(text), source, info, html_title)


def load_file(path: str | Path, info: DocumentInfo | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Fragment:
    """The Fragment of one file. Raises kg.errors.InputError when the file can't be read as text."""
    result = read_file(path, max_bytes=max_bytes)
    return load_text(result.text, Path(path).name, info, html_title=result.title)

"""The values passed between loader steps: read → normalise → sentences → extract → resolve.

Offsets: extraction runs on normalised simplified text, but every offset a
:class:`Mention` reports is into the document's *original* text, via
:meth:`NormalisedText.original_span`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class NormalisedText:
    """Text ready for extraction, and the map back to the original.

    ``offsets[i]`` is the index in ``original`` of ``text[i]``; it has one
    extra final entry (the original length) so that end offsets map too.
    """

    original: str
    text: str
    offsets: list[int]
    script: str = "simplified"  # or "traditional" when converted

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of ``text`` back to ``original``."""
        if end <= start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1


@dataclass
class Sentence:
    """One sentence of normalised text; ``start``/``end`` index the normalised text."""

    index: int
    text: str
    start: int
    end: int
    topics: list[str] = field(default_factory=list)
    # (generation, text, bit mask) of the word groups the sentence holds: loaders.sentence_words, asked once per sentence
    word_groups: tuple[int, str, int] | None = field(default=None, compare=False, repr=False)


@dataclass
class DocumentInfo:
    """Document metadata, from the text and (when given) an index file such as INDEX.tsv."""

    source: str
    title: str = ""
    date: str | None = None
    year: int | None = None
    issuing_body: str | None = None
    doc_number: str | None = None
    kind: str = "news"
    place: str | None = None  # canonical place the document is about, e.g. 衢州市
    province: str | None = None  # canonical province of that place, e.g. 浙江省
    # why ``year`` is what it is: metadata (an index file), date (a full date in the text), title,
    # event (the meeting or plan the title or lead names), heading (一、2024年工作总结), date line
    # (01.04.2015 13:33, year last); None when no year is known
    year_from: str | None = None


@dataclass
class Mention:
    """An entity found in one sentence.

    ``name`` is canonical (simplified, resolved); ``surface`` is as written in
    the normalised text; ``start``/``end`` index the normalised text.
    """

    label: str
    name: str
    surface: str
    sentence_index: int
    start: int
    end: int
    properties: dict[str, Any] = field(default_factory=dict)
    # how it was found: "rule", or "crf" for a name only the trained program model found
    method: str = "rule"
    # which of its label's rules found it, where the extractor notes it (programs: suffix, quoted, catalogue …);
    # read by learned steps only, never written to the graph
    rule: str = ""

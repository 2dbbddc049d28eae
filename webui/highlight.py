"""Marking mentions inside text safely: escape every piece first, then wrap the span.

Text from documents is untrusted (a document may contain ``<script>``), so it
is escaped piece by piece and only our own ``<mark>``/``<a>`` tags are added.

>>> str(highlight_sentence("营口市民政局召开<b>会议</b>", ["营口市民政局"]))
'<mark>营口市民政局</mark>召开&lt;b&gt;会议&lt;/b&gt;'
>>> str(highlight_sentence("没有提到", ["民政局"]))
'没有提到'
>>> spans = [Span(0, 2, "/entity/Place:营口市", "Place", "营口市")]
>>> str(highlight_spans("营口<x>", spans))
'<a class="mention label-Place" href="/entity/Place:营口市" title="营口市">营口</a>&lt;x&gt;'
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from markupsafe import Markup, escape


def find_mention(sentence: str, candidates: Iterable[str | None]) -> tuple[int, int] | None:
    """The [start, end) of the first candidate (in the given order) found in ``sentence``."""
    for candidate in candidates:
        if candidate:
            at = sentence.find(candidate)
            if at >= 0:
                return at, at + len(candidate)
    return None


def highlight_sentence(sentence: str, candidates: Iterable[str | None]) -> Markup:
    """The sentence, escaped, with the first candidate found wrapped in ``<mark>``."""
    span = find_mention(sentence, candidates)
    if span is None:
        return Markup(escape(sentence))
    start, end = span
    return Markup("{}<mark>{}</mark>{}").format(sentence[:start], sentence[start:end], sentence[end:])


@dataclass(frozen=True)
class Span:
    """A linked span of a document's text."""

    start: int
    end: int
    href: str
    label: str
    title: str


def non_overlapping(spans: Iterable[Span], length: int) -> list[Span]:
    """Spans inside [0, length), sorted, overlaps dropped (the longer span wins)."""
    valid = [s for s in spans if 0 <= s.start < s.end <= length]
    valid.sort(key=lambda s: (-(s.end - s.start), s.start))
    taken: list[Span] = []
    for span in valid:
        if all(span.end <= t.start or span.start >= t.end for t in taken):
            taken.append(span)
    return sorted(taken, key=lambda s: s.start)


def highlight_spans(text: str, spans: Iterable[Span]) -> Markup:
    """The text, escaped, with each span wrapped in a link to its entity."""
    out: list[Markup] = []
    at = 0
    for span in non_overlapping(spans, len(text)):
        out.append(escape(text[at:span.start]))
        out.append(Markup('<a class="mention label-{}" href="{}" title="{}">{}</a>').format(
            span.label, span.href, span.title, text[span.start:span.end]))
        at = span.end
    out.append(escape(text[at:]))
    return Markup("").join(out)

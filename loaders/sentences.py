"""Split normalised text into sentences with spans.

Sentences end at 。！？； (and their ASCII forms) and at line breaks, so a
heading line is a sentence of its own. A closing quote or bracket right after
the end mark stays with its sentence.

>>> [s.text for s in split_sentences("一、总体情况\\n会议召开。会议强调：“要落实！”下一步")]
['一、总体情况', '会议召开。', '会议强调：“要落实！”', '下一步']

No sentence is longer than :data:`MAX_SENTENCE_CHARS`. Every extraction and
relation rule works within one sentence, and some compare each mention of a
sentence with the others, so a bounded sentence keeps the whole pipeline
linear in the length of a document, however it is written (a 300 KB text
with no end mark is a few hundred sentences, not one). A longer run is cut
after its last clause mark (，、：, space) inside the bound, else at the bound.

>>> [len(s.text) for s in split_sentences("民政" * 600)]
[512, 512, 176]
>>> [(len(s.text), s.text[-2:]) for s in split_sentences(("推进养老服务，" * 80) + "。")]
[(511, '务，'), (50, '，。')]
"""
from __future__ import annotations

import re

from loaders.types import Sentence

# The longest sentence of the corpus (seeds and dev, 1,322 sentences) has 272 characters.
MAX_SENTENCE_CHARS = 512

_SENTENCE = re.compile(r"[^\n。！？；!?;]+(?:[。！？；!?;]+[”’」』）)]*)?|[。！？；!?;]+[”’」』）)]*")
# Where an over-long sentence may be cut: after a clause mark or a space.
_CLAUSE_MARKS = "，,、：: \t\u3000"


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` in order, each with its [start, end) span; blank pieces are skipped."""
    sentences: list[Sentence] = []
    for match in _SENTENCE.finditer(text):
        for start, end in _bounded(text, *match.span()):
            piece = text[start:end]
            left = len(piece) - len(piece.lstrip())
            right = len(piece.rstrip())
            if right <= left:
                continue
            sentences.append(Sentence(len(sentences), piece[left:right], start + left, start + right))
    return sentences


def _bounded(text: str, start: int, end: int, limit: int = MAX_SENTENCE_CHARS) -> list[tuple[int, int]]:
    """[start, end) cut into spans of at most ``limit`` characters, each ending at a clause mark when one is in reach.

    Linear: each cut looks back over at most ``limit`` characters, and each cut advances by at least half of it.

    >>> _bounded("甲乙，丙丁，戊", 0, 7, limit=4)
    [(0, 3), (3, 7)]
    """
    spans: list[tuple[int, int]] = []
    while end - start > limit:
        window = text[start + limit // 2:start + limit]
        cut = max(window.rfind(mark) for mark in _CLAUSE_MARKS)
        stop = start + limit // 2 + cut + 1 if cut >= 0 else start + limit
        spans.append((start, stop))
        start = stop
    spans.append((start, end))
    return spans

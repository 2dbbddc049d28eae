"""Split normalised text into sentences with spans.

Sentences end at 。！？； (and their ASCII forms) and at line breaks, so a
heading line is a sentence of its own. A closing quote or bracket right after
the end mark stays with its sentence.

>>> [s.text for s in split_sentences("一、总体情况\\n会议召开。会议强调：“要落实！”下一步")]
['一、总体情况', '会议召开。', '会议强调：“要落实！”', '下一步']
"""
from __future__ import annotations

import re

from loaders.types import Sentence

_SENTENCE = re.compile(r"[^\n。！？；!?;]+(?:[。！？；!?;]+[”’」』）)]*)?|[。！？；!?;]+[”’」』）)]*")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` in order, each with its [start, end) span; blank pieces are skipped."""
    sentences: list[Sentence] = []
    for match in _SENTENCE.finditer(text):
        start, end = match.span()
        piece = match.group()
        left = len(piece) - len(piece.lstrip())
        right = len(piece.rstrip())
        if right <= left:
            continue
        sentences.append(Sentence(len(sentences), piece[left:right], start + left, start + right))
    return sentences

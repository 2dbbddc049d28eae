"""Words a regex cannot match without: a cheap test that lets a scan skip a pattern.

A catalogue pattern such as ``智慧\\+?养老`` can only match a text that holds
养老; ``str.find`` answers that in C, far faster than running the pattern over
the whole text. :func:`required_words` reads the pattern's syntax tree and
returns words one of which every match contains, or None when it can't tell
(then the pattern always runs). The test only skips patterns that cannot
match, so what a scan finds does not change.

>>> required_words(re.compile("智慧\\\\+?养老"))  # either word would do: the first of the longest
('智慧',)
>>> required_words(re.compile("(?:区域性|街道)?综合养老服务中心|日间照料中心"))
('综合养老服务中心', '日间照料中心')
>>> required_words(re.compile("[多四]社联动"))
('社联动',)
>>> required_words(re.compile("(?i)abc")) is None  # a case-blind pattern: no literal test
True
>>> required_words(re.compile("[^。]{0,4}")) is None
True
>>> may_match(("养老",), "推进智慧养老"), may_match(("养老",), "推进社会救助"), may_match(None, "")
(True, False, True)
"""
from __future__ import annotations

import re
from typing import Sequence

try:  # the parser behind re.compile (Python 3.11+), formerly the sre_parse module
    from re import _constants as _sre, _parser as _sre_parse
except ImportError:  # pragma: no cover - Python before 3.11
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", _sre.MAX_REPEAT))


def required_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Words one of which is in every match of ``pattern``; None when the pattern gives no such words."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # a parser that changed shape: no shortcut, the pattern just runs
        return None
    try:
        return _required(list(parsed))
    except Exception:
        return None


def may_match(words: tuple[str, ...] | None, text: str) -> bool:
    """False only when ``text`` holds none of ``words`` (so the pattern they came from can't match it)."""
    if words is None:
        return True
    for word in words:  # a loop, not any(<generator>): this runs per pattern per document
        if word in text:
            return True
    return False


def _required(items: Sequence[tuple]) -> tuple[str, ...] | None:
    """The most selective requirement of a sequence of parsed items: the one whose shortest word is longest."""
    options: list[tuple[str, ...]] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            options.append(("".join(run),))
            run.clear()

    for op, av in items:
        if op is _sre.LITERAL:
            run.append(chr(av))
            continue
        close_run()
        found: tuple[str, ...] | None = None
        if op is _sre.SUBPATTERN:
            _group, add_flags, _del_flags, inner = av
            if add_flags & _sre.SRE_FLAG_IGNORECASE:
                return None
            found = _required(list(inner))
        elif op is _sre.BRANCH:
            branches = [_required(list(branch)) for branch in av[1]]
            if all(branches):
                found = tuple(dict.fromkeys(word for branch in branches for word in branch))
        elif op in _REPEATS and av[0] >= 1:
            found = _required(list(av[2]))
        if found:
            options.append(found)
    close_run()
    options = [option for option in options if all(option)]
    if not options:
        return None
    return max(options, key=lambda words: min(len(word) for word in words))

"""Townships, towns and street offices from the official division table (loaders/data/townships.tsv).

The suffix rules in :mod:`loaders.places` find a township only when its name looks like a name and
starts at a clear boundary. Names built from ordinary words or function characters (万顷沙镇, 宣化店镇,
玫瑰镇) fail those checks although they are real towns. This catalogue of the 38,000 township-level
divisions (镇, 乡, 街道, 苏木) recognises them by their full written name. A name counts only
when it starts a word (a jieba token, a known place's end, or after punctuation), is not followed by
a character that makes it part of a longer word (乡镇, 镇级, 街道办), and — when the document's
province is known — when a township of that name lies in that province.

>>> [m[2] for m in find_catalogue_townships("区民政局前往万顷沙镇三民岛走访", set(), "广东省")]
['万顷沙镇']
>>> find_catalogue_townships("区民政局前往万顷沙镇走访", set(), "浙江省")
[]
>>> find_catalogue_townships("推进城乡社区治理和乡镇建设", set(), None)
[]
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.gazetteer import get_gazetteer
from loaders.lexicons import DATA, not_places

_LEVELS = {"街道": "street", "苏木": "township", "镇": "township", "乡": "township"}
_SUFFIX = re.compile(r"街道|苏木|镇|乡")
# a character right after the name that makes it part of a longer word: 乡镇, 镇级, 街道办 is fine but 镇村 is not a name's end
_BAD_AFTER = set("级镇乡村街")
# characters right before a name that, with its first character, form a common word instead (城乡 + 镇 …)
_PUNCTUATION = set("，。、；：（）()“”《》「」 \t;:,-—")


@lru_cache(maxsize=1)
def townships() -> dict[str, frozenset[str]]:
    """Name → the province codes (2 digits) where a township of that name lies.

    >>> sorted(townships()["万顷沙镇"])
    ['44']
    """
    out: dict[str, set[str]] = {}
    path = DATA / "townships.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("code\t"):
            continue
        code, name, _county = line.split("\t")
        out.setdefault(name, set()).add(code[:2])
    return {name: frozenset(codes) for name, codes in out.items()}


@lru_cache(maxsize=1)
def township_counties() -> dict[str, frozenset[str]]:
    """Name → the codes (6 digits) of the county-level divisions where a township of that name lies.

    >>> sorted(township_counties()["万顷沙镇"])
    ['440115']
    """
    out: dict[str, set[str]] = {}
    for line in (DATA / "townships.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("code\t"):
            continue
        _code, name, county = line.split("\t")
        out.setdefault(name, set()).add(county)
    return {name: frozenset(codes) for name, codes in out.items()}


@lru_cache(maxsize=1)
def _longest_stem() -> int:
    return max(len(name) for name in townships())


@lru_cache(maxsize=256)
def _province_prefix(province: str | None) -> str | None:
    if not province:
        return None
    for place in get_gazetteer().by_name.get(province, []):
        if place.level == "province":
            return place.code[:2]
    return None


def _level(name: str) -> str:
    return next(level for suffix, level in _LEVELS.items() if name.endswith(suffix))


def find_catalogue_townships(text: str, known_ends: set[int], province: str | None) -> list[tuple[int, int, str, str]]:
    """(start, end, name, level) of the catalogue's townships written in ``text``.

    ``known_ends`` are end offsets of places already found (a township may follow its county directly).

    >>> [m[2] for m in find_catalogue_townships("会上，城关镇民政办和宣化店镇代表发言", set(), "湖北省")]
    ['城关镇', '宣化店镇']
    >>> [m[2] for m in find_catalogue_townships("大悟县宣化店镇", {3}, "湖北省")]
    ['宣化店镇']
    >>> find_catalogue_townships("实现乡镇街道全覆盖，镇级服务中心", set(), None)
    []
    """
    catalogue = townships()
    prefix = _province_prefix(province)
    token_starts: set[int] | None = None
    out: list[tuple[int, int, str, str]] = []
    # look back from each suffix for the longest catalogue name ending there: a set lookup per
    # length, linear in the text, and no large pattern to build
    for suffix_match in _SUFFIX.finditer(text):
        end = suffix_match.end()
        if text[end:end + 1] in _BAD_AFTER:
            continue
        name = next(
            (text[start:end] for start in range(max(0, end - _longest_stem()), suffix_match.start() - 1)
             if text[start:end] in catalogue),
            None,
        )
        if name is None or name in not_places():
            continue
        start = end - len(name)
        if out and start < out[-1][1]:
            continue
        if prefix is not None and prefix not in catalogue[name]:
            continue
        if start > 0 and start not in known_ends and text[start - 1] not in _PUNCTUATION and "\u4e00" <= text[start - 1] <= "\u9fff":
            if token_starts is None:
                token_starts = _token_starts(text)
            if start not in token_starts:
                continue
        out.append((start, end, name, _level(name)))
    return out


def _token_starts(text: str) -> set[int]:
    import rjieba

    starts, pos = set(), 0
    for token in rjieba.cut(text, False):
        starts.add(pos)
        pos += len(token)
    starts.add(pos)
    return starts

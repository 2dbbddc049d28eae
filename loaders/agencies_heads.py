"""Offices named only by their head's title (issue 10 and 11, helper ag20, stop 25).

A Hong Kong district officer is written as 屯门民政事务专员关某 or 南区民政事务专员张某: the title names the
district's Home Affairs office (屯门民政事务处, 南区民政事务处), the body the officer heads, although the text never
writes the office's name; the study gold of two annotators lists that office and gives it to the officer as org,
and the owner's gold names such offices with the district as written (西贡民政事务处, 中西区民政事务处). The
districts are the gazetteer's (code 81…), written in full (南区, 中西区) or without 区 (屯门, 黄大仙).
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.gazetteer import get_gazetteer, short_name

# the Hong Kong district officer's title (民政事务专员, 副民政事务专员 for the deputy)
_OFFICER = "民政事务专员"


@lru_cache(maxsize=1)
def _district_officer_re() -> re.Pattern[str]:
    places = get_gazetteer().by_code.values()
    forms = {form for place in places if place.code.startswith("81") and place.level == "county"
             for form in (place.name, short_name(place.name))}
    alternatives = "|".join(sorted(forms, key=len, reverse=True))
    # (the district, not opening inside a longer word: 香港南区 is still 南区, 湾仔区 not 仔区)
    return re.compile(rf"(?<![东西南北中])(?P<district>{alternatives})(?=副?{_OFFICER})")


def district_offices(text: str, found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """(start, end, office, district as written) of each Hong Kong district officer's title in ``text``: the span is
    the district, so that the title right after it reads the office as its body.

    >>> [name for _, _, name, _ in district_offices("在屯门民政事务专员关某陪同下，南区民政事务专员张某及副民政事务专员", [])]
    ['屯门民政事务处', '南区民政事务处']
    >>> district_offices("各区民政事务专员将联络关爱队；西贡民政事务处派发物资", [])
    []
    """
    from loaders.agencies import _covered  # (agencies imports this module: read at call time, not at import)

    if _OFFICER not in text:
        return []
    covered = _covered(text, found)  # (marked once: a check per title would read every span found)
    out = []
    for match in _district_officer_re().finditer(text):
        start, end = match.span("district")
        if any(covered[start:end]):
            continue
        out.append((start, end, match.group("district") + "民政事务处", match.group("district")))
    return out

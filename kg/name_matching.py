"""How two names of one thing are matched: the corpus README's rule for long names.

Its own small module because two steps need the very same rule: the scorer (:mod:`kg.evaluate`) and the
training scripts of the learned steps in ``loaders/`` (``agency_crf``, ``promotes_model``), whose gold labels
must be what the scorer will count as right. ``loaders`` may import it as it imports :mod:`kg.model`: it
depends on nothing.

>>> fuzzy_match("城市低保标准", "营口市城市低保标准")
True
>>> fuzzy_match("连续", "民政部重点工作综合评估优秀等次连续年数")
False
"""
from __future__ import annotations


def fuzzy_match(a: str, b: str, share: float = 0.6) -> bool:
    """One name contains the other and the shorter is at least ``share`` of the longer."""
    short, long_ = sorted((a, b), key=len)
    return short in long_ and len(short) >= share * len(long_)

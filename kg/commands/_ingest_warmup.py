"""Imported once by ``kg ingest``'s fork server so that every extraction worker starts warm.

Importing the loaders is not enough: the gazetteer, dictionaries and the
large compiled patterns are built lazily on first use (~1 s). Running a few
tiny documents here builds them in the fork server, and each worker forked
from it inherits them. :func:`warm_up` is also what ``kg ingest`` runs in a
process before the first timed extraction, so a ``--time-limit`` never
counts this one-time set-up; the texts touch every lazily built part
(place trie, agency and enumeration patterns, policies, targets, the
traditional-script converter).
"""
from __future__ import annotations

WARM_UP_TEXTS = (
    "营口市民政局召开2021年全市民政工作会议，推进养老服务，低保标准提高到每人每月600元。\n"
    "济南、青岛、东营等9个市民政局贯彻《山东省社会救助办法》，张明副市长出席并讲话。",
    "臺中市政府社會局召開會議，推動長期照顧服務。",
)


def warm_up() -> None:
    """Extract the warm-up texts; never raises (the real documents will say what is wrong)."""
    try:
        from loaders import load_text

        for number, text in enumerate(WARM_UP_TEXTS):
            load_text(text, f"warm-up-{number}.txt")
    except Exception:
        pass


warm_up()

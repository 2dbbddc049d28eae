"""Figures: the similarity heatmap and the diffusion timeline (matplotlib, Agg backend, offline).

Chinese labels need a CJK font. :func:`cjk_font` looks for one installed on
the machine (Noto Sans CJK, WenQuanYi, Source Han, Droid Sans Fallback — e.g.
Debian's ``fonts-noto-cjk`` or ``fonts-wqy-microhei``). Without one, figures
label places with short codes (P01, P02 …) and the caller gets the code table,
so a figure is never a row of empty boxes.
"""
from __future__ import annotations

import glob
import os
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import matplotlib

matplotlib.use("Agg")  # no display on servers and in CI
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib import font_manager  # noqa: E402

_CJK_FAMILY_HINTS = ("Noto Sans CJK", "Noto Serif CJK", "Source Han", "WenQuanYi", "Droid Sans Fallback",
                     "AR PL", "Noto Sans SC", "SimHei", "Microsoft YaHei", "PingFang")
_CJK_FILE_HINTS = ("*cjk*", "*CJK*", "*wqy*", "*SourceHan*", "*DroidSansFallback*", "*uming*", "*ukai*")
_FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", os.path.expanduser("~/.fonts"),
              os.path.expanduser("~/.local/share/fonts"))


@lru_cache(maxsize=1)
def cjk_font() -> str | None:
    """The family name of an installed CJK font, or None when the machine has none."""
    for font in font_manager.fontManager.ttflist:
        if any(hint in font.name for hint in _CJK_FAMILY_HINTS):
            return font.name
    # matplotlib's font cache predates fonts installed later: register font files directly.
    for folder in _FONT_DIRS:
        for pattern in _CJK_FILE_HINTS:
            paths = sorted(glob.glob(os.path.join(folder, "**", pattern), recursive=True),
                           key=lambda p: ("bold" in p.lower() or "black" in p.lower(), p))
            for path in paths:
                if not path.lower().endswith((".ttf", ".ttc", ".otf")):
                    continue
                try:
                    font_manager.fontManager.addfont(path)
                    return font_manager.FontProperties(fname=path).get_name()
                except (RuntimeError, OSError, ValueError):
                    continue
    return None


def display_labels(labels: Sequence[str]) -> tuple[list[str], dict[str, str]]:
    """Labels to draw, and the code table used when no CJK font is installed.

    >>> shown, codes = display_labels(["营口市:2021"])
    >>> shown == ["营口市:2021"] or codes == {"P01": "营口市:2021"}
    True
    """
    if cjk_font():
        return list(labels), {}
    codes = {f"P{i:02d}": label for i, label in enumerate(labels, 1)}
    return list(codes), codes


def _use_cjk() -> None:
    font = cjk_font()
    if font:
        plt.rcParams["font.family"] = [font, "DejaVu Sans"]
    plt.rcParams["axes.unicode_minus"] = False


def cluster_order(matrix: pd.DataFrame) -> list[str]:
    """Row labels ordered by average-linkage hierarchical clustering on 1 - similarity.

    Similar plans end up next to each other, so blocks show on the heatmap.
    """
    from scipy.cluster.hierarchy import leaves_list, linkage
    from scipy.spatial.distance import squareform

    if len(matrix) < 3:
        return list(matrix.index)
    distance = 1.0 - matrix.to_numpy(dtype=float)
    distance = (distance + distance.T) / 2
    np.fill_diagonal(distance, 0.0)
    distance = np.clip(distance, 0.0, None)
    order = leaves_list(linkage(squareform(distance, checks=False), method="average"))
    return [matrix.index[i] for i in order]


def similarity_heatmap(matrix: pd.DataFrame, path: str | Path, title: str = "Plan similarity") -> dict[str, str]:
    """Draw the clustered similarity heatmap to ``path`` (PNG). Returns the code table (empty with a CJK font)."""
    _use_cjk()
    order = cluster_order(matrix)
    ordered = matrix.loc[order, order]
    names = matrix.attrs.get("labels") or {}
    # Plans are shown by place, year and title, never by a bare document id.
    shown, codes = display_labels([names.get(plan, plan) for plan in order])
    size = max(6.0, min(40.0, 0.28 * len(order) + 3))
    fig, ax = plt.subplots(figsize=(size, size))
    image = ax.imshow(ordered.to_numpy(dtype=float), cmap="viridis", vmin=0, vmax=1)
    ax.set_xticks(range(len(order)), shown, rotation=90, fontsize=7)
    ax.set_yticks(range(len(order)), shown, fontsize=7)
    ax.set_title(title)
    fig.colorbar(image, ax=ax, fraction=0.046, pad=0.04, label="similarity")
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return codes


def diffusion_timeline(table: pd.DataFrame, path: str | Path, title: str = "") -> dict[str, str]:
    """Draw a diffusion table (:func:`kg.analysis.diffusion.diffusion`) as a timeline PNG.

    One row per place in order of uptake; the marker sits at the date of the
    place's first document (mid-year when only the year is known).
    """
    _use_cjk()
    places = list(table["place"])
    shown, codes = display_labels(places)
    when = [_as_date(d, y) for d, y in zip(table["date"], table["year"])]
    known = [w for w in when if w is not None]
    # A document without a date sorts last; draw it hollow, a year after the last dated one.
    unknown_at = (max(known) + pd.DateOffset(years=1)) if known else pd.Timestamp("2000-01-01")
    xs = [w if w is not None else unknown_at for w in when]
    fig, ax = plt.subplots(figsize=(9, max(2.5, 0.45 * len(places) + 1.5)))
    ax.plot(xs, range(len(places)), color="#999999", linewidth=1, zorder=1)
    for i, (x, w, n) in enumerate(zip(xs, when, table["documents"])):
        dated = w is not None
        ax.scatter([x], [i], s=60, zorder=2, color="#1f77b4" if dated else "white", edgecolors="#1f77b4")
        label = f"{w:%Y-%m}" if dated else "date unknown"
        ax.annotate(label + (f"  ({n} docs)" if n > 1 else ""), (x, i), textcoords="offset points",
                    xytext=(8, -3), fontsize=8)
    ax.set_yticks(range(len(places)), shown)
    ax.invert_yaxis()
    ax.set_xlabel("first mention")
    ax.set_title(title or f"Diffusion of {table.attrs.get('entity', '')}")
    fig.autofmt_xdate()
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return codes


def _as_date(date: str, year) -> pd.Timestamp | None:
    """The document's date; mid-year when only the year is known; None when neither is."""
    if isinstance(date, str) and len(date) >= 10:
        try:
            return pd.Timestamp(date[:10])
        except ValueError:
            pass
    return pd.Timestamp(int(year), 7, 1) if year is not None and not pd.isna(year) else None

"""Charts as inline SVG: horizontal bars, a curve with marked points, stacked daily bars.

Each chart is an ``<svg role="img">`` whose ``<title>`` says what it shows (what screen readers
read and tests find); every label is escaped. No script and no library: the numbers are laid
out here, and the page's CSS colours them.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

_ids = itertools.count(1)
BAR_HEIGHT = 18
BAR_GAP = 6
LABEL_WIDTH = 330
BAR_WIDTH = 360
CURVE_SIZE = (560, 320)
CURVE_MARGIN = 48


@dataclass(frozen=True)
class Bar:
    """One bar: its label, its length as a share of the longest possible (0 to 1), its figure."""

    label: str
    share: float
    figure: str
    tone: str = "bar"


@dataclass(frozen=True)
class Mark:
    """A point to pick out on a curve, with what to call it."""

    x: float
    y: float
    label: str
    tone: str


def _open(title: str, width: int, height: int) -> tuple[str, str]:
    ident = f"chart-{next(_ids)}"
    head = (f'<svg class="chart" role="img" aria-labelledby="{ident}" width="{width}" '
            f'height="{height}" viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">'
            f'<title id="{ident}">{escape(title)}</title>')
    return head, "</svg>"


def _clip(label: str, limit: int = 48) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "\u2026"


def bar_chart(title: str, bars: Sequence[Bar]) -> str:
    """Horizontal bars, one a row, the label on the left and the figure at the bar's end."""
    height = max(len(bars), 1) * (BAR_HEIGHT + BAR_GAP) + BAR_GAP
    width = LABEL_WIDTH + BAR_WIDTH + 70
    head, tail = _open(title, width, height)
    parts = [head]
    for row, bar in enumerate(bars):
        y = BAR_GAP + row * (BAR_HEIGHT + BAR_GAP)
        length = max(0.0, min(bar.share, 1.0)) * BAR_WIDTH
        middle = y + BAR_HEIGHT * 0.72
        parts.append(
            f'<g><title>{escape(bar.label)}: {escape(bar.figure)}</title>'
            f'<text class="label" x="{LABEL_WIDTH - 8}" y="{middle:.1f}" text-anchor="end">'
            f'{escape(_clip(bar.label))}</text>'
            f'<rect class="track" x="{LABEL_WIDTH}" y="{y}" width="{BAR_WIDTH}" height="{BAR_HEIGHT}"/>'
            f'<rect class="{escape(bar.tone)}" x="{LABEL_WIDTH}" y="{y}" width="{length:.1f}" '
            f'height="{BAR_HEIGHT}"/>'
            f'<text class="figure" x="{LABEL_WIDTH + length + 6:.1f}" y="{middle:.1f}">'
            f'{escape(bar.figure)}</text></g>')
    if not bars:
        parts.append(f'<text class="label" x="8" y="{BAR_HEIGHT}">nothing to show</text>')
    parts.append(tail)
    return "".join(parts)


def _axis_range(values: Sequence[float]) -> tuple[float, float]:
    low, high = min(values, default=0.0), max(values, default=1.0)
    if high - low < 0.02:
        low, high = low - 0.01, high + 0.01
    pad = (high - low) * 0.08
    return max(0.0, low - pad), min(1.0, high + pad)


def curve_chart(title: str, points: Sequence[tuple[float, float]],
                curve: Sequence[tuple[float, float]], marks: Sequence[Mark], *, x_label: str,
                y_label: str) -> str:
    """Every point faint, ``curve`` drawn through, and ``marks`` picked out and named; both axes
    are shares (0 to 1), shown as percentages."""
    width, height = CURVE_SIZE
    m = CURVE_MARGIN
    every = [*points, *curve, *((k.x, k.y) for k in marks)]
    x0, x1 = _axis_range([x for x, _ in every])
    y0, y1 = _axis_range([y for _, y in every])

    def sx(x: float) -> float:
        return m + (x - x0) / (x1 - x0) * (width - 2 * m)

    def sy(y: float) -> float:
        return height - m - (y - y0) / (y1 - y0) * (height - 2 * m)

    head, tail = _open(title, width, height)
    parts = [head, f'<line class="axis" x1="{m}" y1="{height - m}" x2="{width - m}" y2="{height - m}"/>',
             f'<line class="axis" x1="{m}" y1="{m}" x2="{m}" y2="{height - m}"/>']
    for step in range(5):
        fx, fy = x0 + (x1 - x0) * step / 4, y0 + (y1 - y0) * step / 4
        parts.append(f'<text class="tick" x="{sx(fx):.1f}" y="{height - m + 16}" '
                     f'text-anchor="middle">{fx:.1%}</text>')
        parts.append(f'<text class="tick" x="{m - 6}" y="{sy(fy) + 4:.1f}" '
                     f'text-anchor="end">{fy:.0%}</text>')
    parts.append(f'<text class="label" x="{width / 2:.0f}" y="{height - 8}" '
                 f'text-anchor="middle">{escape(x_label)}</text>')
    parts.append(f'<text class="label" x="14" y="{height / 2:.0f}" text-anchor="middle" '
                 f'transform="rotate(-90 14 {height / 2:.0f})">{escape(y_label)}</text>')
    parts += [f'<circle class="dot" cx="{sx(x):.1f}" cy="{sy(y):.1f}" r="2"/>' for x, y in points]
    if curve:
        path = " ".join(f"{sx(x):.1f},{sy(y):.1f}" for x, y in curve)
        parts.append(f'<polyline class="curve" points="{path}"/>')
    for row, mark in enumerate(marks):
        parts.append(f'<g><title>{escape(mark.label)}: {mark.y:.1%} at {mark.x:.1%}</title>'
                     f'<circle class="{escape(mark.tone)}" cx="{sx(mark.x):.1f}" '
                     f'cy="{sy(mark.y):.1f}" r="6"/>'
                     f'<text class="legend" x="{width - m - 4}" y="{m + 4 + row * 18}" '
                     f'text-anchor="end">{escape(mark.label)}</text>'
                     f'<circle class="{escape(mark.tone)}" cx="{width - m + 6}" '
                     f'cy="{m + row * 18}" r="5"/></g>')
    parts.append(tail)
    return "".join(parts)


def stacked_bars(title: str, columns: Sequence[tuple[str, Sequence[tuple[str, float]]]],
                 series: Sequence[str]) -> str:
    """One column per day, split into ``series`` shares (each 0 to 1), with a legend."""
    column, gap, top, bottom = 26, 10, 30, 56
    height = 240
    width = max(len(columns), 1) * (column + gap) + 60
    width = max(width, 360)
    head, tail = _open(title, width, height)
    parts = [head]
    for row, name in enumerate(series):
        parts.append(f'<rect class="s{row}" x="{40 + row * 110}" y="6" width="12" height="12"/>'
                     f'<text class="legend" x="{56 + row * 110}" y="16">{escape(name)}</text>')
    plot = height - top - bottom
    for index, (day, shares) in enumerate(columns):
        x = 40 + index * (column + gap)
        y = float(top + plot)
        for row, (name, share) in enumerate(shares):
            size = max(0.0, min(share, 1.0)) * plot
            y -= size
            parts.append(f'<rect class="s{row}" x="{x}" y="{y:.1f}" width="{column}" height="{size:.1f}">'
                         f'<title>{escape(day)}: {escape(name)} {share:.0%}</title></rect>')
        parts.append(f'<text class="tick" x="{x + column / 2}" y="{top + plot + 12}" '
                     f'text-anchor="end" transform="rotate(-45 {x + column / 2} {top + plot + 12})">'
                     f'{escape(day[5:])}</text>')
    if not columns:
        parts.append(f'<text class="label" x="40" y="{top + 20}">no replies recorded yet</text>')
    parts.append(tail)
    return "".join(parts)

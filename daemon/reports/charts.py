"""Draw the PNG charts of the digest and the yearly report with matplotlib (no display needed)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from daemon.wording import Wording

if TYPE_CHECKING:
    from matplotlib.figure import Figure


def _figure(width: float, height: float) -> Figure:
    # Imported here: matplotlib costs the daemon's start-up a third of a second, and only the digest and the
    # report draw. The Figure API needs no pyplot, no display and no global figure registry.
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height))


def _subplots(width: float, height: float, *args: Any, **kwargs: Any) -> tuple[Figure, Any]:
    figure = _figure(width, height)
    return figure, figure.subplots(*args, **kwargs)


def _counts(axis: Any, which: str = "y") -> None:
    """Counts are whole: no tick at 0,5 request."""
    from matplotlib.ticker import MaxNLocator

    (axis.yaxis if which == "y" else axis.xaxis).set_major_locator(MaxNLocator(integer=True))


def _png(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    figure.tight_layout()
    figure.savefig(buffer, format="png", dpi=110)
    return buffer.getvalue()


def _text(wording: Wording, key: str, **values: object) -> str:
    return str(wording.table["charts"][key]).format(**values)


def digest_chart(by_type: dict[str, int], met: int, missed: int, target_minutes: int, wording: Wording) -> bytes:
    return _png(digest_figure(by_type, met, missed, target_minutes, wording))


def digest_figure(by_type: dict[str, int], met: int, missed: int, target_minutes: int, wording: Wording) -> Figure:
    """Requests per type, and responses within / beyond the target."""
    figure, (left, right) = _subplots(8, 3.2, 1, 2, gridspec_kw={"width_ratios": [3, 2]})
    labels = [wording.label("types_short", key) for key in by_type]
    left.barh(labels, list(by_type.values()), color="#2f6f9f")
    left.invert_yaxis()
    left.set_title(_text(wording, "by_type"))
    left.set_xlabel(_text(wording, "count"))
    _counts(left, "x")
    right.bar([_text(wording, "on_time"), _text(wording, "late")], [met, missed], color=["#3a9a5b", "#c0504d"])
    right.set_title(_text(wording, "within", minutes=target_minutes))
    _counts(right)
    return figure


def share_trend(
    months: Sequence[str], shares: Sequence[float | None], target_pct: float, target_minutes: int, wording: Wording
) -> bytes:
    """The share answered on time, month by month, against the target; the last bar is the month reported."""
    figure, axis = _subplots(8, 3.0)
    values = [value if value is not None else 0.0 for value in shares]
    colours = ["#9db7cf"] * (len(months) - 1) + ["#2f6f9f"]
    axis.bar(months, values, color=colours)
    axis.axhline(target_pct, color="#c0504d", linestyle="--", label=_text(wording, "target", pct=f"{target_pct:g}"))
    axis.set_ylim(0, 105)
    axis.set_ylabel(_text(wording, "share_axis", minutes=target_minutes))
    axis.set_title(_text(wording, "trend"))
    axis.legend(fontsize=8, loc="lower left")
    return _png(figure)


def monthly_by_type(months: Sequence[str], series: dict[str, Sequence[int]], wording: Wording) -> bytes:
    figure, axis = _subplots(8, 3.5)
    bottom = [0] * len(months)
    for key, values in series.items():
        axis.bar(months, values, bottom=bottom, label=wording.label("types_short", key))
        bottom = [a + b for a, b in zip(bottom, values, strict=True)]
    axis.set_title(_text(wording, "monthly_by_type"))
    axis.legend(fontsize=7, ncol=3, loc="upper left")  # "best" searches every bar: seconds on a busy year
    _counts(axis)
    return _png(figure)


def monthly_share(months: Sequence[str], shares: Sequence[float | None], target_pct: float, wording: Wording) -> bytes:
    figure, axis = _subplots(8, 3.2)
    points = [value if value is not None else float("nan") for value in shares]
    axis.plot(months, points, marker="o", label=_text(wording, "actual"))
    axis.axhline(target_pct, color="#c0504d", linestyle="--", label=_text(wording, "target", pct=f"{target_pct:g}"))
    axis.set_ylim(0, 105)
    axis.set_ylabel("%")
    axis.set_title(_text(wording, "iku_by_month"))
    axis.legend(fontsize=8, loc="upper right")
    return _png(figure)


def monthly_satisfaction(months: Sequence[str], averages: Sequence[float | None], wording: Wording) -> bytes:
    figure, axis = _subplots(8, 2.8)
    axis.plot(range(len(months)), [value if value is not None else float("nan") for value in averages], marker="o")
    axis.set_xticks(range(len(months)), months)
    axis.set_xlim(-0.5, len(months) - 0.5)
    axis.set_ylim(1, 5.2)
    axis.set_ylabel(_text(wording, "satisfaction_axis"))
    axis.set_title(_text(wording, "satisfaction"))
    return _png(figure)


def response_histogram(minutes: Sequence[float], target: int, wording: Wording) -> bytes:
    figure, axis = _subplots(8, 3.2)
    capped = [min(value, 120.0) for value in minutes]
    axis.hist(capped, bins=24, range=(0, 120), color="#2f6f9f")
    axis.axvline(target, color="#c0504d", linestyle="--", label=_text(wording, "target_minutes", minutes=target))
    axis.set_xlabel(_text(wording, "histogram_axis"))
    axis.set_ylabel(_text(wording, "count"))
    axis.set_title(_text(wording, "histogram"))
    axis.legend(fontsize=8, loc="upper right")
    _counts(axis)
    return _png(figure)


def arrival_heatmap(counts: Sequence[Sequence[int]], wording: Wording, zone_name: str) -> bytes:
    """counts[weekday][hour] of arrivals."""
    figure, axis = _subplots(8, 3)
    image = axis.imshow(counts, aspect="auto", cmap="Blues")
    axis.set_yticks(range(7), [wording.day_short(day) for day in range(7)])
    axis.set_xticks(range(0, 24, 2), [f"{hour:02d}" for hour in range(0, 24, 2)])
    axis.set_xlabel(_text(wording, "hour_axis", zone=zone_name))
    axis.set_title(_text(wording, "arrivals"))
    colour_bar = figure.colorbar(image, ax=axis)
    from matplotlib.ticker import MaxNLocator

    colour_bar.locator = MaxNLocator(integer=True)
    colour_bar.update_ticks()
    return _png(figure)

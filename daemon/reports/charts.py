"""Draw the PNG charts of the digest and the yearly report with matplotlib (no display needed)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from matplotlib.figure import Figure

TYPE_LABELS = {
    "course_data": "Data MK",
    "announcement": "Pengumuman",
    "elearning_support": "Bantuan e-learning",
    "document_request": "Dokumen",
    "other": "Lainnya",
}


def _figure(width: float, height: float) -> Figure:
    # Imported here: matplotlib costs the daemon's start-up a third of a second, and only the digest and the
    # report draw. The Figure API needs no pyplot, no display and no global figure registry.
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height))


def _subplots(width: float, height: float, *args: Any, **kwargs: Any) -> tuple[Figure, Any]:
    figure = _figure(width, height)
    return figure, figure.subplots(*args, **kwargs)


def _png(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    figure.tight_layout()
    figure.savefig(buffer, format="png", dpi=110)
    return buffer.getvalue()


def digest_chart(by_type: dict[str, int], met: int, missed: int, target_minutes: int) -> bytes:
    """Requests per type, and responses within / beyond the target."""
    figure, (left, right) = _subplots(8, 3.2, 1, 2, gridspec_kw={"width_ratios": [3, 2]})
    labels = [TYPE_LABELS.get(key, key) for key in by_type]
    left.barh(labels, list(by_type.values()), color="#2f6f9f")
    left.invert_yaxis()
    left.set_title("Permintaan per jenis")
    left.set_xlabel("jumlah")
    right.bar(["tepat waktu", "terlambat"], [met, missed], color=["#3a9a5b", "#c0504d"])
    right.set_title(f"Respons pertama <= {target_minutes} menit")
    return _png(figure)


def monthly_by_type(months: Sequence[str], series: dict[str, Sequence[int]]) -> bytes:
    figure, axis = _subplots(
        8,
        3.5,
    )
    bottom = [0] * len(months)
    for key, values in series.items():
        axis.bar(months, values, bottom=bottom, label=TYPE_LABELS.get(key, key))
        bottom = [a + b for a, b in zip(bottom, values, strict=True)]
    axis.set_title("Permintaan per bulan dan jenis")
    axis.legend(fontsize=7, ncol=3)
    return _png(figure)


def monthly_share(months: Sequence[str], shares: Sequence[float | None], target_pct: float) -> bytes:
    figure, axis = _subplots(
        8,
        3.2,
    )
    axis.plot(months, [value if value is not None else float("nan") for value in shares], marker="o", label="realisasi")
    axis.axhline(target_pct, color="#c0504d", linestyle="--", label=f"target {target_pct:.0f}%")
    axis.set_ylim(0, 105)
    axis.set_ylabel("% respons tepat waktu")
    axis.set_title("Capaian IKU per bulan")
    axis.legend(fontsize=8)
    return _png(figure)


def response_histogram(minutes: Sequence[float], target: int) -> bytes:
    figure, axis = _subplots(
        8,
        3.2,
    )
    capped = [min(value, 120.0) for value in minutes]
    axis.hist(capped, bins=24, range=(0, 120), color="#2f6f9f")
    axis.axvline(target, color="#c0504d", linestyle="--", label=f"target {target} menit")
    axis.set_xlabel("menit sampai respons pertama (>120 digabung)")
    axis.set_ylabel("jumlah")
    axis.set_title("Sebaran waktu respons pertama")
    axis.legend(fontsize=8)
    return _png(figure)


def arrival_heatmap(counts: Sequence[Sequence[int]]) -> bytes:
    """counts[weekday][hour] of arrivals."""
    figure, axis = _subplots(
        8,
        3,
    )
    image = axis.imshow(counts, aspect="auto", cmap="Blues")
    axis.set_yticks(range(7), ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"])
    axis.set_xticks(range(0, 24, 2), [f"{hour:02d}" for hour in range(0, 24, 2)])
    axis.set_xlabel("jam (WIB)")
    axis.set_title("Waktu kedatangan permintaan")
    figure.colorbar(image, ax=axis)
    return _png(figure)

"""The text `helpdesk eval` prints for one evaluation, from its per-type scores down to each answer read wrongly."""

from __future__ import annotations

from collections.abc import Mapping

from daemon.classify.evaluation_figures import Evaluation

_FIELD_NAMES = {
    "course_code": "course code",
    "course_name": "course name",
    "changes": "changes (whole request)",
    "title": "title",
    "scope": "scope",
    "publish_at": "publish time",
}


def _counts(shapes: Mapping[str, int]) -> str:
    return "; ".join(f"{shape} {count}" for shape, count in shapes.items()) or "none"


def format_report(report: Evaluation) -> str:
    lines = [
        f"{report.messages} messages, accuracy {report.accuracy:.3f}",
        "",
        f"{'type':<18} {'precision':>9} {'recall':>7} {'f1':>6} {'n':>4}",
    ]
    for kind, row in report.per_type.items():
        lines.append(f"{kind:<18} {row.precision:>9.3f} {row.recall:>7.3f} {row.f1:>6.3f} {row.support:>4}")
    pairs = report.change_pairs
    lines += [
        "",
        f"macro-F1 {report.macro_f1:.3f}",
        f"human requests taken for machine mail: {report.human_taken_for_machine}",
        "",
        "field accuracy (course_data and announcement requests):",
    ]
    lines += [f"  {_FIELD_NAMES.get(key, key):<24} {value:.3f}" for key, value in report.field_accuracy.items()]
    lines += [
        f"  {'change pairs':<24} {pairs.pair_recall:.3f} ({pairs.right} of {pairs.expected} right)",
        f"  {'wrong value claimed':<24} {pairs.wrong_value_claimed:.3f} "
        f"({pairs.claimed - pairs.right} of {pairs.claimed} claimed)",
        f"  {'value missed':<24} {pairs.value_missed:.3f}",
        "",
        "how they went wrong (counts only):",
        f"  {'types':<24} {_counts(report.type_confusions)}",
        f"  {'fields':<24} {_counts(report.field_mistake_shapes)}",
        f"  {'change pairs':<24} {_counts(pairs.mistake_shapes)}",
        "",
        f"classify per request: median {report.classify_ms.median:.1f} ms, "
        f"p95 {report.classify_ms.p95:.1f} ms (parsing and attachments included)",
    ]
    if report.mistakes:
        lines += ["", "misclassified:"]
        lines += [f"  {m.file}: expected {m.expected}, got {m.got} ({'; '.join(m.reasons)})" for m in report.mistakes]
    if report.field_mistakes:
        lines += ["", "fields read differently:"]
        lines += [f"  {m.file}: {m.field} expected {m.expected!r}, got {m.got!r}" for m in report.field_mistakes]
    return "\n".join(lines)

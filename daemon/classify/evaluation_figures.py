"""The figures of one `helpdesk eval` run, as frozen records that `eval --json` prints as they are."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Label:
    """One labelled request of a corpus's labels.json (the schema of the shared request corpus)."""

    type: str
    fields: Mapping[str, Any]

    @classmethod
    def from_json(cls, entry: Mapping[str, Any]) -> Label:
        return cls(str(entry["type"]), entry.get("fields") or {})

    @property
    def changes(self) -> Mapping[str, str]:
        return self.fields.get("changes") or {}


@dataclass(frozen=True)
class TypeScore:
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True)
class WrongClaim:
    file: str
    field: str
    claimed: str
    expected: str | None


@dataclass(frozen=True)
class PairScore:
    """Requested changes pair by pair: right, wrong value claimed (of what was claimed), missed (of what was asked)."""

    expected: int
    claimed: int
    right: int
    pair_recall: float
    wrong_value_claimed: float
    value_missed: float
    wrong_claims: tuple[WrongClaim, ...]
    # Counts by field and by shape of mistake tell a rule writer which kind to look at without naming a sample.
    mistake_shapes: Mapping[str, int]


@dataclass(frozen=True)
class TypeMistake:
    file: str
    expected: str
    got: str
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class FieldMistake:
    file: str
    field: str
    expected: Any
    got: Any


@dataclass(frozen=True)
class Timing:
    median: float
    p95: float


@dataclass(frozen=True)
class Evaluation:
    messages: int
    accuracy: float
    per_type: Mapping[str, TypeScore]
    macro_f1: float
    human_taken_for_machine: int
    field_accuracy: Mapping[str, float]
    change_pairs: PairScore
    classify_ms: Timing
    mistakes: tuple[TypeMistake, ...]
    field_mistakes: tuple[FieldMistake, ...]
    field_mistake_shapes: Mapping[str, int]
    type_confusions: Mapping[str, int]

    def without_details(self) -> Evaluation:
        """The figures alone: a corpus kept unread while tuning must not leak file names, texts or values."""
        pairs = dataclasses.replace(self.change_pairs, wrong_claims=())
        return dataclasses.replace(self, change_pairs=pairs, mistakes=(), field_mistakes=())

    def as_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

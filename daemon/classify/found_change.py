"""One requested change as the grammar found it: field, new value, and where in the text it was read."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Read:
    """A field's value as read from a place in the text: the value, and where it starts and ends there."""

    value: str
    start: int
    end: int


@dataclass(frozen=True)
class FoundChange:
    """One requested change: the field, its new value, and where in the text it was read."""

    field: str
    value: str
    cue: str
    start: int
    end: int
    # A bare labelled value ("Nama MK: X") may be the current one naming the course; a value after a change verb,
    # an arrow or "should be" is not.
    weak: bool = False

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end

    def overlaps(self, other: FoundChange) -> bool:
        return self.start < other.end and other.start < self.end

    def reason(self) -> str:
        return f"changes.{self.field} = {self.value!r} from {self.cue!r} at {self.start}-{self.end}"

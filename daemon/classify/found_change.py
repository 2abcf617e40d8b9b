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

    @classmethod
    def located(cls, flat: str, field: str, read: tuple[str, int], after: int, cue: str) -> FoundChange | None:
        """The change a value reader's `read` (value, end) gives, placed where the value stands after `after`; None
        when the value as cleaned is not in the text there (the reader joined or trimmed it)."""
        found = flat.find(read[0], after, read[1] + 1)
        return cls(field, read[0], cue, found, found + len(read[0])) if found >= 0 else None

    def reason(self) -> str:
        return f"changes.{self.field} = {self.value!r} from {self.cue!r} at {self.start}-{self.end}"

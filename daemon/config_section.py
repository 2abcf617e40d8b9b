"""What every config section is built from: a frozen model that refuses unknown keys, and the address type."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

ADDRESS_PATTERN = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"
Address = Annotated[str, Field(pattern=ADDRESS_PATTERN)]


class Section(BaseModel):
    """A config section: a key it does not know is an error, and nothing changes it once loaded."""

    model_config = ConfigDict(extra="forbid", frozen=True)

"""How a CRF tagger reads, as the environment chooses it for experiments: a reader and two thresholds, each checked."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pycrfsuite

logger = logging.getLogger(__name__)


def _threshold(variable: str, default: float) -> float:
    try:
        return float(os.environ.get(variable, default))
    except ValueError:
        logger.warning("%s must be a number from 0 to 1; using %s", variable, default)
        return default


@dataclass(frozen=True)
class TaggerSwitch:
    """The variables that choose a tagger's reading, and what each means when unset or wrong."""

    reader_variable: str
    veto_variable: str
    claim_variable: str
    readers: tuple[str, ...]
    default_reader: str
    default_veto: float
    default_claim: float

    def chosen(self) -> tuple[str, float, float]:
        """The reader, the veto threshold and the claim threshold; a wrong value is warned of and the default used."""
        reader = os.environ.get(self.reader_variable, self.default_reader)
        if reader not in self.readers:
            logger.warning(
                "%s must be one of %s; using %s", self.reader_variable, ", ".join(self.readers), self.default_reader
            )
            reader = self.default_reader
        return (
            reader,
            _threshold(self.veto_variable, self.default_veto),
            _threshold(self.claim_variable, self.default_claim),
        )


@cache
def opened_tagger(path: Path) -> pycrfsuite.Tagger:
    """The model at the path, opened once per process."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger

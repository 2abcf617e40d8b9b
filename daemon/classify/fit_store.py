"""Keep fitted type models on disk, keyed by everything a fit depends on, so that a process loads a model rather than
fitting it again.

A fit costs about 5 s of CPU, and every daemon start, `helpdesk` command and test process that classifies needed
one. The key is a hash of the fit's inputs (the texts as the model reads them and their types), of the unfitted
model's parameters and of the Python, scikit-learn, NumPy and SciPy versions: new or changed examples (staff teaching
with `#type`, a rebuilt type_examples.jsonl), a changed model or an upgraded library make a new key, and so a fit, never
a stale model. Where no cache directory can be written, every process fits as before. (The module is not named
*cache*: tests/test_wheel.py builds the wheel from a copy of the tree without such files.)
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import sys
import tempfile
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path

from sklearn.pipeline import Pipeline

log = logging.getLogger(__name__)

# Models for other example sets (each `#type` lesson makes one) are pruned beyond these, least recently used first.
KEPT_MODELS = 8
_LIBRARIES = ("scikit-learn", "numpy", "scipy")


def cache_directory() -> Path:
    """systemd's CacheDirectory= (the unit cannot write the home directory), else the XDG cache of the user."""
    systemd = os.environ.get("CACHE_DIRECTORY")
    if systemd:
        return Path(systemd.split(":")[0]) / "type-models"
    xdg = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(xdg) / "p4m-helpdesk" / "type-models"


def model_key(pipeline: Pipeline, texts: Sequence[str], labels: Sequence[str]) -> str:
    """The hash of everything the fit of `pipeline` on (texts, labels) depends on."""
    digest = hashlib.sha256()
    versions = [sys.version, *(f"{name} {metadata.version(name)}" for name in _LIBRARIES)]
    for part in (*versions, repr(pipeline.get_params(deep=True))):
        digest.update(part.encode())
        digest.update(b"\0")
    for text, label in zip(texts, labels, strict=True):
        digest.update(f"{len(text)}:{text}\0{label}\0".encode())
    return digest.hexdigest()


def _load(path: Path) -> Pipeline | None:
    try:
        with path.open("rb") as stored:
            # Only this module writes here, under the user's own cache directory, and the file's name is the hash of
            # what it was fitted from.
            model = pickle.load(stored)  # noqa: S301
        os.utime(path)  # recently used: kept by the pruning
    except FileNotFoundError:
        return None
    except Exception as error:  # a damaged or foreign file is fitted again and overwritten
        log.warning("type model cache %s unreadable (%s): fitting again", path, error)
        return None
    return model if isinstance(model, Pipeline) else None


def _store(directory: Path, path: Path, pipeline: Pipeline) -> None:
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=directory, suffix=".tmp", delete=False) as written:
            pickle.dump(pipeline, written, protocol=pickle.HIGHEST_PROTOCOL)
        # Atomic: a process starting meanwhile reads the old state or the whole model, never half of one.
        Path(written.name).replace(path)
        models = sorted(directory.glob("*.pickle"), key=lambda found: found.stat().st_mtime, reverse=True)
        for old in models[KEPT_MODELS:]:
            old.unlink(missing_ok=True)
    except OSError as error:
        log.info("type model not cached in %s (%s): the next process fits it again", directory, error)


def fitted(pipeline: Pipeline, texts: Sequence[str], labels: Sequence[str]) -> Pipeline:
    """`pipeline` fitted on (texts, labels), or the same fit stored earlier by any process."""
    directory = cache_directory()
    path = directory / f"{model_key(pipeline, texts, labels)}.pickle"
    stored = _load(path)
    if stored is not None:
        return stored
    pipeline.fit(texts, labels)
    _store(directory, path, pipeline)
    return pipeline

"""The report's prose: the unit's own TOML file, with the shipped text for whatever it leaves out."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass

from daemon.config import Config
from daemon.errors import ConfigError
from templates import DIRECTORY as DEFAULT_TEMPLATES

NARRATIVE_KEYS = (
    "latar_belakang",
    "kebijakan",
    "strategi",
    "kondisi_eksternal",
    "profil_layanan",
    "penjaminan_mutu",
    "tindak_lanjut",
    "penutup",
)
SWOT_KEYS = ("kekuatan", "kelemahan", "peluang", "ancaman")


@dataclass(frozen=True)
class Narrative:
    texts: dict[str, str]
    swot: dict[str, tuple[str, ...]]


def load_narrative(config: Config) -> Narrative:
    path = (
        config.resolve(config.report.narrative)
        if config.report.narrative
        else DEFAULT_TEMPLATES / "report" / "narrative.id.toml"
    )
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"report.narrative: cannot read {path}: {error}") from None
    defaults = tomllib.loads((DEFAULT_TEMPLATES / "report" / "narrative.id.toml").read_text(encoding="utf-8"))
    texts = {key: " ".join(str(data.get(key, defaults[key])).split()) for key in NARRATIVE_KEYS}
    swot = {key: tuple(str(item) for item in data.get(key, defaults[key])) for key in SWOT_KEYS}
    return Narrative(texts, swot)

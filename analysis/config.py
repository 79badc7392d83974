"""One typed settings object, read from (highest first) the editor's options,
`[tool.greenfix]` in the project's pyproject.toml, the environment, and defaults.

Every source may be flat (`{"base_url": ...}`) or nested by section
(`{"model": {"base_url": ...}}`), in snake_case or camelCase. The API key itself
is never read into settings: only the name of the environment variable holding it.
"""

from __future__ import annotations

import dataclasses
import math
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Mapping, get_args

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

Constraint = Literal["auto", "gbnf", "lark", "ebnf", "json_schema", "none"]
CONSTRAINTS: tuple[str, ...] = get_args(Constraint)
SandboxMode = Literal["auto", "bwrap", "landlock", "none"]
SANDBOX_MODES: tuple[str, ...] = get_args(SandboxMode)


class ConfigError(ValueError):
    """A setting with a bad value; the message names the key and where it came from."""


@dataclass(frozen=True)
class ModelSettings:
    model: str | None = None
    base_url: str | None = None  # None: the openai client's default endpoint
    api_key_env: str = "OPENAI_API_KEY"
    timeout: float = 60.0  # seconds for one model call, retries included
    retries: int = 2
    temperature: float = 0.2
    max_tokens: int = 1024
    n: int = 1
    constraint: Constraint = "auto"
    record: str | None = None  # JSONL file every exchange is appended to
    replay: str | None = None  # JSONL file answering every request offline


@dataclass(frozen=True)
class RefineSettings:
    python: str | None = None  # the project's interpreter; None: discovered
    test_timeout: float = 60.0
    budget_seconds: float = 120.0
    max_candidates: int = 1000
    max_model_calls: int = 6
    run_tests_on_save: bool = False
    seed: int = 0
    # Warm test workers that try candidates side by side; 0: one per core.
    workers: int = 0
    # What contains test runs: auto = bubblewrap, else Landlock, else nothing (testing/sandbox.py).
    sandbox: SandboxMode = "auto"
    # Run model-written candidates even where nothing contains them.
    allow_unsandboxed_model_code: bool = False
    # Names of variables the tests get besides PATH, locale, TZ and the interpreter's own
    # (HOME and TMPDIR are always private folders); never the model's key variable.
    pass_env: tuple[str, ...] = ()


@dataclass(frozen=True)
class Settings:
    model: ModelSettings = field(default_factory=ModelSettings)
    refine: RefineSettings = field(default_factory=RefineSettings)

    @property
    def model_configured(self) -> bool:
        return bool(self.model.model)


_SECTIONS: dict[str, type] = {"model": ModelSettings, "refine": RefineSettings}
# Flat key -> section; every key is unique across sections, so flat sources work.
_KEY_SECTION: dict[str, str] = {
    f.name: section for section, cls in _SECTIONS.items() for f in dataclasses.fields(cls)
}
_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_POSITIVE = {"timeout", "test_timeout", "budget_seconds", "max_tokens", "n", "max_candidates"}
_NOT_NEGATIVE = {"retries", "max_model_calls", "workers"}


def load_settings(
    project_root: Path | None,
    overrides: Mapping[str, Any] | None = None,
    environ: Mapping[str, str] | None = None,
) -> Settings:
    """Settings for a project. Raises ConfigError naming the key and source of a bad value."""
    environ = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    values.update(_from_environment(environ))
    if project_root is not None:
        values.update(_from_pyproject(project_root / "pyproject.toml"))
    if overrides:
        values.update(_normalize(overrides, "editor settings"))
    sections = {name: {} for name in _SECTIONS}
    for key, value in values.items():
        sections[_KEY_SECTION[key]][key] = value
    settings = Settings(**{name: _SECTIONS[name](**kwargs) for name, kwargs in sections.items()})
    if settings.model.api_key_env in settings.refine.pass_env:
        raise ConfigError(
            f"setting 'pass_env' lists {settings.model.api_key_env}, the variable holding the model's key: "
            "the tests must never see it"
        )
    return settings


def merge_editor_settings(current: Mapping[str, Any], changed: Mapping[str, Any] | None) -> dict[str, Any]:
    """The editor's settings after `workspace/didChangeConfiguration`: a key in
    `changed` overrides, a key absent keeps its value, so an empty or partial payload
    (eglot sends `{}` right after initialize) never wipes the initialization options;
    `[tool.greenfix]` still fills what neither names. Keys are matched whatever their
    spelling or nesting. Raises ConfigError for a bad value in `changed`: then nothing
    changes."""
    _normalize(changed or {}, "editor settings")
    return {**_flat(current), **_flat(changed or {})}


def _flat(source: Mapping[str, Any]) -> dict[str, Any]:
    """Sections flattened and keys in snake_case; values as given (load_settings checks them)."""
    found: dict[str, Any] = {}
    for raw_key, value in source.items():
        key = _snake_case(str(raw_key))
        if key in _SECTIONS and isinstance(value, Mapping):
            found.update(_flat(value))
        else:
            found[key] = value
    return found


def api_key(settings: Settings, environ: Mapping[str, str]) -> str | None:
    """The key from the environment variable the settings name, or None if unset."""
    return environ.get(settings.model.api_key_env) or None


def _from_environment(environ: Mapping[str, str]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key in _KEY_SECTION:
        name = f"GREENFIX_{key.upper()}"
        if name in environ:
            found[key] = _convert(key, environ[name], f"environment variable {name}", from_text=True)
    return found


def _from_pyproject(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path} is not valid TOML: {error}") from None
    table = data.get("tool", {}).get("greenfix", {})
    if not isinstance(table, Mapping):
        raise ConfigError(f"[tool.greenfix] in {path} must be a table")
    return _normalize(table, f"[tool.greenfix] in {path}")


def _normalize(source: Mapping[str, Any], origin: str) -> dict[str, Any]:
    """Flatten sections, convert camelCase keys, and check every value."""
    found: dict[str, Any] = {}
    for raw_key, value in source.items():
        key = _snake_case(str(raw_key))
        if key in _SECTIONS and isinstance(value, Mapping):
            found.update(_normalize(value, f"{origin}, section {raw_key!r}"))
            continue
        if key in ("api_key", "key"):
            # Never echo the value: it is most likely the key itself.
            raise ConfigError(
                f"{raw_key!r} in {origin}: greenfix never takes the key itself; "
                "set 'api_key_env' to the name of the environment variable holding it"
            )
        if key not in _KEY_SECTION:
            known = ", ".join(sorted(_KEY_SECTION))
            raise ConfigError(f"unknown setting {raw_key!r} in {origin}; known settings: {known}")
        found[key] = _convert(key, value, origin, from_text=False)
    return found


def _snake_case(key: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", key).lower().replace("-", "_")


def _field_type(key: str) -> str:
    section = _SECTIONS[_KEY_SECTION[key]]
    return next(str(f.type) for f in dataclasses.fields(section) if f.name == key)


def _convert(key: str, value: Any, origin: str, from_text: bool) -> Any:
    kind = _field_type(key)
    where = f"setting {key!r} from {origin}"
    if from_text and value == "" and "None" in kind:
        return None
    if value is None:
        if "None" in kind:
            return None
        raise ConfigError(f"{where} must not be empty")
    if kind == "Constraint":
        if value not in CONSTRAINTS:
            raise ConfigError(f"{where} must be one of {', '.join(CONSTRAINTS)}, not {value!r}")
        return value
    if kind == "SandboxMode":
        if value not in SANDBOX_MODES:
            raise ConfigError(f"{where} must be one of {', '.join(SANDBOX_MODES)}, not {value!r}")
        return value
    if kind == "bool":
        return _to_bool(value, where, from_text)
    if kind in ("int", "float"):
        return _to_number(key, value, where, kind, from_text)
    if kind == "tuple[str, ...]":
        return _to_names(value, where, from_text)
    if not isinstance(value, str):
        raise ConfigError(f"{where} must be a string, not {type(value).__name__}")
    if key == "api_key_env":
        _check_env_name(value, where)
    return value


def _to_bool(value: Any, where: str, from_text: bool) -> bool:
    if isinstance(value, bool):
        return value
    if from_text and isinstance(value, str):
        lowered = value.strip().lower()
        if lowered in ("1", "true", "yes", "on"):
            return True
        if lowered in ("0", "false", "no", "off"):
            return False
    raise ConfigError(f"{where} must be true or false, not {value!r}")


def _to_number(key: str, value: Any, where: str, kind: str, from_text: bool) -> int | float:
    number: int | float
    if from_text and isinstance(value, str):
        try:
            number = int(value) if kind == "int" else float(value)
        except ValueError:
            raise ConfigError(f"{where} must be {'an integer' if kind == 'int' else 'a number'}, not {value!r}") from None
    elif isinstance(value, bool) or not isinstance(value, (int, float)) or (kind == "int" and not isinstance(value, int)):
        raise ConfigError(f"{where} must be {'an integer' if kind == 'int' else 'a number'}, not {value!r}")
    else:
        number = float(value) if kind == "float" else value
    if not math.isfinite(number):
        raise ConfigError(f"{where} must be a finite number, not {value!r}")
    if key in _POSITIVE and number <= 0:
        raise ConfigError(f"{where} must be greater than 0, not {value!r}")
    if key in _NOT_NEGATIVE and number < 0:
        raise ConfigError(f"{where} must not be negative, not {value!r}")
    if key == "temperature" and not 0 <= number <= 2:
        raise ConfigError(f"{where} must be between 0 and 2, not {value!r}")
    return number


def _to_names(value: Any, where: str, from_text: bool) -> tuple[str, ...]:
    """Names of environment variables: a list, or (from the environment) a comma-separated text."""
    if from_text and isinstance(value, str):
        value = [name.strip() for name in value.split(",") if name.strip()]
    if not isinstance(value, (list, tuple)) or not all(isinstance(name, str) for name in value):
        raise ConfigError(f"{where} must be a list of environment variable names, not {value!r}")
    for name in value:
        if not _ENV_NAME.fullmatch(name):
            raise ConfigError(f"{where} must hold names of environment variables, not {name!r}")
    return tuple(value)


def _check_env_name(value: str, where: str) -> None:
    if _ENV_NAME.fullmatch(value):
        return
    # Someone pasted the key where its variable's name belongs: say so, never echo it.
    raise ConfigError(
        f"{where} must be the name of an environment variable (like OPENAI_API_KEY), "
        "not the key itself; the value was not shown"
    )

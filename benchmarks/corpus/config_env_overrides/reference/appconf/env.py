"""Settings from environment variables: APP_DB__PORT=5433 sets db.port."""

from __future__ import annotations

from typing import Any, Mapping

TRUE = {"1", "true", "yes", "on"}
FALSE = {"0", "false", "no", "off"}


def parse_value(raw: str) -> Any:
    """Booleans, integers and floats are recognised; anything else stays text."""
    text = raw.strip()
    if text.lower() in TRUE:
        return True
    if text.lower() in FALSE:
        return False
    for convert in (int, float):
        try:
            return convert(text)
        except ValueError:
            pass
    return raw


def overrides_from_env(environ: Mapping[str, str], prefix: str = "APP_") -> dict[str, Any]:
    """A nested table of the variables starting with `prefix`; `__` separates levels.
    A variable set to the empty string overrides with the empty string."""
    table: dict[str, Any] = {}
    for name, raw in sorted(environ.items()):
        if name.startswith(prefix):
            path = name[len(prefix):].lower().split("__")
            node = table
            for part in path[:-1]:
                node = node.setdefault(part, {})
            node[path[-1]] = parse_value(raw)
    return table

"""A small `.env` parser: KEY=VALUE lines, `export` prefixes, quotes and comments."""

from __future__ import annotations

import re

_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class EnvSyntaxError(ValueError):
    def __init__(self, lineno: int, message: str):
        super().__init__(f"line {lineno}: {message}")
        self.lineno = lineno


def _unquote(value: str, lineno: int) -> str:
    if value[:1] in ("'", '"'):
        quote = value[0]
        if len(value) < 2 or not value.endswith(quote):
            raise EnvSyntaxError(lineno, "unterminated quoted value")
        inner = value[1:-1]
        return inner.replace("\\n", "\n") if quote == '"' else inner
    return value.split(" #", 1)[0].rstrip()


def parse(text: str) -> dict[str, str]:
    values: dict[str, str] = {}
    for lineno, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("export "):
            line = line[len("export "):].lstrip()
        if "=" not in line:
            raise EnvSyntaxError(lineno, "expected KEY=VALUE")
        key, value = (part.strip() for part in line.split("=", 1))
        if not _KEY.fullmatch(key):
            raise EnvSyntaxError(lineno, f"invalid key {key!r}")
        values[key] = _unquote(value, lineno)
    return values

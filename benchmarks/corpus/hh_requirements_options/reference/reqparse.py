"""Reading pip requirements files, to compare the pins of two environments."""

from __future__ import annotations

OPERATORS = ("===", "==", ">=", "<=", "~=", "!=", ">", "<")


def parse_requirements(text: str) -> dict[str, str | None]:
    """Package name (lowercase) -> the version pinned with ==, or None.
    Blank lines, comments and pip options (-r, --index-url ...) are skipped."""
    packages = {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if line and not line.startswith("-"):
            name, _, version = line.partition("==")
            for operator in OPERATORS:
                name = name.split(operator)[0]
            name = name.split("[")[0].split(";")[0]
            packages[name.strip().lower()] = version.split(";")[0].strip() or None
    return packages


def changed_pins(old: str, new: str) -> dict[str, tuple[str | None, str | None]]:
    """Packages whose pin differs between two requirements files: name -> (old, new)."""
    before, after = parse_requirements(old), parse_requirements(new)
    return {
        name: (before.get(name), after.get(name))
        for name in sorted(set(before) | set(after))
        if before.get(name) != after.get(name) or (name in before) != (name in after)
    }

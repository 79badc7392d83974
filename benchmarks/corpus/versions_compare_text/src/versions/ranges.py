"""Version requirements as in package manifests: ^1.2.3, ~1.2.3, >=1.0.0, exact."""

from __future__ import annotations

from .semver import Version, bump, parse


def satisfies(version: Version | str, requirement: str) -> bool:
    if isinstance(version, str):
        version = parse(version)
    requirement = requirement.strip()
    if requirement.startswith("^"):
        base = parse(requirement[1:])
        return not version < base and version < bump(base, "major" if base.major else "minor")
    if requirement.startswith("~"):
        base = parse(requirement[1:])
        return not version < base and version < bump(base, "minor")
    if requirement.startswith(">="):
        return not version < requirement[2:]
    return version == parse(requirement)


def newest(versions: list[str], requirement: str) -> str | None:
    matching = [parse(v) for v in versions if satisfies(v, requirement)]
    return str(max(matching)) if matching else None

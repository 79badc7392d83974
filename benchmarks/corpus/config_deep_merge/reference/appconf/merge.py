"""Layered settings: defaults, then files, then the environment."""

from __future__ import annotations

from typing import Any


def deep_merge(*layers: dict[str, Any]) -> dict[str, Any]:
    """Later layers win; nested tables are merged key by key instead of replaced.
    The layers themselves are never modified."""

    def merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
        result = dict(base)
        for key, value in override.items():
            if isinstance(value, dict) and isinstance(result.get(key), dict):
                result[key] = merge(result[key], value)
            else:
                result[key] = value
        return result

    merged: dict[str, Any] = {}
    for layer in layers:
        merged = merge(merged, layer)
    return merged


def lookup(settings: dict[str, Any], dotted: str, default: Any = None) -> Any:
    """lookup(s, "db.port") is s["db"]["port"], or default when any part is missing."""
    node: Any = settings
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            return default
        node = node[part]
    return node

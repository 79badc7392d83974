"""Syntax error example: a missing colon, which `greenfix check` reports and
the syntax repair fixes; the tests cannot even be collected until then."""


def restock(levels: dict[str, int], item: str, amount: int) -> dict[str, int]
    updated = dict(levels)
    updated[item] = updated.get(item, 0) + amount
    return updated


def low_stock(levels: dict[str, int], threshold: int = 5) -> list[str]:
    return sorted(name for name, count in levels.items() if count < threshold)

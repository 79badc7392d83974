"""The preserves kitchen's batch log: what was made when, and how each jar sealed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# Days from the pan before a batch is ready to eat, and days it keeps unopened.
MATURING_DAYS = {"jam": 0, "jelly": 0, "curd": 0, "marmalade": 14, "pickle": 21, "chutney": 28}
SHELF_DAYS = {"jam": 365, "jelly": 365, "curd": 42, "marmalade": 540, "pickle": 365, "chutney": 540}


@dataclass(frozen=True)
class Jar:
    grams: int
    sealed: bool  # the lid popped down as it cooled


@dataclass
class Batch:
    code: str
    product: str
    made: date
    jars: list[Jar]

    @property
    def kind(self) -> str:
        return self.product.split()[-1].lower()


def read_log(text: str) -> list[Batch]:
    """One batch a line: 'code; product; made; jars', the jars as grams and + for a
    sealed lid or - for a failed one, e.g. 'GB-0712; gooseberry jam; 2024-07-12; 340+ 340+ 227-'."""
    batches = []
    for line in text.strip().splitlines():
        if not line.strip():
            continue
        code, product, made, jars = (field.strip() for field in line.split(";"))
        batch = Batch(code, product, date.fromisoformat(made), [Jar(int(jar[:-1]), jar[-1] == "+") for jar in jars.split()])
        if batch.kind not in MATURING_DAYS:
            raise ValueError(f"{code}: what kind of preserve is {product!r}?")
        if not batch.jars:
            raise ValueError(f"{code}: no jars")
        batches.append(batch)
    return batches

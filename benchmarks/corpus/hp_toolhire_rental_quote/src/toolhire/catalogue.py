"""The hire catalogue, loaded from the shop's spreadsheet export."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Tool:
    code: str
    name: str
    day_rate: Decimal  # Monday to Friday
    weekend_rate: Decimal  # Saturday and Sunday
    seasonal: bool  # garden tools cost more in the spring rush
    max_attachments: int


def load_catalogue(text: str) -> dict[str, Tool]:
    tools = {}
    for row in csv.DictReader(io.StringIO(text)):
        code = row["code"].strip()
        if code in tools:
            raise ValueError(f"duplicate tool {code}")
        tools[code] = Tool(
            code,
            row["name"].strip(),
            Decimal(row["day"]),
            Decimal(row["weekend"]),
            row["seasonal"].strip().lower() == "yes",
            int(row["attachments"]),
        )
    return tools

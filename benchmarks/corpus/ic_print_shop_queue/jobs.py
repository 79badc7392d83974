from __future__ import annotations

from dataclasses import dataclass


@dataclass
class PrintJob:
    customer: str
    pages: int
    copies: int = 1
    duplex: bool = False

    @property
    def sheets(self) -> int:
        """Sheets of paper the job uses: two pages to a sheet when printed duplex."""
        per_copy = (self.pages + 1) // 2 if self.duplex else self.pages
        return per_copy * self.copies

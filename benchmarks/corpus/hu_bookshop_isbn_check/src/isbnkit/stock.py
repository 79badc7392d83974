"""The shop's stock list, keyed by ISBN-13 whatever was typed in."""

from __future__ import annotations

from isbnkit.isbn import to_isbn13


class Stock:
    def __init__(self) -> None:
        self.copies: dict[str, int] = {}
        self.titles: dict[str, str] = {}

    def receive(self, code: str, title: str, copies: int = 1) -> str:
        isbn = to_isbn13(code)
        self.titles.setdefault(isbn, title)
        self.copies[isbn] = self.copies.get(isbn, 0) + copies
        return isbn

    def sell(self, code: str) -> None:
        isbn = to_isbn13(code)
        if self.copies.get(isbn, 0) == 0:
            raise LookupError(f"none of {self.titles.get(isbn, isbn)} in stock")
        self.copies[isbn] -= 1

    def in_stock(self) -> list[str]:
        return sorted(self.titles[isbn] for isbn, n in self.copies.items() if n > 0)

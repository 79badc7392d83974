"""Folios (printed page numbers) of a book whose first `front` pages are front
matter (title, contents, preface) numbered i, ii, iii..., and whose body starts
again at 1. Pages are counted from 0 as the PDF has them."""

from __future__ import annotations

from folios.roman import from_roman, to_roman


def folio(page: int, front: int) -> str:
    if page < 0:
        raise IndexError(page)
    return to_roman(page + 1) if page < front else str(page - front + 1)


def page_of(label: str, front: int) -> int:
    """The PDF page carrying the folio `label`."""
    label = label.strip()
    if label.isdigit():
        return front + int(label) - 1
    number = from_roman(label)
    if number > front:
        raise ValueError(f"the front matter has only {front} pages, no {label}")
    return number - 1


def page_range(spec: str, front: int) -> list[int]:
    """PDF pages for a print range such as "ix-xii" or "3-7"."""
    first, _, last = spec.partition("-")
    start, end = page_of(first, front), page_of(last or first, front)
    if end < start:
        raise ValueError(f"backwards range {spec!r}")
    return list(range(start, end + 1))

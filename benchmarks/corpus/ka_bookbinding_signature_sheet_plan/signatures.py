"""Planning the sections of a hand-sewn book.

A sheet of text paper folded once makes a folio of four pages. Folios are nested
into signatures (sections), each sewn through its fold. The bindery likes four
sheets to a signature; when the sheets do not split evenly they are shared out so
that no signature has more than one sheet more than another (the thicker ones
first), and whatever pages the text does not fill are left blank at the back.
"""

from __future__ import annotations

import math

PAGES_PER_SHEET = 4
SHEETS_PER_SIGNATURE = 4


def sheets_needed(pages: int) -> int:
    if pages < 0:
        raise ValueError(f"a book of {pages} pages")
    return math.ceil(pages / PAGES_PER_SHEET)


def plan_signatures(pages: int, per_signature: int = SHEETS_PER_SIGNATURE) -> list[int]:
    """Sheets in each signature, front of the book to back."""
    sheets = sheets_needed(pages)
    if sheets == 0:
        return []
    count = math.ceil(sheets / per_signature)
    base, extra = divmod(sheets, count)
    return [base + 1 if n < extra else base for n in range(count)]


def sheet_pages(plan: list[int]) -> list[list[tuple[int, int, int, int]]]:
    """For each signature, the pages on each of its sheets, outermost sheet first.

    A sheet carries four pages, given in reading order: the two before the middle
    of the signature and the two after it. The outer sheet of a 16 page signature
    starting at page 1 carries (1, 2, 15, 16); its inner sheet (7, 8, 9, 10).
    """
    signatures = []
    first = 1
    for sheets in plan:
        last = first + sheets * PAGES_PER_SHEET - 1
        signatures.append([(first + 2 * k, first + 2 * k + 1, last - 2 * k - 1, last - 2 * k) for k in range(sheets)])
    return signatures


def signature_of(page: int, plan: list[int]) -> int:
    """Which signature (counting from 1) a page is printed in, for tipping in plates."""
    for number, sheets in enumerate(sheet_pages(plan), start=1):
        if any(page in sheet for sheet in sheets):
            return number
    raise ValueError(f"page {page} is not in the book")


def blank_pages(pages: int, plan: list[int]) -> int:
    return sum(plan) * PAGES_PER_SHEET - pages

from __future__ import annotations

import csv
import io

from catalogue import CONDITIONS, CatalogueError, Stamp, parse_price


def parse_row(line: int, row: list[str]) -> Stamp:
    """One catalogue row: country, year, denomination, condition, price, then any
    notes, which are ignored. A malformed row (fewer than five fields, a year or
    price that is not a number, an unknown condition) raises CatalogueError naming
    the line."""
    try:
        country = row[0].strip()
        year = int(row[1])
        denomination = row[2].strip()
        condition = row[3].strip().lower()
        price = parse_price(row[4])
    except ValueError as error:
        raise CatalogueError(line, str(error)) from error
    if condition not in CONDITIONS:
        raise CatalogueError(line, f"unknown condition {condition!r}")
    return Stamp(country, year, denomination, condition, price)


def load_catalogue(text: str) -> tuple[list[Stamp], list[int]]:
    """The stamps of a CSV export (after its header line), and the line numbers of
    the rows that could not be read. Blank lines are skipped."""
    stamps, bad_lines = [], []
    reader = csv.reader(io.StringIO(text))
    next(reader, None)
    for row in reader:
        if not any(field.strip() for field in row):
            continue
        try:
            stamps.append(parse_row(reader.line_num, row))
        except CatalogueError as error:
            bad_lines.append(error.line)
    return stamps, bad_lines

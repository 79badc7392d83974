"""Rendering rows of data as a GitHub-flavoured markdown table."""

from decimal import Decimal

MIN_WIDTH = 3  # a delimiter cell needs at least three dashes


def cell_text(value):
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value).replace("|", "\\|").replace("\n", " ")


def is_number(value):
    return isinstance(value, (int, float, Decimal)) and not isinstance(value, bool)


def format_row(cells, widths, right):
    padded = [cell.rjust(width) if r else cell.ljust(width) for cell, width, r in zip(cells, widths, right)]
    return "| " + " | ".join(padded) + " |"


def render(headers, rows):
    """The table, every column as wide as its widest cell; a column whose values
    are all numbers is right-aligned. Missing cells at the end of a row are blank."""
    texts = [[cell_text(v) for v in row] + [""] * (len(headers) - len(row)) for row in rows]
    widths = [max(len(h), MIN_WIDTH) for h in headers]
    for row in texts:
        for i, cell in enumerate(row):
            widths[i] = max(len(headers[i]), len(cell))
    right = [bool(rows) and any(i < len(row) and is_number(row[i]) for row in rows) for i in range(len(headers))]
    delimiter = ["-" * (w - 1) + ":" if r else "-" * w for w, r in zip(widths, right)]
    lines = [format_row(headers, widths, [False] * len(headers)), format_row(delimiter, widths, right)]
    lines.extend(format_row(row, widths, right) for row in texts)
    return "\n".join(lines)

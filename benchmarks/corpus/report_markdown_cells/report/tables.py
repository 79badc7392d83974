"""Render rows of values as Markdown or CSV for the weekly report."""

from __future__ import annotations

from typing import Any, Sequence


def format_cell(value: Any) -> str:
    """Floats with two decimals, None as empty, booleans as yes/no, anything else as str."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def render_markdown(headers: Sequence[str], rows: Sequence[Sequence[Any]], right: Sequence[str] = ()) -> str:
    """A Markdown table; columns named in `right` are right-aligned."""

    def cells_of(row: Sequence[Any]) -> list[str]:
        return [format_cell(str(value)).replace("|", "\\|") for value in row]

    body = [cells_of(row) for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in body]) for i, h in enumerate(headers)]

    def line(cells: Sequence[str]) -> str:
        padded = [c.rjust(w) if h in right else c.ljust(w) for c, w, h in zip(cells, widths, headers)]
        return "| " + " | ".join(padded) + " |"

    rule = "|" + "|".join("-" * (w + 1) + ":" if h in right else "-" * (w + 2) for w, h in zip(widths, headers)) + "|"
    return "\n".join([line(headers), rule] + [line(cells) for cells in body])


def render_csv(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """CSV with quotes only where needed."""

    def cells_of(row: Sequence[Any]) -> list[str]:
        cells = []
        for value in row:
            text = format_cell(value)
            if any(ch in text for ch in ',"\n'):
                text = '"' + text.replace('"', '""') + '"'
            cells.append(text)
        return cells

    return "\n".join(",".join(cells_of(row)) for row in [headers, *rows])

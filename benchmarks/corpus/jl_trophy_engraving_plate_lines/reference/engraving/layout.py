"""Setting an inscription out on a plate, line by line, at the standard letter height."""

from __future__ import annotations

PLATES = {"small": 16, "medium": 22, "large": 30}  # characters a line at standard height


def layout(text: str, plate: str) -> list[str]:
    """The lines to engrave. Each line of the customer's text is wrapped on spaces to
    the plate's width; blank lines are kept, as spacing. A word too long for the plate
    goes on a line of its own, and the engraver cuts that line in smaller letters."""
    try:
        width = PLATES[plate]
    except KeyError:
        raise ValueError(f"no such plate: {plate!r}") from None

    def next_line(words: list[str], start: int) -> tuple[str, int]:
        """The line beginning at words[start], and the index of the word after it."""
        end = start
        length = -1  # no space before the first word
        while end < len(words) and (end == start or length + 1 + len(words[end]) <= width):
            length += 1 + len(words[end])
            end += 1
        return " ".join(words[start:end]), end

    lines = []
    for paragraph in text.strip().splitlines():
        words = paragraph.split()
        start = 0
        if not words:
            lines.append("")
        while start < len(words):
            line, start = next_line(words, start)
            lines.append(line)
    return lines


def oversized(lines: list[str], plate: str) -> list[int]:
    """Numbers (from 1) of the lines that must be cut in smaller letters."""
    return [number for number, line in enumerate(lines, start=1) if len(line) > PLATES[plate]]

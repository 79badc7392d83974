"""Colourwork charts, read the way a knitter reads them.

A chart is drawn top row first, but worked from the bottom up: row 1 is the last
line of the drawing. In the round every row is knitted right to left, so stitch 1
is the rightmost square. The chart repeats across the work and up it."""

from __future__ import annotations


class Chart:
    def __init__(self, lines: list[str]) -> None:
        lines = [line.strip() for line in lines if line.strip()]
        if not lines:
            raise ValueError("empty chart")
        width = len(lines[0])
        if any(len(line) != width for line in lines):
            raise ValueError("every chart row must be the same width")
        self.lines = lines
        self.height = len(lines)
        self.width = width

    @classmethod
    def parse(cls, text: str) -> "Chart":
        return cls(text.splitlines())

    def colours(self) -> list[str]:
        return sorted({square for line in self.lines for square in line})

    def row(self, n: int) -> str:
        """Row n of the work (from 1), in knitting order: stitch 1 first."""
        if n < 1:
            raise ValueError("rows are numbered from 1")
        line = self.lines[self.height - 1 - n % self.height]
        return line[::-1]

    def stitch(self, row: int, stitch: int) -> str:
        """The colour of one stitch of the work, both numbered from 1."""
        if stitch < 1:
            raise ValueError("stitches are numbered from 1")
        return self.row(row)[(stitch - 1) % self.width]

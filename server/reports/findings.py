"""A finding: one thing a report points at in a file (a syntax problem, a failing
test, a proposed fix), in the terms people and CI platforms use: 1-based lines,
columns in code points, end columns just past the end."""

from __future__ import annotations

from dataclasses import dataclass

from greenfix.analysis.document import SourceDocument
from greenfix.analysis.edits import Edit
from greenfix.analysis.positions import LineIndex, encode
from greenfix.analysis.targets import function_named


@dataclass(frozen=True, order=True)
class Region:
    line: int
    column: int
    end_line: int
    end_column: int


@dataclass(frozen=True, order=True)
class Replacement:
    region: Region  # of the text before the fix
    text: str


@dataclass(frozen=True)
class Rule:
    id: str
    title: str  # the annotation title a person sees
    description: str
    level: str  # SARIF level: "error" | "warning" | "note"


RULES: dict[str, Rule] = {
    rule.id: rule
    for rule in (
        Rule("syntax-error", "greenfix: syntax error", "The file does not parse as Python.", "error"),
        Rule("unreadable-file", "greenfix: unreadable file", "The file cannot be read as source text.", "error"),
        Rule("failing-test", "greenfix: failing tests", "Tests fail, and no fix was found for the code they blame.", "error"),
        Rule("fix-proposed", "greenfix: fix found", "Tests fail, and a fix that makes them pass was found and checked.", "warning"),
    )
}


@dataclass(frozen=True, order=True)
class Finding:
    path: str  # POSIX path relative to where the report is read (the working directory)
    region: Region
    rule: str  # a key of RULES
    message: str
    replacements: tuple[Replacement, ...] = ()  # the fix, when one was found


def region_of(index: LineIndex, start: int, end: int) -> Region:
    """The region of bytes [start, end) of a document."""
    first = index.position_of(start, "utf-32")
    last = index.position_of(end, "utf-32")
    return Region(first.line + 1, first.character + 1, last.line + 1, last.character + 1)


def header_region(text: str, qualname: str) -> Region | None:
    """The `def` line of a function (after its decorators), from its first code to the line's end."""
    doc = SourceDocument(text)
    target = function_named(doc, qualname)
    if target is None:
        return None
    start, end = doc.index.line_bounds(target.header_line)
    line = doc.index.data[start:end]
    return region_of(doc.index, start + len(line) - len(line.lstrip()), end)


def replacements_of(text: str, edits: list[Edit]) -> tuple[Replacement, ...]:
    """Byte-offset edits of `text` as replacements of regions."""
    index = LineIndex(encode(text))
    return tuple(sorted(Replacement(region_of(index, e.start, e.end), e.new_text) for e in edits))

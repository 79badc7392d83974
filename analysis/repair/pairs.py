"""Two partial fixes joined into one candidate: the two halves of a two-edit bug.

When a function holds two independent mistakes, each failing test may need only one of
them fixed, and the first round then finds each half on its own: an edit that makes some
failing tests pass and one that makes the others pass. Joining such a pair is the
guess that costs one run; waiting for a second round to find the other half from one
base costs hundreds, and the beam of bases may not hold the right one.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass

from ..edits import OverlappingEdits, apply_edits, minimal_edits
from ..positions import decode, encode
from .candidates import Candidate

# Joined pairs tried before the second round's edits, the earliest found first.
JOINED_PAIRS = 40


@dataclass(frozen=True)
class Partial:
    candidate: Candidate  # an edit of the original function
    fixed: frozenset[str]  # the failing tests it made pass


def joined_pairs(original: str, partials: Sequence[Partial], failing: Collection[str],
                 limit: int = JOINED_PAIRS) -> list[Candidate]:
    """Pairs of `partials` that together make every failing test pass where neither does
    alone, with edits in different places, as one candidate each; pairs of earlier
    partials (the search's ranking) first."""
    wanted = frozenset(failing)
    pairs = [
        (i + j, first, second)
        for j, second in enumerate(partials)
        for i, first in enumerate(partials[:j])
        if first.fixed | second.fixed >= wanted and not first.fixed >= wanted and not second.fixed >= wanted
    ]
    pairs.sort(key=lambda pair: pair[0])
    return list(_joined(original, [(a.candidate, b.candidate) for _, a, b in pairs], limit))


def _joined(original: str, pairs: list[tuple[Candidate, Candidate]], limit: int) -> Iterator[Candidate]:
    made = 0
    for first, second in pairs:
        if made >= limit:
            return
        try:
            text = decode(apply_edits(encode(original), [*minimal_edits(original, first.text), *minimal_edits(original, second.text)]))
        except OverlappingEdits:
            continue  # the same place edited twice: not two halves
        made += 1
        yield Candidate(
            text=text,
            proposer=first.proposer if first.proposer == second.proposer else "model",  # the model had a hand in it
            description=f"{first.description} and {second.description}",
            line=min(first.line, second.line),
            size=first.size + second.size,
            family=f"{first.family}+{second.family}",
            judged=first.judged or second.judged,
            fulfils=first.fulfils or second.fulfils,
        )

"""A candidate repair: the new text of one function, as a proposer offers it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Candidate:
    text: str  # the new full text of the function (its FunctionTarget byte range)
    proposer: str  # "templates" or "model"
    description: str  # e.g. "`<` -> `<=` on line 4"
    line: int  # 0-based line of the change in the file, for ranking
    size: int  # characters changed; smaller edits are preferred
    family: str = ""  # the template family that made it; "" for a model's sample
    judged: bool = False  # the tests' values single it out (conditions.promising_edits)
    # It uses what the code names and never reads, or says what the docstring says and
    # the code does not (templates.propose): surely meant to be used.
    fulfils: bool = False
    # (1-based line, the condition as the edit leaves it) when it edits a watched condition
    # (templates.watches), so that it can be told from the other edits of that condition.
    condition: tuple[int, str] | None = None

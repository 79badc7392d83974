"""Proposers the loop can use, behind one small interface (`loop.Proposer`)."""

from __future__ import annotations

from typing import Iterable

from . import templates
from .candidates import Candidate
from .loop import ProposalContext


class TemplateProposer:
    """Single-node edits generated from the function's own tree; needs no model."""

    name = "templates"

    def propose(self, context: ProposalContext) -> Iterable[Candidate]:
        return templates.propose(
            context.source,
            context.target,
            context.suspicious_lines,
            max_candidates=context.limit,
            seed=context.seed,
        )

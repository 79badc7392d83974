"""What a job that found no fix tried, and what the user can do next: the same words
in the editor, the command line and CI reports."""

from __future__ import annotations

from .loop import RefineResult

_KINDS = {
    "templates": "one- and two-edit templates (operators, comparisons, bounds, conditions, names, calls, statements)",
    "model": "the model",
}


def what_was_tried(result: RefineResult) -> str:
    kinds = " and ".join(_KINDS.get(kind, kind) for kind in result.kinds) or "no candidates"
    return f"tried {result.attempts} candidate(s) from {kinds} in {result.seconds:.1f} s"


def next_steps(result: RefineResult, model_configured: bool) -> str:
    steps = []
    if not model_configured:
        steps.append("configure a model (settings `model` and `base_url`) for edits templates cannot make")
    if result.cut_short or result.message.startswith(("budget", "candidate limit")):
        steps.append("raise the budget (`budget_seconds`, `max_candidates`)")
    steps.append(f"{'or ' if steps else ''}read the failing test and fix it by hand")
    return "next: " + "; ".join(steps)


def unfixed_message(result: RefineResult, model_configured: bool) -> str:
    """`no fix found for f: <why>; tried N candidates from ... in S s. next: ...`."""
    why = result.message or "no candidate made the failing tests pass"
    partial = f" ({result.description})" if result.description else ""
    return f"no fix found for {result.qualname}: {why}{partial}; {what_was_tried(result)}. {next_steps(result, model_configured)}"

"""Fixes for syntax problems whose repair is structurally certain: a token the
parser found missing, inserted where it is missing. Each fix is verified by
reparsing the fixed text: it must remove its problem and add none."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from .document import SourceDocument
from .edits import Edit, apply_edits
from .syntax import Problem, find_problems


@dataclass(frozen=True)
class SyntaxFix:
    problem: Problem
    edit: Edit
    title: str


def certain_fixes(doc: SourceDocument, problems: list[Problem], wanted: list[Problem] | None = None) -> list[SyntaxFix]:
    """Verified fixes for `wanted` (default: every problem) among the document's `problems`."""
    fixes = []
    for problem in problems if wanted is None else wanted:
        if problem.insert_at is None or problem.insert_text is None:
            continue
        edit = Edit(problem.insert_at, problem.insert_at, problem.insert_text)
        if fix_is_sound(doc, problems, problem, edit):
            fixes.append(SyntaxFix(problem, edit, f"Insert missing '{problem.insert_text}'"))
    return fixes


def fix_is_sound(doc: SourceDocument, problems: list[Problem], target: Problem, edit: Edit) -> bool:
    """True when applying `edit` removes `target` and leaves no problem that was not there."""
    fixed = doc.clone()
    fixed.replace_bytes(edit.start, edit.end, edit.new_text.encode("utf-8", "surrogatepass"))
    after = Counter(p.message for p in find_problems(fixed))
    before = Counter(p.message for p in problems if p != target)
    return not (after - before)


def fix_all(doc: SourceDocument, problems: list[Problem]) -> list[SyntaxFix]:
    """The certain fixes of a file that are sound together: each is added only if the
    text with all the chosen fixes applied still has no problem that was not there."""
    chosen: list[SyntaxFix] = []
    for fix in certain_fixes(doc, problems):
        trial = [*chosen, fix]
        fixed = SourceDocument(apply_edits(doc.data, [f.edit for f in trial]), doc.language)
        after = Counter(p.message for p in find_problems(fixed))
        before = Counter(p.message for p in problems if p not in {f.problem for f in trial})
        if not (after - before):
            chosen = trial
    return chosen

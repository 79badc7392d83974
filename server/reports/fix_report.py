"""How `greenfix fix` reports a run: text, JSON, GitHub annotations and step
summary, SARIF, and the unified diff of its fixes.

Every path shown is relative to the working directory (the checkout root in CI),
so that annotations, SARIF and `git apply` find the files; node ids stay as
pytest wrote them, relative to the project.
"""

from __future__ import annotations

import difflib
import json
from dataclasses import asdict, dataclass, field
from importlib.metadata import version
from typing import Any

from greenfix.analysis.repair.budget import Budget
from greenfix.analysis.repair.evidence import Evidence
from greenfix.analysis.repair.explain import unfixed_message
from greenfix.analysis.repair.loop import RefineResult
from greenfix.analysis.repair.project import FixReport

from .findings import Finding, Region, replacements_of
from .github import annotation, run_error
from .sarif import sarif_log

# Outcomes of a test that count as failing (the runner's `RunResult.failed`).
_FAILING = frozenset({"failed", "error", "timeout"})


@dataclass(frozen=True)
class FixRun:
    """The engine's report and what the command did with it."""

    report: FixReport
    base: str  # the project folder relative to the working directory; "" when it is the working directory
    budget: Budget | None  # None when the options were rejected before anything ran
    regions: dict[tuple[str, str], Region] = field(default_factory=dict)  # (project path, qualname) -> its `def` line
    written: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # fixed, but the file changed during the run
    model_errors: list[str] = field(default_factory=list)  # why model calls failed; the run went on without them
    model_configured: bool = False

    def shown(self, path: str) -> str:
        return f"{self.base}/{path}" if self.base else path

    @property
    def notes(self) -> list[str]:
        """What limited the run, beside the failing tests themselves."""
        notes = [f"the model failed: {error}" for error in dict.fromkeys(self.model_errors)]
        budget = self.budget
        if budget is not None and (self.report.seconds >= budget.seconds or self.report.cut_short):
            notes.append(f"the time budget of {budget.seconds:g} s ran out")
        if budget is not None and self.report.model_calls and self.report.model_calls >= budget.model_calls:
            notes.append(f"the budget of {budget.model_calls} model call(s) ran out")
        notes.extend(f"{self.shown(path)} was not written: it changed while greenfix was working on it" for path in self.refused)
        notes.extend(f"cut short by the budget: {what}" for what in self.report.cut_short)
        return notes


def diff(run: FixRun) -> str:
    """Every fix as one unified diff that `git apply` takes from the working directory."""
    report = run.report
    return "".join(
        _diff(run.shown(path), report.original_texts[path], new_text)
        for path, new_text in sorted(report.fixed_texts.items())
    )


def text(run: FixRun) -> str:
    lines = []
    for f in run.report.functions:
        where = f"{run.shown(f.path)}::{f.qualname}"
        if f.status == "fixed":
            weak = " (weak evidence)" if f.evidence and f.evidence.weak else ""
            lines.append(f"fixed     {where}  ({f.proposer}, {f.attempts} candidates, {f.seconds:.1f}s): {f.description}{weak}")
            if f.evidence is not None:
                lines.append(f"          evidence: {f.evidence.summary()}")
            lines.append(_function_diff(run, f).rstrip("\n"))
        elif f.status == "unfixed":
            lines.append(f"unfixed   {where}: {unfixed_message(f, run.model_configured)}")
        else:
            detail = f"; {f.description}" if f.description else ""
            lines.append(f"{f.status:<9} {where}: {f.message}{detail}")
    lines.extend(f"setup     {nodeid}: {note}; not a bug in the code under test, not refined"
                 for nodeid, note in sorted(run.report.setup_errors.items()))
    lines.extend(f"module    {nodeid}: {note}" for nodeid, note in sorted(run.report.module_errors.items()))
    lines.extend(f"unfixed   {nodeid}: no function in the fixable files is to blame" for nodeid in run.report.unattributed)
    lines.extend(f"wrote     {run.shown(path)}" for path in run.written)
    lines.extend(f"note      {note}" for note in run.notes)
    lines.append(f"greenfix: {run.report.message} ({_spent(run)})")
    return "\n".join(line for line in lines if line) + "\n"


def dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2, sort_keys=True) + "\n"


def json_document(run: FixRun) -> dict[str, Any]:
    """The JSON report (schemas/fix-report.schema.json); only `seconds` fields vary between runs."""
    report, budget = run.report, run.budget
    return {
        "version": 1,
        "tool": {"name": "greenfix", "version": version("greenfix")},
        "project": run.base or ".",
        "status": report.status,
        "message": report.message,
        "notes": run.notes,
        "tests": {"before": dict(sorted(report.tests_before.items())), "after": dict(sorted(report.tests_after.items()))},
        "functions": [
            {
                "path": run.shown(f.path),
                "function": f.qualname,
                "line": region.line if (region := run.regions.get((f.path, f.qualname))) else None,
                "status": f.status,
                "message": f.message,
                "tests_before": dict(sorted(f.tests_before.items())),
                "tests_after": dict(sorted(f.tests_after.items())),
                "diff": _function_diff(run, f),
                "attempts": f.attempts,
                "seconds": round(f.seconds, 3),
                "proposer": f.proposer,
                "description": f.description,
                "evidence": _evidence(f.evidence),
            }
            for f in report.functions
        ],
        "unattributed": sorted(report.unattributed),
        "setup_errors": dict(sorted(report.setup_errors.items())),
        "module_errors": dict(sorted(report.module_errors.items())),
        "cut_short": list(report.cut_short),
        "written": [run.shown(p) for p in run.written],
        "not_written": [run.shown(p) for p in run.refused],
        "budget": None if budget is None else {
            "seconds": budget.seconds,
            "candidates_per_function": budget.candidates,
            "model_calls": budget.model_calls,
            "test_timeout": budget.test_timeout,
        },
        "usage": {
            "seconds": round(report.seconds, 3),
            "candidates": report.candidates,
            "model_calls": report.model_calls,
            "tokens": report.tokens,
        },
    }


def _evidence(evidence: Evidence | None) -> dict[str, Any] | None:
    if evidence is None:
        return None
    return {**asdict(evidence), "summary": evidence.summary()}


def findings(run: FixRun) -> list[Finding]:
    """A finding at each blamed function's `def` line, and at each unattributed failing test."""
    found = []
    for f in run.report.functions:
        region = run.regions.get((f.path, f.qualname), Region(1, 1, 1, 1))
        if f.status == "fixed" and f.old_text is not None:
            evidence = f.evidence.summary() if f.evidence else f"makes {_failing_count(f.tests_before)} pass"
            found.append(Finding(
                run.shown(f.path), region, "fix-proposed",
                f"{f.qualname}: {f.description}; {evidence}",
                replacements_of(f.old_text, f.edits),
            ))
        elif not _passes_now(run.report, f):
            failing = sorted(n for n, outcome in f.tests_before.items() if outcome in _FAILING)
            tests = f" ({', '.join(failing)})" if failing else ""
            message = unfixed_message(f, run.model_configured) if f.status == "unfixed" else f"{f.qualname}: {f.message}"
            found.append(Finding(run.shown(f.path), region, "failing-test", f"{message}{tests}"))
    for nodeid, note in [*run.report.setup_errors.items(), *run.report.module_errors.items()]:
        path, _, name = nodeid.partition("::")
        region = run.regions.get((path, _qualname(name)), Region(1, 1, 1, 1))
        found.append(Finding(run.shown(path), region, "failing-test", f"{nodeid}: {note}"))
    for nodeid in run.report.unattributed:
        path, _, name = nodeid.partition("::")
        region = run.regions.get((path, _qualname(name)), Region(1, 1, 1, 1))
        found.append(Finding(run.shown(path), region, "failing-test", f"{nodeid} fails; no function in the fixable files is to blame"))
    return sorted(found)


def github(run: FixRun) -> str:
    return "".join(run_error(error) for error in _run_errors(run)) + "".join(annotation(f) for f in findings(run))


def sarif(run: FixRun) -> dict[str, Any]:
    return sarif_log(findings(run), _run_errors(run), successful=run.report.status != "error")


def step_summary(run: FixRun) -> str:
    """Markdown for the job summary: fixed / unfixed per function, each diff folded."""
    report = run.report
    lines = [f"## greenfix fix: {report.message}", ""]
    lines.extend(f"> [!WARNING]\n> {note}\n" for note in run.notes)
    if report.functions:
        lines += ["| function | result | detail |", "| --- | --- | --- |"]
        for f in report.functions:
            detail = f.description if f.status == "fixed" else f.message
            if f.status == "fixed" and f.evidence is not None:
                detail = f"{detail}; {'**weak evidence**: ' if f.evidence.weak else ''}{f.evidence.summary()}"
            lines.append(f"| `{run.shown(f.path)}::{f.qualname}` | {f.status} | {_cell(detail or '')} |")
        lines.append("")
    for nodeid in report.unattributed:
        lines.append(f"- `{nodeid}` fails; no function in the fixable files is to blame")
    for nodeid, note in [*report.setup_errors.items(), *report.module_errors.items()]:
        lines.append(f"- `{nodeid}`: {_cell(note)}")
    for f in report.functions:
        if f.status == "fixed":
            lines += [f"<details><summary>Fix of <code>{f.qualname}</code></summary>", "", "```diff",
                      _function_diff(run, f).rstrip("\n"), "```", "", "</details>", ""]
    lines += ["", f"Spent {_spent(run)}.", ""]
    return "\n".join(lines)


def _run_errors(run: FixRun) -> list[str]:
    """Annotations with no place in a file: the tests could not run, a budget ran out."""
    return ([run.report.message] if run.report.status == "error" else []) + run.notes


def _spent(run: FixRun) -> str:
    report = run.report
    of = f" of {run.budget.seconds:g}s" if run.budget else ""
    parts = [f"{report.seconds:.1f}s{of}", f"{report.candidates} candidates"]
    if report.model_calls:
        parts.append(f"{report.model_calls} model call(s), {report.tokens} tokens")
    return ", ".join(parts)


def _passes_now(report: FixReport, f: RefineResult) -> bool:
    """True for a function whose tests all pass at the end (an earlier fix made them pass)."""
    return bool(f.tests_before) and all(report.tests_after.get(n) not in _FAILING for n in f.tests_before)


def _qualname(test_name: str) -> str:
    """`TestCase::test_x[param]` -> `TestCase.test_x`."""
    return test_name.split("[", 1)[0].replace("::", ".")


def _failing_count(outcomes: dict[str, str]) -> str:
    count = sum(1 for o in outcomes.values() if o in _FAILING)
    return "1 failing test" if count == 1 else f"{count} failing tests"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _function_diff(run: FixRun, f: RefineResult) -> str:
    if f.old_text is None or f.new_text is None:
        return ""
    return _diff(run.shown(f.path), f.old_text, f.new_text)


def _diff(path: str, old: str, new: str) -> str:
    lines = difflib.unified_diff(_lines(old), _lines(new), f"a/{path}", f"b/{path}")
    # A last line without a line break needs the marker, or `git apply` rejects the patch.
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)


def _lines(text: str) -> list[str]:
    # Lines as git sees them: split at "\n" only (str.splitlines also splits at form feeds).
    *complete, last = text.split("\n")
    return [line + "\n" for line in complete] + ([last] if last else [])

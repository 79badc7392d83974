"""Proposers the loop can use, behind one small interface (`loop.Proposer`)."""

from __future__ import annotations

import asyncio
import os
import time
from dataclasses import replace
from typing import Iterable, Mapping

from ..config import ModelSettings, RefineSettings, Settings
from ..model.errors import ModelError
from ..positions import decode
from ..testing.results import TestResult
from ..testing.sandbox import model_code_refusal
from . import templates
from .candidates import Candidate
from .budget import Budget
from .failures import escaped_exceptions, exceptions_tests_expect, expected_exceptions, raising_lines
from .loop import ProposalContext, Proposer

# Earlier attempts shown to the model: the latest ones say most about what fails.
ATTEMPTS_SHOWN = 3
# Samples asked for in the first round, before any dialogue.
FIRST_ROUND_SAMPLES = 3
# The end of pytest's report of a failure: the assertion with its values and the
# traceback into the function; its beginning repeats the test's source.
TRACEBACK_LINES = 40


class TemplateProposer:
    """Single-node edits generated from the function's own tree; needs no model."""

    name = "templates"

    def propose(self, context: ProposalContext) -> Iterable[Candidate]:
        return templates.iter_candidates(
            context.source,
            context.target,
            context.suspicious_lines,
            seed=context.seed,
            stop=lambda: context.deadline.passed,
            hang=any(failure.outcome == "timeout" for failure in context.failures),
            raises=expected_exceptions(context.failures),
            escaped=escaped_exceptions(context.failures),
            expected=exceptions_tests_expect(context.tests_source.values()),
            raised_at=raising_lines(context.failures, context.source, context.target),
            neighbours=context.neighbours,
            tests=context.test_texts,
            # What the failing tests set up in fixtures counts as what they set.
            flagged=templates.flags_given([*context.tests_source.values(), *context.fixtures_source]),
            promising=context.promising,
            deletions=context.deletions,
        )


class ModelProposer:
    """Asks the configured model for a new version of the function, showing it the
    failing tests and how earlier attempts failed (self-debug feedback). Counts its
    calls and tokens across every job it serves, so a budget holds for a whole run."""

    name = "model"

    def __init__(
        self,
        settings: ModelSettings,
        max_calls: int,
        environ: Mapping[str, str] | None = None,
        refine: RefineSettings = RefineSettings(),
        deadline: float | None = None,
    ) -> None:
        """`refine`: its sandbox settings say whether model code may run here; `deadline`
        (time.monotonic()): the end of the run's budget, which bounds every model call."""
        self.settings = settings
        self.max_calls = max_calls
        self.environ = dict(os.environ if environ is None else environ)
        self.refine = refine
        self.deadline = deadline
        self.calls = 0
        self.tokens = 0
        self.errors: list[str] = []

    def propose(self, context: ProposalContext) -> Iterable[Candidate]:
        if self.calls >= self.max_calls or time.monotonic() >= self._deadline(context):
            return []
        refusal = model_code_refusal(self.refine)
        if refusal is not None:
            if refusal not in self.errors:
                self.errors.append(refusal)
            return []
        # The loop runs in a worker thread: the async door gets its own event loop there.
        return asyncio.run(self._propose(context))

    def _deadline(self, context: ProposalContext) -> float:
        """The sooner of the whole run's end and the job's."""
        return min(context.deadline.at, self.deadline if self.deadline is not None else float("inf"))

    async def _propose(self, context: ProposalContext) -> list[Candidate]:
        # The model door (and the openai client, slow to import) only when a model is used.
        from ..model.door import open_door
        from ..model.function_text import locate_function
        from ..model.gate import propose
        from ..model.prompts import Attempt as ModelAttempt
        from ..model.prompts import FailingTest, refine_prompt

        file_text = decode(context.source)
        function = locate_function(file_text, context.target.start, context.target.end)
        failures = [
            FailingTest(r.nodeid, context.tests_source.get(r.nodeid, ""), r.message, _last_lines(r.longrepr), r.locals)
            for r in context.failures
        ]
        attempts = [
            ModelAttempt(a.candidate.text, tuple(f.message for f in a.failures)) for a in context.attempts[-ATTEMPTS_SHOWN:]
        ]
        prompt = refine_prompt(file_text, function, failures, attempts)
        # A wide first round: several samples while nothing is known about the failure.
        settings = replace(self.settings, n=max(FIRST_ROUND_SAMPLES, self.settings.n)) if context.round == 1 else self.settings
        door = None
        try:
            door = open_door(settings, self.environ, self._deadline(context))
            retry = self.max_calls - self.calls >= 2  # the feedback retry is a call too
            proposal = await propose(door, settings, file_text, function, prompt, seed=context.seed, retry=retry)
        except ModelError as error:
            self.errors.append(str(error))
            self.calls += 1
            return []
        finally:
            if door is not None:
                await door.close()
        self.calls += proposal.model_calls
        if proposal.usage:
            self.tokens += proposal.usage.prompt_tokens + proposal.usage.completion_tokens
        if proposal.failure:
            self.errors.append(proposal.failure)
        old_length = len(context.source)
        found = []
        for candidate in proposal.candidates:
            new = candidate.new_text.encode("utf-8", "surrogatepass")
            end = context.target.end + len(new) - old_length
            changed = sum(len(e.new_text) + (e.end - e.start) for e in candidate.edits)
            first_line = context.source.count(b"\n", 0, min(e.start for e in candidate.edits)) if candidate.edits else 0
            found.append(
                Candidate(
                    text=decode(new[context.target.start : end]),
                    proposer=self.name,
                    description=f"model suggestion (round {context.round})",
                    line=first_line,
                    size=changed,
                )
            )
        return found


def _last_lines(text: str) -> str:
    return "\n".join(text.splitlines()[-TRACEBACK_LINES:])


def proposers_for(settings: Settings, budget: Budget, environ: Mapping[str, str] | None = None) -> list[Proposer]:
    """Templates always (cheap, no model); the model when one is configured and the
    budget allows calls. Templates go first: the model is asked only when they fail."""
    proposers: list[Proposer] = [TemplateProposer()]
    if settings.model_configured and budget.model_calls > 0:
        deadline = time.monotonic() + budget.seconds
        proposers.append(ModelProposer(settings.model, budget.model_calls, environ, settings.refine, deadline))
    return proposers

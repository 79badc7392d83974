"""The refine loop with a model: the real openai client talks to a scripted
OpenAI-compatible server on 127.0.0.1; candidates are tested by the real runner."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from greenfix.analysis.config import ModelSettings, Settings
from greenfix.analysis.repair.budget import Budget
from greenfix.analysis.repair.project import FixOptions, fix_project
from greenfix.analysis.repair.proposers import ModelProposer, proposers_for
from tests.support.openai_server import Reply, ScriptedOpenAIServer

GREETING_FIX = 'def greeting(name):\n    return f"Hello, {name}!"\n'


def greeting_project(root: Path) -> Path:
    (root / "tests").mkdir(parents=True)
    (root / "greet.py").write_text('def greeting(name):\n    return "Hello " + name\n')
    (root / "tests" / "test_greet.py").write_text(
        textwrap.dedent(
            """\
            from greet import greeting


            def test_greeting_has_a_comma_and_an_exclamation_mark():
                assert greeting("Ada") == "Hello, Ada!"
            """
        )
    )
    return root


def settings_for(server: ScriptedOpenAIServer) -> Settings:
    return Settings(model=ModelSettings(model="scripted-model", base_url=server.base_url, constraint="none", timeout=10.0))


def test_the_model_fixes_what_templates_cannot_and_sees_the_failure(tmp_path: Path):
    project = greeting_project(tmp_path / "greet")
    budget = Budget(seconds=60, model_calls=4, test_timeout=10)
    with ScriptedOpenAIServer([Reply.text(f"```python\n{GREETING_FIX}```")] * 4) as server:
        report = fix_project(project, FixOptions(budget=budget), proposers_for(settings_for(server), budget, {}))
        prompts = [json.dumps(r.body["messages"]) for r in server.chat_requests]

    (result,) = report.functions
    assert result.status == "fixed" and result.proposer == "model"
    assert report.fixed_texts["greet.py"] == GREETING_FIX
    assert report.status == "passed"
    # Self-debug: the model was shown the failing test's source, its assertion with the
    # values, and was asked for several samples at once in the first round.
    assert "def test_greeting_has_a_comma_and_an_exclamation_mark():" in prompts[0]
    assert "Hello, Ada!" in prompts[0] and "Hello Ada" in prompts[0]
    assert server.chat_requests[0].body.get("n", 1) >= 3
    assert (project / "greet.py").read_text() == 'def greeting(name):\n    return "Hello " + name\n'


def test_a_model_that_answers_prose_never_gets_its_answer_tested_and_the_budget_holds(tmp_path: Path):
    project = greeting_project(tmp_path / "greet")
    budget = Budget(seconds=60, model_calls=3, rounds=3, test_timeout=10)
    with ScriptedOpenAIServer([Reply.text("I would change the greeting to include a comma.")] * 10) as server:
        proposers = proposers_for(settings_for(server), budget, {})
        report = fix_project(project, FixOptions(budget=budget), proposers)
        calls = len(server.chat_requests)

    (result,) = report.functions
    assert result.status == "unfixed"
    (model,) = [p for p in proposers if isinstance(p, ModelProposer)]
    assert calls == model.calls <= 3
    assert any("no valid fix found" in e for e in model.errors)


FAULTS = {
    "429-forever": lambda: Reply.rate_limited(0.05),
    "truncated": lambda: Reply.truncated("def greeting(name):\n    return f\"Hello, {"),
    "non-utf8-body": lambda: Reply(body=b"\xff\xfe{\"choices\": \x80\x81}", headers={"content-type": "application/json"}),
    "slower-than-the-timeout": lambda: Reply.text(f"```python\n{GREETING_FIX}```").after(30),
}


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_a_failing_model_ends_the_job_cleanly_saying_why(tmp_path: Path, fault: str):
    project = greeting_project(tmp_path / "greet")
    budget = Budget(seconds=60, model_calls=2, rounds=2, test_timeout=10)
    with ScriptedOpenAIServer([FAULTS[fault]() for _ in range(20)]) as server:
        settings = Settings(model=ModelSettings(model="scripted-model", base_url=server.base_url, constraint="none", timeout=2.0, retries=1))
        proposers = proposers_for(settings, budget, {})
        report = fix_project(project, FixOptions(budget=budget), proposers)

    (result,) = report.functions
    assert result.status == "unfixed"
    assert result.attempts > 0  # the templates' candidates were still tried
    (model,) = [p for p in proposers if isinstance(p, ModelProposer)]
    assert model.errors, "the report must say why the model gave nothing"
    assert report.status == "failed" and report.tests_after  # a complete report, not a crash

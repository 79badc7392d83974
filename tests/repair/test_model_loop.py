"""The refine loop with a model: the real openai client talks to a scripted
OpenAI-compatible server on 127.0.0.1; candidates are tested by the real runner."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

from greenfix.analysis.config import ModelSettings, Settings
from greenfix.analysis.repair.loop import Budget
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
    # Self-debug: the model was shown the failing assertion.
    assert "Hello, Ada!" in prompts[0]
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

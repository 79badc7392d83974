"""`greenfix fix` with a model, as CI runs it: settings from the environment, the
real openai client talking to a scripted OpenAI-compatible server on 127.0.0.1,
one model-call budget for the whole run, and record/replay for deterministic runs."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from tests.ci.projects import REPO, greenfix, snapshot, without_timings, write_project
from tests.support.openai_server import DEFAULT_USAGE, Reply, ScriptedOpenAIServer

FIX_SCHEMA = json.loads((REPO / "schemas" / "fix-report.schema.json").read_text())
FAREWELL_FIX = 'def farewell(name):\n    return f"Goodbye, {name}."\n'
GREETING_FIX = 'def greeting(name):\n    return f"Hello, {name}!"\n'


def greetings(root: Path) -> Path:
    """Two functions whose tests fail, and no template edit fixes either."""
    return write_project(root, {
        "greet.py": 'def farewell(name):\n    return "Bye " + name\n\n\ndef greeting(name):\n    return "Hello " + name\n',
        "tests/test_greet.py": """\
            from greet import farewell, greeting


            def test_farewell():
                assert farewell("Ada") == "Goodbye, Ada."


            def test_greeting():
                assert greeting("Ada") == "Hello, Ada!"
            """,
    })


def model_environment(base_url: str) -> dict[str, str]:
    # The way CI passes a model: GREENFIX_* settings and the key from a secret.
    return {
        "GREENFIX_MODEL": "scripted-model",
        "GREENFIX_BASE_URL": base_url,
        "GREENFIX_CONSTRAINT": "none",
        "GREENFIX_RETRIES": "0",
        "OPENAI_API_KEY": "sk-ci-secret-0123456789",
    }


def fix_with_model(project: Path, base_url: str, *args: str) -> tuple[int, dict, str]:
    result = greenfix(project, "fix", "--format", "json", "--budget", "90", *args, env=model_environment(base_url))
    assert "sk-ci-secret" not in result.stdout + result.stderr
    report = json.loads(result.stdout)
    jsonschema.validate(report, FIX_SCHEMA)
    return result.returncode, report, result.stderr


def answer(code: str) -> Reply:
    return Reply.text(f"```python\n{code}```")


def test_max_model_calls_holds_across_the_whole_run_and_usage_is_reported(tmp_path: Path) -> None:
    project = greetings(tmp_path / "greet")
    with ScriptedOpenAIServer([Reply.text("I would add some punctuation.")] * 20) as server:
        status, report, _ = fix_with_model(project, server.base_url, "--max-model-calls", "3")
        calls = len(server.chat_requests)
    assert status == 1
    assert [(f["function"], f["status"]) for f in report["functions"]] == [("farewell", "unfixed"), ("greeting", "unfixed")]
    assert calls == report["usage"]["model_calls"] == 3
    assert report["usage"]["tokens"] == 3 * sum(DEFAULT_USAGE)
    assert "the budget of 3 model call(s) ran out" in report["notes"]


def test_an_endpoint_that_goes_down_mid_run_leaves_a_complete_report(tmp_path: Path) -> None:
    project = greetings(tmp_path / "greet")
    before = snapshot(project)
    # One good answer, then every request fails (the server has nothing left: HTTP 500).
    with ScriptedOpenAIServer([answer(FAREWELL_FIX)]) as server:
        status, report, stderr = fix_with_model(project, server.base_url)
    assert status == 1 and stderr == ""
    farewell, greeting = report["functions"]
    assert (farewell["status"], farewell["proposer"]) == ("fixed", "model")
    assert greeting["status"] == "unfixed"
    assert any(note.startswith("the model failed: ") for note in report["notes"])
    assert snapshot(project) == before


def test_a_recorded_run_replays_identically_without_the_endpoint(tmp_path: Path) -> None:
    project = greetings(tmp_path / "greet")
    recording = tmp_path / "model.jsonl"
    with ScriptedOpenAIServer([answer(FAREWELL_FIX), answer(GREETING_FIX)]) as server:
        status, recorded, _ = fix_with_model(project, server.base_url, "--record", str(recording))
        base_url = server.base_url
    assert status == 1 and recorded["status"] == "passed"
    assert [f["proposer"] for f in recorded["functions"]] == ["model", "model"]
    # The server is gone: a replayed run must not need it.
    status, replayed, _ = fix_with_model(project, base_url, "--replay", str(recording))
    assert status == 1
    assert without_timings(replayed) == without_timings(recorded)


def test_a_replay_file_that_cannot_be_read_is_a_configuration_error(tmp_path: Path) -> None:
    project = greetings(tmp_path / "greet")
    (tmp_path / "garbled.jsonl").write_text("this is not a recording\n")
    for replay, complaint in (("missing.jsonl", "cannot read the replay file"), ("garbled.jsonl", "is not a recorded exchange")):
        status, report, stderr = fix_with_model(project, "http://127.0.0.1:9", "--replay", str(tmp_path / replay))
        assert (status, report["status"], stderr) == (2, "error", "")
        assert complaint in report["message"]

"""The GitHub Action (action.yml): its inputs, and its shell steps run locally with
bash the way the runner runs them, inputs passed as the runner passes them."""

from __future__ import annotations

import json
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import jsonschema
import pytest
import yaml

from tests.ci.projects import REPO, clean_environment, copy_example, git, git_repository

ACTION = yaml.safe_load((REPO / "action.yml").read_text())
EXPRESSION = re.compile(r"\$\{\{\s*(inputs|steps\.([\w-]+)\.outputs)\.([\w-]+)\s*\}\}")


@dataclass
class StepRun:
    name: str
    returncode: int
    stdout: str


@dataclass
class ActionRun:
    steps: list[StepRun]
    outputs: dict[str, str]
    skipped: list[str]  # steps that use other actions; those run on GitHub only


def run_action(workspace: Path, scratch: Path, **given: str) -> ActionRun:
    """Run every `run:` step in order, as the runner would, until one fails."""
    inputs = {name: str(spec.get("default", "")) for name, spec in ACTION["inputs"].items()}
    inputs.update({name.replace("_", "-"): value for name, value in given.items()})
    outputs_file = scratch / "github_output"
    outputs_file.write_text("")
    outputs: dict[str, dict[str, str]] = {}
    steps: list[StepRun] = []
    skipped: list[str] = []
    for step in ACTION["runs"]["steps"]:
        if "uses" in step:
            skipped.append(step["uses"])
            continue

        def value(match: re.Match[str]) -> str:
            kind, step_id, name = match.groups()
            return inputs[name] if kind == "inputs" else outputs.get(step_id, {}).get(name, "")

        env = clean_environment({
            "GITHUB_OUTPUT": str(outputs_file),
            "GITHUB_ACTION_PATH": str(REPO),
            "RUNNER_TEMP": str(scratch),
            **{key: EXPRESSION.sub(value, str(text)) for key, text in step.get("env", {}).items()},
        })
        done = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]],
            cwd=workspace, env=env, capture_output=True, text=True, timeout=300,
        )
        steps.append(StepRun(step["name"], done.returncode, done.stdout))
        if "id" in step:
            lines = outputs_file.read_text().splitlines()
            outputs[step["id"]] = dict(line.split("=", 1) for line in lines)
        outputs_file.write_text("")
        if done.returncode != 0:
            break
    return ActionRun(steps, outputs.get("run", {}), skipped)


def test_action_is_a_composite_action_with_the_expected_inputs() -> None:
    assert ACTION["runs"]["using"] == "composite"
    assert {"mode", "paths", "project", "tests", "format", "write", "model", "base-url", "api-key",
            "max-model-calls", "budget", "replay", "upload-sarif"} <= set(ACTION["inputs"])
    assert ACTION["inputs"]["mode"]["default"] == "check"
    assert set(ACTION["outputs"]) == {"exit-code", "sarif-file", "patch-file"}
    uses = [step["uses"] for step in ACTION["runs"]["steps"] if "uses" in step]
    assert any(u.startswith("github/codeql-action/upload-sarif@") for u in uses)
    for step in ACTION["runs"]["steps"]:
        assert "uses" in step or step["shell"] == "bash"


def test_every_input_is_used_and_every_reference_is_to_an_input() -> None:
    text = (REPO / "action.yml").read_text()
    referenced = set(re.findall(r"\binputs\.([\w-]+)", text))
    assert referenced == set(ACTION["inputs"])


def test_inputs_never_reach_a_script_as_text() -> None:
    # An input pasted into a script is a script injection; they travel as env only.
    for step in ACTION["runs"]["steps"]:
        assert "${{" not in step.get("run", "")


def test_fix_mode_annotates_writes_a_patch_that_applies_and_fails_the_step(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    copy_example("discount", repo / "services" / "discount")
    git_repository(repo)
    scratch = tmp_path / "runner"
    scratch.mkdir()
    done = run_action(repo, scratch, mode="fix", project="services/discount", format="github", budget="120")
    install, run, exit_step = done.steps
    assert install.returncode == 0 and install.stdout.startswith("greenfix ")
    assert run.returncode == 0
    assert run.stdout.startswith("::warning file=services/discount/pricing.py,line=6,")
    assert done.outputs["exit-code"] == "1"
    git(repo, "apply", done.outputs["patch-file"])
    assert "if quantity >= 10:" in (repo / "services" / "discount" / "pricing.py").read_text()
    assert exit_step.returncode == 1
    assert done.skipped == ["github/codeql-action/upload-sarif@v3", "actions/upload-artifact@v4"]


def test_check_mode_writes_sarif_and_passes_when_told_not_to_fail(tmp_path: Path) -> None:
    workspace = copy_example("syntax_error", tmp_path / "workspace")
    scratch = tmp_path / "runner"
    scratch.mkdir()
    done = run_action(workspace, scratch, mode="check", format="sarif", fail_on_findings="false")
    assert [s.returncode for s in done.steps] == [0, 0, 0]
    assert done.outputs["exit-code"] == "1"
    assert "patch-file" not in done.outputs
    log = json.loads(Path(done.outputs["sarif-file"]).read_text())
    jsonschema.Draft4Validator(json.loads((REPO / "tests" / "data" / "sarif-schema-2.1.0.json").read_text())).validate(log)
    located = {(r["ruleId"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]) for r in log["runs"][0]["results"]}
    assert located == {("syntax-error", "inventory.py")}


@pytest.mark.parametrize(("given", "complaint"), [({"mode": "lint"}, "mode input"), ({"format": "xml"}, "format input")])
def test_a_bad_input_is_an_error_annotation_and_exit_2(tmp_path: Path, given: dict[str, str], complaint: str) -> None:
    workspace = copy_example("discount", tmp_path / "workspace")
    done = run_action(workspace, tmp_path, **given)
    assert done.outputs["exit-code"] == "2"
    assert done.steps[1].stdout.startswith("::error title=greenfix::") and complaint in done.steps[1].stdout
    assert done.steps[-1].returncode == 2

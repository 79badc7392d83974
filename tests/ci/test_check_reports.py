"""`greenfix check` reports for CI: SARIF valid against the official 2.1.0 schema,
and the JSON report valid against its schema in the repository."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from tests.ci.projects import REPO, greenfix, write_project

SARIF_SCHEMA = json.loads((REPO / "tests" / "data" / "sarif-schema-2.1.0.json").read_text())
CHECK_SCHEMA = json.loads((REPO / "schemas" / "check-report.schema.json").read_text())


def broken_project(root: Path) -> Path:
    write_project(root, {"ok.py": "x = 1\n", "pkg/broken.py": "import os\n\ndef f(x)\n    return x\n"})
    (root / "pkg" / "binary.py").write_bytes(b"\x00\x01")
    return root


def test_sarif_has_one_run_with_rules_and_located_results(tmp_path: Path) -> None:
    result = greenfix(broken_project(tmp_path), "check", "--format", "sarif")
    assert result.returncode == 1
    log = json.loads(result.stdout)
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(log)
    (run,) = log["runs"]
    assert run["columnKind"] == "unicodeCodePoints"
    rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
    located = [
        (r["ruleId"], rules[r["ruleIndex"]], r["level"], r["message"]["text"],
         r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], r["locations"][0]["physicalLocation"]["region"])
        for r in run["results"]
    ]
    assert located == [
        ("unreadable-file", "unreadable-file", "error", "binary file: contains NUL bytes", "pkg/binary.py",
         {"startLine": 1, "startColumn": 1, "endLine": 1, "endColumn": 1}),
        ("syntax-error", "syntax-error", "error", "missing ':'", "pkg/broken.py",
         {"startLine": 3, "startColumn": 8, "endLine": 3, "endColumn": 9}),
    ]
    assert run["invocations"] == [{"executionSuccessful": True, "toolExecutionNotifications": []}]


def test_sarif_of_a_clean_project_has_no_results(tmp_path: Path) -> None:
    write_project(tmp_path, {"ok.py": "x = 1\n"})
    result = greenfix(tmp_path, "check", "--format", "sarif")
    assert result.returncode == 0
    log = json.loads(result.stdout)
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(log)
    assert log["runs"][0]["results"] == []


def test_sarif_uris_are_escaped(tmp_path: Path) -> None:
    write_project(tmp_path, {"my module#1.py": "def f(:\n"})
    log = json.loads(greenfix(tmp_path, "check", "--format", "sarif").stdout)
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(log)
    (finding,) = log["runs"][0]["results"]
    assert finding["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "my%20module%231.py"


def test_json_report_follows_its_schema(tmp_path: Path) -> None:
    report = json.loads(greenfix(broken_project(tmp_path), "check", "--format", "json").stdout)
    jsonschema.validate(report, CHECK_SCHEMA)
    assert [p["rule"] for p in report["problems"]] == ["unreadable-file", "syntax-error"]

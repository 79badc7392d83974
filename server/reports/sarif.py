"""SARIF 2.1.0: one run of greenfix, its rules, results with physical locations,
and for a proposed fix the replacements that make it (`fixes`)."""

from __future__ import annotations

from importlib.metadata import version
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import quote

from .findings import RULES, Finding, Region

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def sarif_log(findings: list[Finding], notifications: list[str], successful: bool) -> dict[str, Any]:
    """The log of one run. `notifications` are run-level errors with no place in a file
    (tests that could not be collected, a model endpoint that went down)."""
    rule_ids = list(RULES)
    tool_version = version("greenfix")
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "greenfix",
                        "version": tool_version,
                        "semanticVersion": tool_version,
                        "rules": [_rule(rule_id) for rule_id in rule_ids],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "invocations": [
                    {
                        "executionSuccessful": successful,
                        "toolExecutionNotifications": [
                            {"level": "error", "message": {"text": text}} for text in notifications
                        ],
                    }
                ],
                "results": [_result(f, rule_ids.index(f.rule)) for f in sorted(findings)],
            }
        ],
    }


def _rule(rule_id: str) -> dict[str, Any]:
    rule = RULES[rule_id]
    return {
        "id": rule.id,
        "shortDescription": {"text": rule.description},
        "defaultConfiguration": {"level": rule.level},
    }


def _result(finding: Finding, rule_index: int) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": RULES[finding.rule].level,
        "message": {"text": finding.message},
        "locations": [{"physicalLocation": {**_artifact(finding.path), "region": _region(finding.region)}}],
    }
    if finding.replacements:
        result["fixes"] = [
            {
                "description": {"text": finding.message},
                "artifactChanges": [
                    {
                        **_artifact(finding.path),
                        "replacements": [
                            {"deletedRegion": _region(r.region), "insertedContent": {"text": r.text}}
                            for r in finding.replacements
                        ],
                    }
                ],
            }
        ]
    return result


def _artifact(path: str) -> dict[str, Any]:
    if PurePosixPath(path).is_absolute():
        return {"artifactLocation": {"uri": PurePosixPath(path).as_uri()}}
    # Relative URIs resolve against the checkout root, as code scanning expects.
    return {"artifactLocation": {"uri": quote(path), "uriBaseId": "%SRCROOT%"}}


def _region(region: Region) -> dict[str, int]:
    return {
        "startLine": region.line,
        "startColumn": region.column,
        "endLine": region.end_line,
        "endColumn": region.end_column,
    }

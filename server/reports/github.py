"""GitHub Actions: workflow command annotations, and the job's Markdown step summary."""

from __future__ import annotations

import os
from collections.abc import Mapping

from .findings import RULES, Finding

# SARIF levels as workflow commands.
_COMMANDS = {"error": "error", "warning": "warning", "note": "notice"}


def annotation(finding: Finding) -> str:
    r = finding.region
    properties = {"file": finding.path, "line": r.line, "col": r.column, "endLine": r.end_line}
    if r.line == r.end_line:
        properties["endColumn"] = r.end_column  # GitHub reads columns of one-line annotations only
    properties["title"] = RULES[finding.rule].title
    joined = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{_COMMANDS[RULES[finding.rule].level]} {joined}::{escape_data(finding.message)}\n"


def run_error(message: str) -> str:
    """An annotation for the whole run, tied to no file."""
    return f"::error title=greenfix::{escape_data(message)}\n"


def write_step_summary(markdown: str, environ: Mapping[str, str] = os.environ) -> None:
    """Append to the job summary when running in GitHub Actions; elsewhere do nothing."""
    path = environ.get("GITHUB_STEP_SUMMARY")
    if path:
        with open(path, "a", encoding="utf-8") as summary:
            summary.write(markdown)


def escape_data(text: str) -> str:
    # The escapes GitHub's runner undoes in a workflow command's message.
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")

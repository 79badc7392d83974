"""Turning the JSON lines written by pytest_probe into results."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from greenfix.analysis.testing.results import COLLECTION, Collection, Frame, RunResult, TestResult
from greenfix.analysis.testing.safe_files import read_regular

_LOG_TAIL_CHARS = 2000
# The tests can write the run folder too: results are read as regular files only (never through
# a link a test left there), and no more than this.
_MAX_RESULTS_BYTES = 256 * 1024 * 1024


@dataclass
class Finish:
    """How the process that ran a request ended, as seen from outside."""

    seconds: float
    timeout: float
    timed_out: bool
    exit_status: int | None
    log: Path
    # Why the run could not even start (e.g. the warm worker failed to set pytest up).
    failure: str | None = None


@dataclass
class _Records:
    tests: list[dict[str, Any]] = field(default_factory=list)
    unfinished: str | None = None
    errors: list[str] = field(default_factory=list)
    collected: list[str] = field(default_factory=list)
    collection_functions: set[tuple[str, int]] = field(default_factory=set)
    override_failed: str | None = None
    probe: list[str] | None = None
    done: bool = False


def read_run(results: Path, finish: Finish) -> RunResult:
    records = _read(results)
    run = RunResult(timed_out=finish.timed_out, seconds=finish.seconds)
    for record in records.tests:
        run.results[record["nodeid"]] = TestResult(
            nodeid=record["nodeid"],
            outcome=record["outcome"],
            message=record["message"],
            traceback=[Frame(path, line, function) for path, line, function in record["traceback"]],
            longrepr=record["longrepr"],
            output=record["output"],
            locals=record["locals"],
            duration=record["duration"],
            phase=record.get("phase"),
            fixture=record.get("fixture"),
            calls=record.get("calls"),
            watched={int(line): seen for line, seen in record["watched"].items()} if record.get("watched") else None,
            arguments=record.get("arguments"),
        )
        if record["coverage"] is not None:
            run.coverage[record["nodeid"]] = set(record["coverage"])
        if record.get("functions") is not None:
            run.functions[record["nodeid"]] = {(path, line) for path, line in record["functions"]}
    if records.collection_functions:
        run.functions[COLLECTION] = records.collection_functions
    if records.unfinished is not None:
        run.results[records.unfinished] = _unfinished(records.unfinished, finish)
    run.collection_error = _collection_error(records, finish)
    run.override_failed = records.override_failed
    return run


def read_probe(results: Path) -> list[str] | None:
    return _read(results).probe


def read_collection(results: Path, finish: Finish) -> Collection:
    records = _read(results)
    return Collection(
        node_ids=records.collected, error=_collection_error(records, finish), timed_out=finish.timed_out
    )


def _read(results: Path) -> _Records:
    records = _Records()
    data = read_regular(results, _MAX_RESULTS_BYTES)
    if data is None:
        return records
    for line in data.decode("utf-8", errors="replace").splitlines():
        try:
            record = json.loads(line)
        except json.JSONDecodeError:  # the last line of a killed run may be cut short
            continue
        event = record["event"]
        if event == "start":
            records.unfinished = record["nodeid"]
        elif event == "test":
            records.tests.append(record)
            records.unfinished = None
        elif event == "collect_error":
            records.errors.append(f"{record['nodeid']}\n{record['longrepr']}".strip())
        elif event == "usage_error":
            records.errors.append(record["message"])
        elif event == "collected":
            records.collected = record["node_ids"]
        elif event == "probe":
            records.probe = record["results"]
        elif event == "override_failed":
            records.override_failed = record["message"]
        elif event == "functions":
            records.collection_functions = {(path, line) for path, line in record["functions"]}
        elif event == "done":
            records.done = True
    return records


def _unfinished(nodeid: str, finish: Finish) -> TestResult:
    if finish.timed_out:
        message = f"timed out after {finish.timeout:g} s"
        return TestResult(nodeid=nodeid, outcome="timeout", message=message, longrepr=message)
    message = f"the test process died ({_describe_exit(finish.exit_status)})"
    return TestResult(nodeid=nodeid, outcome="error", message=message, longrepr=_log_tail(finish.log))


def _collection_error(records: _Records, finish: Finish) -> str | None:
    if records.errors:
        return "\n\n".join(records.errors)
    if finish.failure is not None:
        return finish.failure
    if records.done or records.unfinished is not None or records.tests:
        return None
    if finish.timed_out:
        return (
            f"collection did not finish within {finish.timeout:g} s "
            "(an import or a conftest may loop forever)"
        )
    return f"pytest ended before collecting ({_describe_exit(finish.exit_status)})\n{_log_tail(finish.log)}".strip()


def _describe_exit(status: int | None) -> str:
    if status is None:
        return "exit status unknown"
    if status < 0:
        return f"killed by signal {-status}"
    return f"exit status {status}"


def _log_tail(log: Path) -> str:
    tail = read_regular(log, 4 * _LOG_TAIL_CHARS) or b""
    return tail.decode("utf-8", errors="replace")[-_LOG_TAIL_CHARS:]

"""The variations a probe calls a function on, to tell apart candidates that pass the same tests."""

from __future__ import annotations

import base64
import pickle
import sys
import textwrap
from pathlib import Path

import pytest

from greenfix.analysis.testing import call_probe, pytest_probe

RUNS = """
from dataclasses import dataclass


@dataclass(frozen=True)
class Run:
    category: str
    time_ms: int


def label(run):
    return f"{run.category}:{run.time_ms}"


def count_in(seen, run):
    seen.append(run.category)
    return len(seen)
"""


def test_a_frozen_dataclass_argument_is_varied_field_by_field_through_a_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "probed_runs.py").write_text(textwrap.dedent(RUNS))
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "probed_runs", raising=False)
    from probed_runs import Run  # type: ignore[import-not-found]

    results = _probe("label", {"run": Run("any%", 90)})

    assert results is not None and results[0].startswith("'any%:90' ; ")
    said = [r.split(" ; ")[0] for r in results]
    assert "':90'" in said  # the category emptied
    assert "'any%:91'" in said and "'any%:0'" in said  # the time moved by one, and to zero


def test_a_probed_call_says_what_the_objects_it_was_given_hold_after_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "probed_runs.py").write_text(textwrap.dedent(RUNS))
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "probed_runs", raising=False)
    from probed_runs import Run  # type: ignore[import-not-found]

    results = _probe("count_in", {"seen": ["pb"], "run": Run("any%", 90)})

    assert results is not None
    assert results[0].startswith("2 ; ['pb', 'any%']")


def _probe(qualname: str, arguments: dict[str, object]) -> list[str] | None:
    blob = base64.b64encode(pickle.dumps(arguments)).decode()
    request = {"module": "probed_runs", "qualname": qualname, "arguments": [blob]}
    return call_probe.probe(request, pytest_probe.call_record, pytest_probe.changeable)

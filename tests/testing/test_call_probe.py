"""The variations a probe calls a function on, to tell apart candidates that pass the same tests."""

from __future__ import annotations

import base64
import pickle
import sys
import textwrap
from pathlib import Path

import pytest

from greenfix.analysis.testing import call_probe

RUNS = """
from dataclasses import dataclass


@dataclass(frozen=True)
class Run:
    category: str
    time_ms: int


def label(run):
    return f"{run.category}:{run.time_ms}"
"""


def test_a_frozen_dataclass_argument_is_varied_field_by_field_through_a_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "probed_runs.py").write_text(textwrap.dedent(RUNS))
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "probed_runs", raising=False)
    from probed_runs import Run  # type: ignore[import-not-found]

    blob = base64.b64encode(pickle.dumps({"run": Run("any%", 90)})).decode()
    results = call_probe.probe({"module": "probed_runs", "qualname": "label", "arguments": [blob]}, repr)

    assert results is not None and results[0] == "'any%:90'"
    assert "':90'" in results  # the category emptied
    assert "'any%:91'" in results and "'any%:0'" in results  # the time moved by one, and to zero

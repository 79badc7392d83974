"""What a Ray task does, run as it is (no Ray needed): the snapshot holds the files the
shadow copy holds, and a function refined on an unpacked snapshot with the shipped
report gives the result the driver's session gives."""

from __future__ import annotations

import io
import pickle
import tarfile
import tempfile
import textwrap
import time
from dataclasses import asdict
from pathlib import Path

from greenfix.analysis.config import Settings
from greenfix.analysis.repair.budget import Budget
from greenfix.analysis.repair.executors import RemoteJob, pack, refine_remotely
from greenfix.analysis.repair.proposers import TemplateProposer
from greenfix.analysis.repair.session import RepairSession
from greenfix.analysis.testing.shadow import ShadowWorkspace


def write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(textwrap.dedent(text))
    return root


def test_the_snapshot_holds_the_files_the_shadow_copy_holds(tmp_path: Path) -> None:
    project = write(tmp_path / "p", {
        "pkg/code.py": "X = 1\n",
        "tests/test_code.py": "def test_x():\n    pass\n",
        "tests/data/table.csv": "a,b\n",
        "pyproject.toml": "[project]\nname = 'p'\n",
        ".venv/pyvenv.cfg": "home = /usr\n",
        ".venv/lib/site.py": "",
        ".git/HEAD": "ref: refs/heads/main\n",
        "node_modules/x/index.js": "",
        "pkg/__pycache__/code.cpython-311.pyc": "",
    })
    secret = write(tmp_path / "home", {"token.txt": "not the project's\n"}) / "token.txt"
    (project / "tests/data/same.csv").symlink_to("table.csv")
    (project / "tests/data/token.txt").symlink_to(secret)
    with ShadowWorkspace.create(project) as shadow:
        with tarfile.open(fileobj=io.BytesIO(pack(shadow)), mode="r:gz") as tar:
            shipped = {member.name: tar.extractfile(member).read() for member in tar.getmembers()}
        copied = shadow.files()
    assert sorted(shipped) == [
        "pkg/code.py", "pyproject.toml", "tests/data/same.csv", "tests/data/table.csv", "tests/test_code.py"
    ]
    # The copy keeps the link out of the project (its sandbox hides the target); no task gets it.
    assert copied == sorted([*shipped, "tests/data/token.txt"])
    assert shipped["tests/data/table.csv"] == shipped["tests/data/same.csv"] == b"a,b\n"


def test_a_task_refines_a_function_as_the_driver_would(tmp_path: Path) -> None:
    project = write(tmp_path / "shop", {
        "pricing.py": "def bulk_discount(quantity):\n    if quantity > 10:\n        return 0.1\n    return 0.0\n",
        "tests/test_pricing.py": """\
            from pricing import bulk_discount


            def test_at_ten():
                assert bulk_discount(10) == 0.1


            def test_small():
                assert bulk_discount(3) == 0.0
            """,
    })
    settings, budget = Settings(), Budget(seconds=120)
    with RepairSession(project, settings) as session:
        report = session.run_all()
        [((path, qualname), failing)] = report.blamed().items()
        text = session.sources.text(path)
        here = session.refine(path, qualname, text, [TemplateProposer()], budget)
        snapshot = pack(session.shadow)
    leftovers = set(Path(tempfile.gettempdir()).glob("greenfix-ray-*"))
    # Shipped as Ray ships it: pickled.
    job = RemoteJob(path, qualname, text, failing, settings, [], [], budget, time.time() + 120)
    there, usage = refine_remotely(*pickle.loads(pickle.dumps((job, snapshot, report))))
    assert (there.status, there.description) == ("fixed", "`>` -> `>=` on line 2")
    assert {**asdict(there), "seconds": 0} == {**asdict(here), "seconds": 0}
    assert [u.proposer for u in usage] == ["templates"]  # no model configured: nothing else proposed
    assert set(Path(tempfile.gettempdir()).glob("greenfix-ray-*")) == leftovers  # the task cleans up

"""A regular (non-editable) install ships every engine and server module under greenfix.*."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_contains_every_module_under_its_greenfix_name(tmp_path: Path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("greenfix-*.whl")
    shipped = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        f"greenfix/{folder}/{path.relative_to(ROOT / folder).as_posix()}"
        for folder in ("analysis", "server")
        for path in (ROOT / folder).rglob("*.py")
    }
    assert expected - shipped == set()
    assert not [name for name in shipped if name.startswith(("analysis/", "server/"))]

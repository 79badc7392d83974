"""Server start-up and memory: greenfix against python-lsp-server, side by side.

Prints figures; it is not a test and never fails on a figure.

    pip install -e '.[bench]'
    python benchmarks/server_memory.py [--files 200] [--lines 1000] [--starts 5] [--seed 1] [--skip-pylsp]

Per server:
- start-up: time from spawning the process to the `initialize` answer, and the
  process's RSS at that moment (the time is the median of --starts starts; RSS
  barely varies);
- RSS after opening --files generated files of --lines lines at once, once every
  file's diagnostics were published and the server went quiet.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import psutil

from _lsp_client import LspClient, open_document, running
from _workload import generate_module

MEMORY_FILES = 200
MEMORY_FILE_LINES = 1000
MEMORY_TARGET = 90 * 2**20  # issue 13, with the default files
OPEN_TIMEOUT = 120.0

GREENFIX = [sys.executable, "-m", "greenfix.server", "serve"]
PYLSP = [sys.executable, "-m", "pylsp"]
# The same job as greenfix's: pyflakes only (syntax errors and names); style linters off.
PYLSP_SETTINGS = {
    "pylsp": {
        "plugins": {
            "pyflakes": {"enabled": True},
            **{name: {"enabled": False} for name in ("pycodestyle", "mccabe", "pydocstyle", "flake8", "pylint")},
        }
    }
}
PYLSP_LINTERS = "pyflakes on; pycodestyle, mccabe, pydocstyle, flake8, pylint off (didChangeConfiguration)"


@dataclass
class StartUp:
    label: str
    seconds: list[float]  # spawn -> initialize answered, one per start
    rss: list[int]  # bytes, right after the initialize answer


@dataclass
class Memory:
    label: str
    baseline: int  # RSS in bytes once the initialized server went quiet
    opened: int  # RSS in bytes after opening the files and their diagnostics


def slug(label: str) -> str:
    return re.sub(r"\W+", "-", label).strip("-")


def mib(size: float) -> str:
    return f"{size / 2**20:.1f} MiB"


async def start_up(label: str, command: list[str], root: Path, starts: int) -> StartUp:
    """`starts` timed starts, after one untimed start that warms the file cache and
    writes bytecode where none was (as an installed server has)."""
    result = StartUp(label, [], [])
    for number in range(-1, starts):
        log = root / f"{slug(label)}-start-{number}.log"
        client = await LspClient.start(command, log)
        try:
            await client.initialize(root)
            if number >= 0:
                result.seconds.append(client.initialize_answered - client.spawned)
                result.rss.append(psutil.Process(client.pid).memory_info().rss)
        finally:
            await client.close()
    return result


async def memory_after_opening(
    label: str, command: list[str], root: Path, files: list[tuple[Path, str]], settings: Any = None
) -> Memory:
    async with running(command, root / f"{slug(label)}-memory.log", root, settings) as client:
        await client.wait_quiet(0.5)
        process = psutil.Process(client.pid)
        baseline = process.memory_info().rss
        answered = [client.expect_diagnostics(path.as_uri(), 1) for path, _ in files]
        for path, text in files:
            await open_document(client, path, text)
        await asyncio.wait_for(asyncio.gather(*answered), OPEN_TIMEOUT)
        await client.wait_quiet(1.5)
        return Memory(label, baseline, process.memory_info().rss)


def write_files(root: Path, count: int, lines: int, seed: int) -> list[tuple[Path, str]]:
    files = []
    folder = root / "opened"
    folder.mkdir(exist_ok=True)
    for number in range(count):
        file = folder / f"module_{number:03}.py"
        source = generate_module(lines, seed * 1000 + number)
        file.write_text(source, encoding="utf-8")
        files.append((file, source))
    return files


def pylsp_label(skip: bool) -> str | None:
    """"pylsp VERSION + pyflakes", or None when skipped or not installed (said so)."""
    if skip:
        return None
    if importlib.util.find_spec("pylsp") is None:
        print("python-lsp-server is not installed: pip install -e '.[bench]' (or pass --skip-pylsp); skipping it")
        return None
    print(f"pylsp linters: {PYLSP_LINTERS}")
    return f"pylsp {metadata.version('python-lsp-server')} + pyflakes"


def report_start_ups(start_ups: list[StartUp]) -> None:
    print("start-up: spawn -> initialize answered (median of the starts), RSS right then")
    width = max(len(s.label) for s in start_ups)
    for s in start_ups:
        times = ", ".join(f"{t * 1000:.0f}" for t in s.seconds)
        print(
            f"  {s.label:<{width}}  {statistics.median(s.seconds) * 1000:6.0f} ms  "
            f"{mib(statistics.median(s.rss)):>10}   (each start, ms: {times})"
        )


def report_memories(memories: list[Memory], files: int, lines: int, target: float | None = None) -> None:
    """RSS per server; the first (greenfix) is compared with `target`, if given."""
    print(f"RSS after opening {files} files of {lines:,} lines at once, all diagnostics published")
    width = max(len(m.label) for m in memories)
    for memory in memories:
        met = ""
        if target is not None and memory is memories[0]:
            met = f"  (target <= {mib(target)}: {'met' if memory.opened <= target else 'MISSED'})"
        print(f"  {memory.label:<{width}}  {mib(memory.opened):>10}   (idle before opening: {mib(memory.baseline)}){met}")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=MEMORY_FILES, help=f"files opened (default {MEMORY_FILES})")
    parser.add_argument("--lines", type=int, default=MEMORY_FILE_LINES, help=f"lines per file (default {MEMORY_FILE_LINES})")
    parser.add_argument("--starts", type=int, default=5, help="start-ups timed per server (default 5)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the files (default 1)")
    parser.add_argument("--skip-pylsp", action="store_true", help="measure greenfix only")
    args = parser.parse_args(argv)
    if args.files < 1 or args.lines < 20 or args.starts < 1:
        parser.error("--files and --starts must be >= 1, --lines >= 20")
    return args


async def run(args: argparse.Namespace, root: Path) -> None:
    files = write_files(root, args.files, args.lines, args.seed)
    servers = [("greenfix", GREENFIX, None)]
    pylsp = pylsp_label(args.skip_pylsp)
    if pylsp:
        servers.append((pylsp, PYLSP, PYLSP_SETTINGS))
    start_ups, memories = [], []
    for label, command, settings in servers:
        print(f"  measuring {label}: {args.starts} start-ups ...", file=sys.stderr, flush=True)
        start_ups.append(await start_up(label, command, root, args.starts))
    for label, command, settings in servers:
        print(f"  measuring {label}: opening {args.files} files ...", file=sys.stderr, flush=True)
        memories.append(await memory_after_opening(label, command, root, files, settings))
    print()
    report_start_ups(start_ups)
    print()
    defaults = (args.files, args.lines) == (MEMORY_FILES, MEMORY_FILE_LINES)
    report_memories(memories, args.files, args.lines, MEMORY_TARGET if defaults else None)


def run_in_temporary_folder(run: Callable[[argparse.Namespace, Path], Awaitable[None]], args: argparse.Namespace) -> int:
    """A benchmark's whole run, in a folder removed afterwards, and how long it took."""
    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="greenfix-bench-") as root:
        asyncio.run(run(args, Path(root)))
    print(f"\n(run took {time.perf_counter() - began:.0f} s)")
    return 0


def main(argv: list[str] | None = None) -> int:
    return run_in_temporary_folder(run, parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())

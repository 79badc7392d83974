"""didChange -> publishDiagnostics latency and memory: greenfix against the floor
(raw tree-sitter incremental reparse) and python-lsp-server with pyflakes.

Prints figures; it is not a test and never fails on a timing.

    pip install -e '.[bench]'
    python benchmarks/diagnostics_latency.py [--edits 200] [--lines 5000] [--seed 1] [--skip-pylsp | --pylsp-extras]

Every edit is sent only after the diagnostics of the previous one arrived, so each
figure is the time one keystroke takes to come back as diagnostics.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import math
import re
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import psutil
import tree_sitter
import tree_sitter_python

from _lsp_client import LspClient
from _workload import Edit, byte_point, generate_module, random_edits, utf16_position

MEMORY_FILES = 200
MEMORY_FILE_LINES = 1000
OPEN_TIMEOUT = 120.0
EDIT_TIMEOUT = 10.0

GREENFIX = [sys.executable, "-m", "greenfix.server", "serve"]
PYLSP = [sys.executable, "-m", "pylsp"]
# pylsp debounces linting with a decorator applied at import; undo it before starting.
PYLSP_NO_DEBOUNCE = [
    sys.executable,
    "-c",
    "from pylsp.python_lsp import PythonLSPServer;"
    "PythonLSPServer.lint = PythonLSPServer.lint.__wrapped__;"
    "from pylsp.__main__ import main; main()",
]
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
class Latencies:
    label: str
    seconds: list[float]
    with_problems: int  # edits whose answer held at least one problem
    missing: int = 0  # edits whose diagnostics never arrived within EDIT_TIMEOUT


@dataclass
class Memory:
    label: str
    baseline: int  # RSS in bytes after initialize
    opened: int  # RSS in bytes after opening the files and their diagnostics


def slug(label: str) -> str:
    return re.sub(r"\W+", "-", label).strip("-")


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


# -- the floor: tree-sitter alone, in this process ------------------------------


def raw_reparse(text: str, edits: list[Edit]) -> Latencies:
    """`tree.edit` + `parser.parse(new, old_tree)` + a walk of the error nodes, per edit."""
    parser = tree_sitter.Parser(tree_sitter.Language(tree_sitter_python.language()))
    tree = parser.parse(text.encode("utf-8"))
    seconds: list[float] = []
    with_problems = 0
    for edit in edits:
        new_text = edit.apply(text)
        start_byte, start_point = byte_point(text, edit.offset)
        old_end_byte, old_end_point = byte_point(text, edit.offset + len(edit.removed))
        new_end_byte, new_end_point = byte_point(new_text, edit.offset + len(edit.inserted))
        new_data = new_text.encode("utf-8")
        began = time.perf_counter()
        tree.edit(start_byte, old_end_byte, new_end_byte, start_point, old_end_point, new_end_point)
        tree = parser.parse(new_data, tree)
        errors = error_nodes(tree.root_node)
        seconds.append(time.perf_counter() - began)
        with_problems += bool(errors)
        text = new_text
    return Latencies("raw tree-sitter: edit + reparse + error walk", seconds, with_problems)


def error_nodes(root: tree_sitter.Node) -> list[tree_sitter.Node]:
    """ERROR and MISSING nodes, descending only into subtrees that hold one."""
    found: list[tree_sitter.Node] = []
    stack = [root] if root.has_error else []
    while stack:
        node = stack.pop()
        if node.is_error or node.is_missing:
            found.append(node)
        stack.extend(child for child in node.children if child.has_error or child.is_missing)
    return found


# -- servers over stdio ----------------------------------------------------------


@asynccontextmanager
async def running(command: list[str], log: Path, root: Path, settings: Any = None) -> AsyncIterator[LspClient]:
    """An initialized server; its stderr log is shown if anything goes wrong."""
    client = await LspClient.start(command, log)
    try:
        await client.initialize(root)
        if settings is not None:
            await client.notify("workspace/didChangeConfiguration", {"settings": settings})
        yield client
    except BaseException:
        print(f"--- {' '.join(command[:4])} failed; end of its log:", file=sys.stderr)
        print(log.read_text(errors="replace")[-3000:], file=sys.stderr)
        raise
    finally:
        await client.close()


async def open_document(client: LspClient, path: Path, text: str) -> None:
    await client.notify(
        "textDocument/didOpen",
        {"textDocument": {"uri": path.as_uri(), "languageId": "python", "version": 1, "text": text}},
    )


def lsp_change(text: str, edit: Edit) -> dict[str, Any]:
    start = utf16_position(text, edit.offset)
    end = utf16_position(text, edit.offset + len(edit.removed))
    return {
        "range": {
            "start": {"line": start[0], "character": start[1]},
            "end": {"line": end[0], "character": end[1]},
        },
        "text": edit.inserted,
    }


async def edit_latencies(
    label: str, command: list[str], root: Path, text: str, edits: list[Edit], settings: Any = None
) -> Latencies:
    path = root / "bench_module.py"
    uri = path.as_uri()
    result = Latencies(label, [], 0)
    async with running(command, root / f"{slug(label)}-edits.log", root, settings) as client:
        opened = client.expect_diagnostics(uri, 1)
        await open_document(client, path, text)
        await asyncio.wait_for(opened, OPEN_TIMEOUT)
        await client.wait_quiet(1.0)  # work the open started in the background is done
        for version, edit in enumerate(edits, start=2):
            answered = client.expect_diagnostics(uri, version)
            sent = await client.notify(
                "textDocument/didChange",
                {"textDocument": {"uri": uri, "version": version}, "contentChanges": [lsp_change(text, edit)]},
            )
            text = edit.apply(text)
            try:
                published = await asyncio.wait_for(answered, EDIT_TIMEOUT)
            except asyncio.TimeoutError:
                result.missing += 1
                continue
            result.seconds.append(published.received - sent)
            result.with_problems += published.count > 0
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


# -- the run ---------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--edits", type=int, default=200, help="one-character edits (default 200)")
    parser.add_argument("--lines", type=int, default=5000, help="lines of the edited file (default 5000)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the file and the edits (default 1)")
    pylsp = parser.add_mutually_exclusive_group()
    pylsp.add_argument("--skip-pylsp", action="store_true", help="measure greenfix and the floor only")
    pylsp.add_argument(
        "--pylsp-extras",
        action="store_true",
        help="also pylsp with its debounce patched to 0, and pylsp's RSS (about a minute more)",
    )
    args = parser.parse_args(argv)
    if args.edits < 1 or args.lines < 20:
        parser.error("--edits must be >= 1 and --lines >= 20")
    return args


async def run(args: argparse.Namespace, root: Path) -> None:
    text = generate_module(args.lines, args.seed)
    edits = random_edits(text, args.edits, args.seed)
    path = root / "bench_module.py"
    path.write_text(text, encoding="utf-8")
    memory_files = []
    for number in range(MEMORY_FILES):
        file = root / "opened" / f"module_{number:03}.py"
        file.parent.mkdir(exist_ok=True)
        source = generate_module(MEMORY_FILE_LINES, args.seed * 1000 + number)
        file.write_text(source, encoding="utf-8")
        memory_files.append((file, source))
    inserted = sum(1 for e in edits if e.inserted)
    print(
        f"workload: a {args.lines:,}-line file ({len(text.encode()):,} bytes), {len(edits)} one-character edits "
        f"({inserted} insertions, {len(edits) - inserted} deletions), seed {args.seed}"
    )

    progress("raw tree-sitter")
    floor = raw_reparse(text, edits)
    progress("greenfix: edits")
    greenfix = await edit_latencies("greenfix serve (stdio)", GREENFIX, root, text, edits)
    progress(f"greenfix: opening {MEMORY_FILES} files")
    memories = [await memory_after_opening("greenfix", GREENFIX, root, memory_files)]
    pylsp_runs: list[Latencies] = []
    pylsp = pylsp_version(args.skip_pylsp)
    if pylsp:
        name = f"pylsp {pylsp} + pyflakes"
        progress(f"{name}: edits (at least {len(edits) // 2} s: it waits 500 ms before linting)")
        pylsp_runs.append(
            await edit_latencies(f"{name}, stock 500 ms debounce", PYLSP, root, text, edits, PYLSP_SETTINGS)
        )
        if args.pylsp_extras:
            progress(f"{name}, no debounce: edits")
            pylsp_runs.append(
                await edit_latencies(
                    f"{name}, debounce patched to 0", PYLSP_NO_DEBOUNCE, root, text, edits, PYLSP_SETTINGS
                )
            )
            progress(f"{name}: opening {MEMORY_FILES} files")
            memories.append(await memory_after_opening(name, PYLSP, root, memory_files, PYLSP_SETTINGS))
    report(floor, greenfix, pylsp_runs, memories)


def progress(step: str) -> None:
    print(f"  measuring {step} ...", file=sys.stderr, flush=True)


def pylsp_version(skip: bool) -> str | None:
    if skip:
        return None
    if importlib.util.find_spec("pylsp") is None:
        print("python-lsp-server is not installed: pip install -e '.[bench]' (or pass --skip-pylsp); skipping it")
        return None
    print(f"pylsp linters: {PYLSP_LINTERS}")
    return metadata.version("python-lsp-server")


def report(floor: Latencies, greenfix: Latencies, pylsp_runs: list[Latencies], memories: list[Memory]) -> None:
    """The table, then the targets; `pylsp_runs` starts with stock pylsp."""
    runs = [floor, greenfix, *pylsp_runs]
    width = max(len(run.label) for run in runs)
    print()
    columns = "  ".join(f"{name:>8}" for name in ("p50", "p90", "p99", "max"))
    print(f"{'didChange -> diagnostics (ms)':<{width}}  {'n':>4}  {columns}  errors  lost")
    for run in runs:
        figures = (
            "  ".join(f"{percentile(run.seconds, p) * 1000:8.2f}" for p in (50, 90, 99, 100)) if run.seconds else "-"
        )
        print(f"{run.label:<{width}}  {len(run.seconds):>4}  {figures}  {run.with_problems:>6}  {run.missing:>4}")
    print("(errors: edits after which at least one problem was reported; lost: no diagnostics within 10 s)")

    def p50(run: Latencies) -> float:
        return percentile(run.seconds, 50) * 1000 if run.seconds else math.nan

    allowed = 1.5 * p50(floor) + 2
    print()
    print(f"greenfix p50 / raw reparse p50: {p50(greenfix) / p50(floor):.2f} x")
    print(f"  target: greenfix p50 <= 1.5 x raw + 2 ms = {allowed:.2f} ms: {verdict(p50(greenfix) <= allowed)}")
    for number, run in enumerate(pylsp_runs):
        ratio = p50(run) / p50(greenfix)
        target = f"  (target >= 10 x: {verdict(ratio >= 10)})" if number == 0 else ""
        print(f"{run.label} p50 / greenfix p50: {ratio:.1f} x{target}")

    print()
    print(f"RSS after opening {MEMORY_FILES} files of {MEMORY_FILE_LINES:,} lines at once, all diagnostics published")
    for memory in memories:
        target = f"  (target <= 200 MB: {verdict(memory.opened <= 200e6)})" if memory is memories[0] else ""
        print(
            f"  {memory.label}: {memory.opened / 1e6:.0f} MB = {memory.opened / 2**20:.1f} MiB"
            f" (after initialize: {memory.baseline / 2**20:.1f} MiB){target}"
        )


def verdict(met: bool) -> str:
    return "met" if met else "MISSED"


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="greenfix-bench-") as root:
        asyncio.run(run(args, Path(root)))
    print(f"\n(run took {time.perf_counter() - began:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""didChange -> publishDiagnostics latency, memory and start-up: greenfix against the
floor (raw tree-sitter incremental reparse) and python-lsp-server with pyflakes.

Prints figures; it is not a test and never fails on a timing.

    pip install -e '.[bench]'
    python benchmarks/diagnostics_latency.py [--edits 200] [--lines 5000] [--seed 1] [--runs 3] [--skip-pylsp | --pylsp-extras]

Every edit is sent only after the diagnostics of the previous one arrived, so each
figure is the time one keystroke takes to come back as diagnostics. The floor and
greenfix are measured --runs times, alternately, and each percentile is the median
over the runs (timings on a shared machine are noisy). Memory and start-up are
measured as in server_memory.py.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tree_sitter
import tree_sitter_python

from _lsp_client import open_document, running
from _workload import Edit, byte_point, generate_module, random_edits, utf16_position
from server_memory import (
    GREENFIX,
    MEMORY_FILE_LINES,
    MEMORY_FILES,
    MEMORY_TARGET,
    PYLSP,
    PYLSP_SETTINGS,
    Memory,
    StartUp,
    memory_after_opening,
    pylsp_label,
    report_memories,
    report_start_ups,
    run_in_temporary_folder,
    slug,
    start_up,
    write_files,
)

OPEN_TIMEOUT = 120.0
EDIT_TIMEOUT = 10.0
STARTS = 3  # timed start-ups per server
# pylsp debounces linting with a decorator applied at import; undo it before starting.
PYLSP_NO_DEBOUNCE = [
    sys.executable,
    "-c",
    "from pylsp.python_lsp import PythonLSPServer;"
    "PythonLSPServer.lint = PythonLSPServer.lint.__wrapped__;"
    "from pylsp.__main__ import main; main()",
]


@dataclass
class Latencies:
    label: str
    seconds: list[float]
    with_problems: int  # edits whose answer held at least one problem
    missing: int = 0  # edits whose diagnostics never arrived within EDIT_TIMEOUT


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


# -- the run ---------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--edits", type=int, default=200, help="one-character edits (default 200)")
    parser.add_argument("--lines", type=int, default=5000, help="lines of the edited file (default 5000)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the file and the edits (default 1)")
    parser.add_argument("--runs", type=int, default=3, help="runs of the floor and greenfix (default 3)")
    pylsp = parser.add_mutually_exclusive_group()
    pylsp.add_argument("--skip-pylsp", action="store_true", help="measure greenfix and the floor only")
    pylsp.add_argument(
        "--pylsp-extras", action="store_true", help="also pylsp with its debounce patched to 0 (about a minute more)"
    )
    args = parser.parse_args(argv)
    if args.edits < 1 or args.lines < 20 or args.runs < 1:
        parser.error("--edits and --runs must be >= 1, --lines >= 20")
    return args


async def run(args: argparse.Namespace, root: Path) -> None:
    text = generate_module(args.lines, args.seed)
    edits = random_edits(text, args.edits, args.seed)
    (root / "bench_module.py").write_text(text, encoding="utf-8")
    memory_files = write_files(root, MEMORY_FILES, MEMORY_FILE_LINES, args.seed)
    inserted = sum(1 for e in edits if e.inserted)
    print(
        f"workload: a {args.lines:,}-line file ({len(text.encode()):,} bytes), {len(edits)} one-character edits "
        f"({inserted} insertions, {len(edits) - inserted} deletions), seed {args.seed}"
    )

    floors: list[Latencies] = []
    greenfixes: list[Latencies] = []
    for number in range(1, args.runs + 1):
        progress(f"raw tree-sitter, then greenfix: edits (run {number} of {args.runs})")
        floors.append(raw_reparse(text, edits))
        greenfixes.append(await edit_latencies("greenfix serve (stdio)", GREENFIX, root, text, edits))
    servers = [("greenfix", GREENFIX, None)]
    pylsp_runs: list[Latencies] = []
    pylsp = pylsp_label(args.skip_pylsp)
    if pylsp:
        servers.append((pylsp, PYLSP, PYLSP_SETTINGS))
        progress(f"{pylsp}: edits (at least {len(edits) // 2} s: it waits 500 ms before linting)")
        pylsp_runs.append(
            await edit_latencies(f"{pylsp}, stock 500 ms debounce", PYLSP, root, text, edits, PYLSP_SETTINGS)
        )
        if args.pylsp_extras:
            progress(f"{pylsp}, no debounce: edits")
            pylsp_runs.append(
                await edit_latencies(
                    f"{pylsp}, debounce patched to 0", PYLSP_NO_DEBOUNCE, root, text, edits, PYLSP_SETTINGS
                )
            )
    start_ups: list[StartUp] = []
    memories: list[Memory] = []
    for label, command, settings in servers:
        progress(f"{label}: {STARTS} start-ups, then opening {MEMORY_FILES} files")
        start_ups.append(await start_up(label, command, root, STARTS))
        memories.append(await memory_after_opening(label, command, root, memory_files, settings))
    report(floors, greenfixes, pylsp_runs)
    print()
    report_memories(memories, MEMORY_FILES, MEMORY_FILE_LINES, MEMORY_TARGET)
    print()
    report_start_ups(start_ups)


def progress(step: str) -> None:
    print(f"  measuring {step} ...", file=sys.stderr, flush=True)


def median_percentile(runs: list[Latencies], p: float) -> float:
    """The median over runs of each run's p-th percentile, in ms."""
    values = [percentile(run.seconds, p) * 1000 for run in runs if run.seconds]
    return statistics.median(values) if values else math.nan


def report(floors: list[Latencies], greenfixes: list[Latencies], pylsp_runs: list[Latencies]) -> None:
    """The table, then the targets; `pylsp_runs` starts with stock pylsp, run once."""
    rows = [floors, greenfixes, *([run] for run in pylsp_runs)]
    width = max(len(runs[0].label) for runs in rows)
    print()
    columns = "  ".join(f"{name:>8}" for name in ("p50", "p90", "p99", "max"))
    print(f"{'didChange -> diagnostics (ms)':<{width}}  {'runs':>4}  {columns}  errors  lost")
    for runs in rows:
        figures = "  ".join(f"{median_percentile(runs, p):8.2f}" for p in (50, 90, 99, 100))
        errors = statistics.median(run.with_problems for run in runs)
        lost = sum(run.missing for run in runs)
        print(f"{runs[0].label:<{width}}  {len(runs):>4}  {figures}  {errors:>6.0f}  {lost:>4}")
    print("(percentiles: the median over the runs; errors: edits after which at least one problem was")
    print(" reported; lost: no diagnostics within 10 s, over all runs)")
    for runs in (floors, greenfixes):
        each = ", ".join(f"{median_percentile([r], 50):.2f} / {median_percentile([r], 99):.2f}" for r in runs)
        print(f"  each run's p50 / p99, {runs[0].label}: {each}")

    floor_p50, floor_p99 = median_percentile(floors, 50), median_percentile(floors, 99)
    p50, p99 = median_percentile(greenfixes, 50), median_percentile(greenfixes, 99)
    print()
    print(f"greenfix p50 / raw reparse p50: {p50 / floor_p50:.2f} x;  p99 / raw p99: {p99 / floor_p99:.2f} x")
    allowed = 1.5 * floor_p50 + 2
    print(f"  target: greenfix p50 <= 1.5 x raw + 2 ms = {allowed:.2f} ms: {verdict(p50 <= allowed)}")
    print(f"  target: greenfix p99 <= 1.2 x raw = {1.2 * floor_p99:.2f} ms: {verdict(p99 <= 1.2 * floor_p99)}")
    for number, run in enumerate(pylsp_runs):
        ratio = median_percentile([run], 50) / p50
        target = f"  (target >= 10 x: {verdict(ratio >= 10)})" if number == 0 else ""
        print(f"{run.label} p50 / greenfix p50: {ratio:.1f} x{target}")


def verdict(met: bool) -> str:
    return "met" if met else "MISSED"


def main(argv: list[str] | None = None) -> int:
    return run_in_temporary_folder(run, parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())

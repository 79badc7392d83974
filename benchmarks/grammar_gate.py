"""What the grammar and the syntax gate buy, with a real local model.

Gemma 3 270M (Q4_K_M) through llama-cpp-python's OpenAI-compatible server
(installed by .ci/install-model.sh) is asked to fix each syntax-broken snippet in
benchmarks/snippets (one broken function each): the first syntax problem, the
function around it, the prompt greenfix sends, temperature 0. Each snippet is asked
with the GBNF grammar (dialect gbnf, llama.cpp's `grammar` field) and without
(dialect none), through `propose_fix`: the gate, and one retry with the reason when
nothing passes. Prints, per dialect:

  - first answers the door returned (an answer cut at max_tokens, or empty, is dropped),
    and of those: in the edit format (start with `def name(`, body indented, nothing
    else), and parsing in place (code taken out as the engine does, whole file parsed),
  - snippets with a fix offered after the gate, and how many offered fixes leave the
    file without a syntax problem (must be all of them),
  - completion tokens per second: usage / wall time of each call (prompt processing
    included), over the calls that returned.

Figures, never a pass/fail test. Run from the repository root:

    python -m benchmarks.grammar_gate [--threads 1] [--max-tokens 256] [--only NAME ...]
"""

from __future__ import annotations

import argparse
import asyncio
import re
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from greenfix.analysis.config import ModelSettings
from greenfix.analysis.document import SourceDocument
from greenfix.analysis.model.client import ModelError, OpenAIDoor
from greenfix.analysis.model.constraints import Dialect, UnusableOutput, extract_code
from greenfix.analysis.model.exchange import ModelDoor, ModelOutput, ModelRequest, ModelResponse
from greenfix.analysis.model.function_text import locate_function
from greenfix.analysis.model.gate import Proposal, propose_fix, syntax_gate
from greenfix.analysis.positions import encode
from greenfix.analysis.syntax import Problem, find_problems
from tests.support.llama_server import LlamaServer, gguf_path, real_model_missing

SNIPPETS = Path(__file__).resolve().parent / "snippets"
DIALECTS: tuple[Dialect, ...] = ("gbnf", "none")
_DEF_LINE = re.compile(rb"([ \t]*)(?:async[ \t]+)?def[ \t]")


@dataclass
class Call:
    seconds: float
    response: ModelResponse | None  # None: the door raised


class TimedDoor:
    """Passes calls on to the real door and keeps each answer with its wall time."""

    def __init__(self, inner: ModelDoor) -> None:
        self._inner = inner
        self.calls: list[Call] = []

    async def complete(self, request: ModelRequest) -> ModelResponse:
        started = time.perf_counter()
        try:
            response = await self._inner.complete(request)
        except ModelError:
            self.calls.append(Call(time.perf_counter() - started, None))
            raise
        self.calls.append(Call(time.perf_counter() - started, response))
        return response

    async def list_models(self) -> list[dict[str, Any]]:
        return await self._inner.list_models()

    async def close(self) -> None:
        await self._inner.close()


@dataclass
class Tally:
    answers: int = 0
    in_format: int = 0
    parse: int = 0
    snippets: int = 0
    offered: int = 0  # snippets with at least one fix offered
    fixes: int = 0
    valid_fixes: int = 0
    completion_tokens: int = 0
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)


def broken_function(text: str) -> tuple[int, int, Problem]:
    """Bytes of the function holding the file's first syntax problem, and that problem.

    The function runs from its `def` line to the last non-blank line before a line
    indented no deeper than `def`, and at least to the problem's line (a body that
    lost its indentation still belongs to it)."""
    data = encode(text)
    problems = find_problems(SourceDocument(data))
    if not problems:
        raise ValueError("no syntax problem")
    problem = problems[0]
    starts = [0, *(i + 1 for i, byte in enumerate(data) if byte == ord("\n"))]
    lines = [data[s : (starts[i + 1] - 1 if i + 1 < len(starts) else len(data))] for i, s in enumerate(starts)]
    problem_line = max(i for i, s in enumerate(starts) if s <= problem.start)
    def_line = max((i for i in range(problem_line + 1) if _DEF_LINE.match(lines[i])), default=None)
    if def_line is None:
        raise ValueError("the problem is not inside a function")
    indent = len(_DEF_LINE.match(lines[def_line]).group(1))  # type: ignore[union-attr]
    last = def_line
    for i in range(def_line + 1, len(lines)):
        stripped = lines[i].lstrip(b" \t")
        if stripped and len(lines[i]) - len(stripped) <= indent:
            break
        if stripped:
            last = i
    last = max(last, problem_line)
    return starts[def_line], starts[last] + len(lines[last]), problem


def raw_verdict(dialect: Dialect, text: str, start: int, end: int, answer: str) -> tuple[bool, bool]:
    """(in the edit format, parses in place) for one raw answer."""
    target = locate_function(text, start, end)
    in_format = re.fullmatch(target.spec.regex(), answer.strip("\n").rstrip()) is not None
    try:
        code = extract_code(dialect, ModelOutput(answer, "stop"))
    except UnusableOutput:
        return in_format, False
    return in_format, syntax_gate(text, target.start, target.end, target.in_place(code)).ok


async def ask(door: TimedDoor, settings: ModelSettings, text: str, start: int, end: int, problem: Problem) -> Proposal | str:
    try:
        return await propose_fix(door, settings, text, start, end, problem)
    except ModelError as error:
        return str(error)


def count(tally: Tally, name: str, dialect: Dialect, text: str, start: int, end: int, calls: list[Call], outcome: Proposal | str) -> None:
    tally.snippets += 1
    first = calls[0].response if calls else None
    # An answer cut at max_tokens, or empty, reaches nobody: the door keeps no text of it.
    for output in first.outputs if first else ():
        in_format, parses = raw_verdict(dialect, text, start, end, output.text)
        tally.answers += 1
        tally.in_format += in_format
        tally.parse += parses
    for call in calls:
        if call.response is not None and call.response.usage is not None:
            tally.completion_tokens += call.response.usage.completion_tokens
            tally.seconds += call.seconds
    if isinstance(outcome, str):
        tally.failures.append(f"{name}: {outcome}")
        return
    if outcome.candidates:
        tally.offered += 1
    else:
        tally.failures.append(f"{name}: {outcome.failure}")
    for candidate in outcome.candidates:
        tally.fixes += 1
        tally.valid_fixes += not find_problems(SourceDocument(candidate.new_text))


async def run(server: LlamaServer, names: list[str], max_tokens: int, verbose: bool) -> dict[Dialect, Tally]:
    tallies = {d: Tally() for d in DIALECTS}
    paths = sorted(p for p in SNIPPETS.glob("*.py") if not names or p.stem in names)
    for number, path in enumerate(paths, 1):
        text = path.read_text(encoding="utf-8")
        start, end, problem = broken_function(text)
        # Dialects alternate per snippet, so a busy moment on the machine hits both.
        for dialect in DIALECTS:
            settings = ModelSettings(
                model=server.model, base_url=server.base_url, timeout=600.0, retries=0,
                temperature=0.0, max_tokens=max_tokens, constraint=dialect,
            )  # fmt: skip
            door = TimedDoor(OpenAIDoor(settings, {}))
            try:
                outcome = await ask(door, settings, text, start, end, problem)
            finally:
                await door.close()
            count(tallies[dialect], path.stem, dialect, text, start, end, door.calls, outcome)
            if verbose and door.calls and door.calls[0].response:
                print(f"--- {path.stem} [{dialect}] raw answer:\n{door.calls[0].response.outputs[0].text}\n")
        print(f"[{number}/{len(paths)}] {path.stem}", flush=True)
    return tallies


def report(tallies: dict[Dialect, Tally]) -> None:
    def pct(part: int, whole: int) -> str:
        return f"{100 * part / whole:5.1f} % ({part}/{whole})" if whole else "n/a"

    print()
    for dialect, t in tallies.items():
        label = "with the GBNF grammar" if dialect == "gbnf" else "without a constraint"
        rate = f"{t.completion_tokens / t.seconds:.1f} tokens/s ({t.completion_tokens} tokens in {t.seconds:.1f} s)" if t.seconds else "n/a"
        print(f"{label} (dialect {dialect}):")
        print(f"  first answers returned           {pct(t.answers, t.snippets)}  (the rest: cut at max_tokens or empty)")
        print(f"  ... in the edit format           {pct(t.in_format, t.answers)}")
        print(f"  ... that parse in place          {pct(t.parse, t.answers)};  of all snippets {pct(t.parse, t.snippets)}")
        print(f"  snippets with a fix offered      {pct(t.offered, t.snippets)}")
        print(f"  offered fixes that parse         {pct(t.valid_fixes, t.fixes)}")
        print(f"  completion speed                 {rate}")
    for dialect, t in tallies.items():
        if t.failures:
            print(f"\nno fix offered [{dialect}]:")
            for failure in t.failures:
                print(f"  {failure}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--threads", type=int, default=1, help="llama.cpp threads (default 1)")
    parser.add_argument("--max-tokens", type=int, default=256)
    parser.add_argument("--only", nargs="*", default=[], metavar="NAME", help="snippet names (file stems)")
    parser.add_argument("--verbose", action="store_true", help="print every raw answer")
    args = parser.parse_args()
    missing = real_model_missing()
    if missing:
        raise SystemExit(missing)
    with tempfile.TemporaryDirectory() as scratch:
        log = Path(scratch) / "llama_server.log"
        with LlamaServer(gguf_path(), log, threads=args.threads) as server:
            tallies = asyncio.run(run(server, args.only, args.max_tokens, args.verbose))
    report(tallies)


if __name__ == "__main__":
    main()

"""Fuzz `greenfix serve` for longer than CI does, and print what was found.

    python benchmarks/fuzz_server.py --messages 10000 [--repeatable]

Each run explores new sequences; --repeatable uses CI's fixed seed instead.
Every crash is counted instead of stopping at the first: an exception raised in greenfix's
code, a server that stops answering, diagnostics that differ from a fresh parse.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

# The fuzzing machine lives with the tests; run from anywhere.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hypothesis.stateful import run_state_machine_as_test  # noqa: E402

from tests.fuzz.machine import FIGURES, ServerMachine, fuzz_settings, stop_server  # noqa: E402


class CountingMachine(ServerMachine):
    stop_at_crash = False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--repeatable", action="store_true", help="the fixed seed CI uses")
    options = parser.parse_args()
    started = time.monotonic()
    failure = None
    try:
        run_state_machine_as_test(CountingMachine, settings=fuzz_settings(options.messages, options.repeatable))
    except Exception as error:  # a dead server or wrong diagnostics: hypothesis printed the sequence
        failure = error
    status = stop_server()
    # The first whole traceback of each kind of exception, by its last line.
    crashes = {crash.splitlines()[-1]: crash for crash in reversed(FIGURES.crashes)}
    print(f"messages fuzzed: {FIGURES.messages}")
    print(f"examples: {FIGURES.examples} on {FIGURES.servers} server(s); diagnostics compared after a pause: {FIGURES.settle_checks} times")
    print(f"exit status after shutdown: {status}")
    print(f"requests left unanswered: {FIGURES.unanswered} of {FIGURES.requests}")
    print(f"seconds: {time.monotonic() - started:.0f}")
    print(f"exceptions in greenfix's code: {len(FIGURES.crashes)} ({len(crashes)} kinds)")
    for kind in sorted(crashes):
        print(f"  {kind}")
    for crash in crashes.values():
        print(f"\n{crash}")
    print(f"stopped by: {FIGURES.failures[0] if FIGURES.failures else failure!r}" if failure else "the server stayed up and exact throughout")
    print("other error entries in the log (pygls rejecting malformed messages, ...):")
    for kind, count in FIGURES.noise.most_common():
        print(f"  {count:6d}  {kind}")


if __name__ == "__main__":
    main()

"""Runs a corpus bug's hidden/observe.py and writes what it observed.

    python observing.py OBSERVE_PY OUTPUT [RUNS]     (from the project folder)

observe.py defines `observe() -> list`: it imports the project's code (the
project folder and its src/ are on sys.path), calls it on many inputs through
`attempt`, and returns plain values (numbers, strings, None, lists, tuples, dicts,
sets, dates and times, decimals, fractions, dataclass instances). OUTPUT receives
one line per run: the canonical repr of what observe() returned, so two projects
behave the same on those inputs when the lines are equal. Floats are compared to
12 significant digits and 2.0 equals 2, as `==` would say; dicts and sets compare
regardless of order.
"""

from __future__ import annotations

import dataclasses
import datetime
import decimal
import fractions
import math
import os
import runpy
import signal
import sys
from typing import Any, Callable

CALL_LIMIT_SECONDS = 2.0


class _CallTimedOut(BaseException):
    """Raised into a call that ran past CALL_LIMIT_SECONDS (a BaseException, so the
    project's own `except Exception` cannot swallow it)."""


_timed_out = False


def attempt(function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """function(*args, **kwargs), or the name of the exception it raised, or
    "timeout". After one timeout the rest are skipped: the run already differs from
    a reference, whose calls all finish, and looping code must not cost a limit each."""
    global _timed_out
    if _timed_out:
        return "skipped after a timeout"
    previous = signal.signal(signal.SIGALRM, _interrupt)
    signal.setitimer(signal.ITIMER_REAL, CALL_LIMIT_SECONDS)
    try:
        return function(*args, **kwargs)
    except _CallTimedOut:
        _timed_out = True
        return "timeout"
    except Exception as error:
        return type(error).__name__
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _interrupt(signum: int, frame: object) -> None:
    raise _CallTimedOut


# Types whose repr shows their value and nothing else.
_BY_REPR = (datetime.date, datetime.time, datetime.timedelta, decimal.Decimal, fractions.Fraction, complex)


def canonical(value: Any) -> Any:
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return repr(value)
        rounded = float(f"{value:.12g}")
        return int(rounded) if rounded.is_integer() else rounded
    if value is None or isinstance(value, (bool, int, str, bytes)):
        return value
    if isinstance(value, _BY_REPR):
        return ("value", repr(value))
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = [(f.name, canonical(getattr(value, f.name))) for f in dataclasses.fields(value)]
        return (type(value).__name__, fields)
    if isinstance(value, list):
        return [canonical(v) for v in value]
    if isinstance(value, tuple):
        return tuple(canonical(v) for v in value)
    if isinstance(value, dict):
        return ("dict", sorted((repr(canonical(k)), canonical(v)) for k, v in value.items()))
    if isinstance(value, (set, frozenset)):
        return ("set", sorted(repr(canonical(v)) for v in value))
    # Not a plain value: only its type can be compared between runs.
    return ("object", type(value).__name__)


def main(argv: list[str]) -> int:
    observe_path, output = argv[0], argv[1]
    runs = int(argv[2]) if len(argv) > 2 else 1
    project = os.getcwd()
    # Import like the project's tests do: its folder and src/ first; this folder
    # last, only so that observe.py finds `observing`.
    here = sys.path.pop(0)
    sys.path[:0] = [project, os.path.join(project, "src")]
    sys.path.append(here)
    lines = []
    global _timed_out
    for _ in range(runs):
        _timed_out = False
        observe = runpy.run_path(observe_path)["observe"]
        lines.append(repr(canonical(observe())))
    with open(output, "w", encoding="utf-8") as file:
        file.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    import observing  # the module observe.py imports, not a second copy named __main__

    sys.exit(observing.main(sys.argv[1:]))

"""Call one function on recorded arguments and on variations of them, and say what it
returned: how candidates that all pass the tests are told apart.

Runs INSIDE the project's interpreter (greenfix is not installed there): standard
library only, loaded by path, in a forked test child (or a one-shot worker) whose
module already holds the candidate (in_place.py). The variations are made here, from
the unpickled arguments, in a fixed order, so every candidate meets the same calls.

A request's "probe_calls": {"module": DOTTED NAME, "qualname": "f" | "Cls.method",
                            "arguments": [base64 pickle of a dict of arguments]}
"""

from __future__ import annotations

import base64
import dataclasses
import importlib
import inspect
import pickle
import signal
from collections.abc import Callable, Iterator
from typing import Any

CALL_SECONDS = 1.0
MAX_CALLS = 200


class _Slow(BaseException):
    pass


def probe(
    request: dict[str, Any], record: Callable[[Any, list[Any]], str], changeable: Callable[[list[Any]], list[Any]]
) -> list[str] | None:
    """What the function returns (or raises) on each call, with what the objects it was
    given hold after it (see _call); None when it cannot be called on its own (a nested
    function, a class that cannot be found)."""
    function = _function(request["module"], request["qualname"])
    if function is None:
        return None
    results = []
    for blob in request["arguments"]:
        for variant in _variants(blob):
            if len(results) >= MAX_CALLS:
                return results
            results.append(_call(function, variant, record, changeable))
    return results


def _function(module_name: str, qualname: str) -> Any:
    if "<locals>" in qualname:
        return None
    try:
        found: Any = importlib.import_module(module_name)
        for part in qualname.split("."):
            found = vars(found)[part]
    except Exception:  # the module does not import, or the name is not there
        return None
    found = getattr(found, "__func__", found)  # a staticmethod or classmethod's function
    return found if callable(found) else None


def _variants(blob: str) -> Iterator[dict[str, Any]]:
    """The recorded arguments, then each argument of a plain kind changed alone: numbers
    by one either way, to 0 and negated; strings, lists and tuples emptied, cut to one
    item, doubled or reversed, and strings padded with spaces; dicts emptied or cut to
    one item; booleans flipped. An object (`self`, say) is changed one plain attribute at
    a time, a frozen dataclass by a copy: a method's bug is often in how it reads its
    object's state."""
    data = base64.b64decode(blob)
    arguments = pickle.loads(data)
    yield arguments
    for name in list(arguments):
        for changed in _changes(arguments[name]):
            fresh = pickle.loads(data)  # a call may change its arguments: each starts anew
            fresh[name] = changed
            yield fresh
        for attribute, value in _plain_attributes(arguments[name]):
            for changed in _changes(value):
                fresh = pickle.loads(data)
                try:
                    fresh[name] = _with_attribute(fresh[name], attribute, changed)
                except Exception:  # a read-only attribute, a field __init__ does not take
                    break
                yield fresh


def _with_attribute(value: Any, attribute: str, changed: Any) -> Any:
    """The object with one attribute changed; a frozen dataclass is copied with it."""
    try:
        setattr(value, attribute, changed)
        return value
    except dataclasses.FrozenInstanceError:
        return dataclasses.replace(value, **{attribute: changed})


def _plain_attributes(value: Any) -> list[tuple[str, Any]]:
    """An instance's own attributes (not a class's, a module's or a function's)."""
    if isinstance(value, type) or not hasattr(value, "__dict__") or callable(value):
        return []
    try:
        return list(vars(value).items())
    except TypeError:
        return []


def _changes(value: Any) -> list[Any]:
    if isinstance(value, bool):
        return [not value]
    if isinstance(value, int):
        return [value + 1, value - 1, 0, -value]
    if isinstance(value, float):
        return [value + 1.0, value - 1.0, 0.0, -value]
    if isinstance(value, str):  # padded: text is often read with stray spaces
        return [value[:0], value[:1], value + value, value[::-1], f" {value} "]
    if isinstance(value, (list, tuple)):
        return [value[:0], value[:1], value + value, value[::-1]]
    if type(value) is dict:
        return [{}, dict(list(value.items())[:1])]
    return []


def _invoke(function: Any, arguments: dict[str, Any]) -> Any:
    """Call with the recorded locals as the function's parameters (`*args`, `**kwargs` and
    positional-only ones included; free variables such as `__class__` left out)."""
    positional: list[Any] = []
    keywords: dict[str, Any] = {}
    for name, parameter in inspect.signature(function).parameters.items():
        if name not in arguments:
            continue
        value = arguments[name]
        if parameter.kind is parameter.VAR_POSITIONAL:
            positional.extend(value)
        elif parameter.kind is parameter.VAR_KEYWORD:
            keywords.update(value)
        elif parameter.kind is parameter.POSITIONAL_ONLY:
            positional.append(value)
        else:
            keywords[name] = value
    return function(*positional, **keywords)


def _call(
    function: Any, arguments: dict[str, Any], record: Callable[[Any, list[Any]], str], changeable: Callable[[list[Any]], list[Any]]
) -> str:
    """What the call returned and what the objects it was given hold after it, as a test's
    recorded call says it (pytest_probe.call_record); "slow", or the exception it raised."""
    def slow(signum: int, frame: Any) -> None:
        raise _Slow

    previous = signal.signal(signal.SIGALRM, slow)
    signal.setitimer(signal.ITIMER_REAL, CALL_SECONDS)
    try:
        return record(_invoke(function, arguments), changeable(list(arguments.values())))
    except _Slow:
        return "slow"
    except Exception as error:
        return f"raise {type(error).__name__}"
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)

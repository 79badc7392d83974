"""What a run observes besides outcomes: the project functions each test executes, what
one function returned call by call, and where a failure happened (a fixture or the test)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from greenfix.analysis.testing.results import COLLECTION, RunResult
from greenfix.analysis.testing.runner import Tracing
from tests.testing.rigs import PROJECTS, RUNNER_KINDS, Rig, line_of, open_rig

CART = PROJECTS / "traced" / "shop" / "cart.py"
CONFTEST = PROJECTS / "traced" / "tests" / "conftest.py"
TESTS = "tests/test_cart.py"
ANNS_CART = "Cart({'owner': 'ann', 'items': [10]})"  # as a recorded call shows the cart after it


@pytest.fixture(scope="module", params=RUNNER_KINDS)
def rig(request: pytest.FixtureRequest) -> Iterator[Rig]:
    rig = open_rig("traced", request.param)
    yield rig
    rig.close()


def def_line(path, name: str) -> int:
    return line_of(path, f"def {name}(")


@pytest.fixture(scope="module")
def traced(rig: Rig) -> RunResult:
    calls_of = ("shop/cart.py", def_line(CART, "total"))
    return rig.runner.run([TESTS], timeout=rig.timeout, tracing=Tracing(functions=True, calls_of=calls_of))


def test_each_test_lists_the_project_functions_it_executed_fixtures_included(traced: RunResult) -> None:
    cart = lambda name: ("shop/cart.py", def_line(CART, name))  # noqa: E731
    add_counts = traced.functions[f"{TESTS}::test_add_counts"]
    fixture = ("tests/conftest.py", def_line(CONFTEST, "cart") - 1)  # a decorated function starts at its decorator
    assert {cart("__init__"), cart("add"), fixture} <= add_counts
    assert cart("total") not in add_counts and cart("tags") not in add_counts
    total = traced.functions[f"{TESTS}::test_total"]
    assert {cart("total"), cart("discounted")} <= total
    # What importing ran is kept apart (the warm worker imported shop.cart with the
    # conftest before forking): functions only, not a module's own code, which starts at
    # line 1 as a function may.
    assert all(line != 1 for _, line in traced.functions.get(COLLECTION, ()))
    assert cart("total") not in traced.functions.get(COLLECTION, ())


def test_the_recorded_function_results_are_kept_call_by_call_exceptions_by_type(traced: RunResult) -> None:
    # Each result, with what the cart it was called on holds after the call.
    assert traced.results[f"{TESTS}::test_total"].calls == [f"10 ; {ANNS_CART}", f"8.0 ; {ANNS_CART}"]
    assert traced.results[f"{TESTS}::test_empty_cart_raises"].calls == ["raise ValueError"]
    assert traced.results[f"{TESTS}::test_add_counts"].calls == []
    assert traced.results[f"{TESTS}::test_wrong_total"].calls == [f"8.0 ; {ANNS_CART}"]


def test_a_failing_fixture_is_told_apart_from_a_failing_test(traced: RunResult) -> None:
    setup = traced.results[f"{TESTS}::test_setup_fails"]
    assert (setup.outcome, setup.phase, setup.fixture, setup.failed_in_setup) == ("error", "setup", "broken_cart", True)
    wrong = traced.results[f"{TESTS}::test_wrong_total"]
    assert (wrong.outcome, wrong.phase, wrong.fixture, wrong.failed_in_setup) == ("failed", "call", None, False)


def test_nothing_is_traced_unless_asked(rig: Rig) -> None:
    run = rig.runner.run([TESTS], timeout=rig.timeout)
    assert run.functions == {} and run.coverage == {}
    assert all(result.calls is None for result in run.results.values())


def test_a_run_can_stop_at_its_first_failure(rig: Rig) -> None:
    tests = [f"{TESTS}::test_wrong_total", f"{TESTS}::test_add_counts", f"{TESTS}::test_setup_fails"]
    everything = rig.runner.run(tests, timeout=rig.timeout)
    first_only = rig.runner.run(tests, timeout=rig.timeout, stop_at_failure=True)
    assert set(everything.results) == set(tests)
    assert list(first_only.results) == [f"{TESTS}::test_wrong_total"]


def test_watched_expressions_are_evaluated_in_the_recorded_function_each_time_a_line_runs(rig: Rig) -> None:
    check = line_of(CART, "if not self.items:")
    watches = ((check, ("not self.items", "level is None", "self.missing", "")),)
    tracing = Tracing(calls_of=("shop/cart.py", def_line(CART, "total")), watches=watches)
    run = rig.runner.run([TESTS], timeout=rig.timeout, tracing=tracing)
    # T/F the value as a condition, E it raised, ? nothing to evaluate; one string per time the line ran.
    assert run.results[f"{TESTS}::test_total"].watched == {check: ["FTE?", "FFE?"]}
    assert run.results[f"{TESTS}::test_empty_cart_raises"].watched == {check: ["TTE?"]}
    assert run.results[f"{TESTS}::test_add_counts"].watched is None  # it never called total()
    assert run.results[f"{TESTS}::test_total"].calls == [f"10 ; {ANNS_CART}", f"8.0 ; {ANNS_CART}"]  # evaluating changed nothing


def test_a_comprehension_s_filter_is_watched_in_its_own_frame_with_the_function_s_names(rig: Rig) -> None:
    # Python 3.11 runs a comprehension in a frame of its own: its filter sees `p` there,
    # and the function's `limit` and `self` only through the function's frame.
    check = line_of(CART, "if p < limit)")
    watches = ((check, ("p < limit", "p < limit and len(self.items) > 1", "p > limit")),)
    calls_of = ("shop/cart.py", def_line(CART, "under"))
    tracing = Tracing(CART.relative_to(CART.parents[1]).as_posix(), calls_of=calls_of, watches=watches, comprehension_lines=frozenset({check}))
    run = rig.runner.run([f"{TESTS}::test_under"], timeout=rig.timeout, tracing=tracing)
    result = run.results[f"{TESTS}::test_under"]
    # Per item, 10 then 3 (a generator resumed at its filter's line may give one twice).
    assert list(dict.fromkeys(result.watched[check])) == ["FFT", "TTF"]
    assert result.calls == ["[3] ; Cart({'owner': 'ann', 'items': [10, 3]})"]
    assert check in run.coverage[f"{TESTS}::test_under"]

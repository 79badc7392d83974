"""The repair session on a real project run by real pytest: what each failure is blamed
on, which tests judge a function, and a fix with its evidence."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from greenfix.analysis.config import RefineSettings, Settings
from greenfix.analysis.repair.budget import Budget
from greenfix.analysis.repair.failures import escaped_exceptions, exceptions_tests_expect, expected_exceptions
from greenfix.analysis.repair.proposers import TemplateProposer
from greenfix.analysis.repair.candidates import Candidate
from greenfix.analysis.repair.loop import (
    Attempt, JobMemory, Progress, ProposalContext, RefineJob, RefineResult, refine, split_at_files,
)
from greenfix.analysis.repair.project import GLANCE, FixOptions, fix_project
from greenfix.analysis.repair.session import RepairSession, TestReport
from greenfix.analysis.testing.results import TestResult
from tests.ci.projects import write_project
from tests.repair.projects import corpus_bugs, user_copy
from tests.testing.rigs import process_alive

SHOP = Path(__file__).resolve().parents[1] / "data" / "repair_projects" / "shop"
TESTS = "tests/test_inventory.py"


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RepairSession]:
    project = tmp_path_factory.mktemp("shop") / "shop"
    shutil.copytree(SHOP, project)
    with RepairSession(project, Settings()) as session:
        yield session


@pytest.fixture(scope="module")
def report(session: RepairSession) -> TestReport:
    return session.run_all()


def refine_once(project: Path, path: str, qualname: str, budget: Budget = Budget(seconds=120, test_timeout=10)) -> RefineResult:
    """Run the project's tests, then refine one function with the templates, as `greenfix fix` would."""
    with RepairSession(project, Settings()) as session:
        session.run_all()
        return session.refine(path, qualname, (project / path).read_text(), [TemplateProposer()], budget)


def verdict(report: TestReport, test: str):
    return report.verdicts[f"{TESTS}::{test}"]


def test_an_assertion_in_the_test_is_blamed_on_the_function_only_failing_tests_run(report: TestReport) -> None:
    # The test calls the fixture's constructor and `add` first; Ochiai over functions
    # sets them aside, since passing tests run them too.
    for test in ("test_value_counts_every_unit", "test_value_of_one_item"):
        found = verdict(report, test)
        assert (found.kind, found.blame.path, found.blame.qualname, found.blame.how) == (
            "function", "pkg/inventory.py", "Stock.value", "coverage"
        )


def test_of_two_nested_functions_with_one_name_the_one_the_traceback_names_is_blamed(report: TestReport) -> None:
    found = verdict(report, "test_short_format")
    assert (found.kind, found.blame.qualname, found.blame.how) == ("function", "formatter.<locals>.fmt#2", "traceback")
    assert found.blame.line == 31  # `return amount.rstrip("0")`, in the second `fmt`
    assert "formatter" in [other.qualname for other in found.others]  # the outer frame is the next suspect


def test_a_fixture_error_is_a_setup_error_never_a_function_to_refine(report: TestReport) -> None:
    found = verdict(report, "test_warehouse_starts_empty")
    assert (found.kind, found.blame) == ("setup", None)
    assert found.note.startswith("setup error in warehouse: TypeError")
    assert ("pkg/inventory.py", "Stock.__init__") not in report.blamed()


def test_module_level_code_is_reported_as_such(report: TestReport) -> None:
    found = verdict(report, "test_rate_is_read")
    assert (found.kind, found.blame) == ("module", None)
    assert found.note.startswith("module-level code at pkg/config.py:3: ValueError")


def test_a_function_is_judged_by_its_failing_tests_and_the_tests_that_run_it(
    session: RepairSession, report: TestReport
) -> None:
    text = (session.root / "pkg" / "inventory.py").read_text()
    # No failure is blamed on `add`; it is a suspect of the failures blamed on `value`,
    # and one passing test runs it.
    assert session.judging_tests("pkg/inventory.py", "Stock.add", text) == [
        f"{TESTS}::test_add_counts", f"{TESTS}::test_value_counts_every_unit", f"{TESTS}::test_value_of_one_item"
    ]
    assert session.judging_tests("pkg/inventory.py", "Stock.value", text) == [
        f"{TESTS}::test_value_counts_every_unit", f"{TESTS}::test_value_of_one_item"
    ]


def test_refine_fixes_the_blamed_method_and_says_how_strong_the_evidence_is(
    session: RepairSession, report: TestReport
) -> None:
    text = (session.root / "pkg" / "inventory.py").read_text()
    budget = Budget(seconds=60, test_timeout=10)
    result = session.refine("pkg/inventory.py", "Stock.value", text, [TemplateProposer()], budget)

    assert result.status == "fixed", result.message
    assert "total += item.price * count" in result.new_text
    evidence = result.evidence
    assert evidence.tests_fixed == [f"{TESTS}::test_value_counts_every_unit", f"{TESTS}::test_value_of_one_item"]
    # No passing test ran `value`: nothing checked what else the edit changes, and the report says so.
    assert (evidence.tests_kept, evidence.calls_recorded) == (0, 0)
    assert any("no test that passed before runs Stock.value" in reason for reason in evidence.weak)


@pytest.mark.parametrize("limit", [500, 40])
def test_a_two_edit_bug_is_fixed_from_an_edit_that_changed_every_failure(tmp_path: Path, limit: int) -> None:
    # Neither edit alone makes a test pass; each changes how the test fails. Under a tight
    # candidate limit, the first round leaves a third of it for the second edit.
    (tmp_path / "stats.py").write_text(
        "def average_positive(values):\n"
        "    positives = [v for v in values if v < 0]\n"
        "    return sum(positives) // len(positives)\n"
    )
    (tmp_path / "test_stats.py").write_text(
        "from stats import average_positive\n\n\n"
        "def test_mean_of_the_positive_values():\n"
        "    assert average_positive([1, 2, -5]) == 1.5\n"
    )
    with RepairSession(tmp_path, Settings()) as session:
        session.run_all()
        text = (tmp_path / "stats.py").read_text()
        budget = Budget(seconds=120, test_timeout=10, candidates=limit)
        result = session.refine("stats.py", "average_positive", text, [TemplateProposer()], budget)

    assert result.status == "fixed", result.message
    assert "if v > 0]" in result.new_text and "sum(positives) / len(positives)" in result.new_text


def test_two_workers_side_by_side_choose_what_one_worker_chooses(tmp_path: Path) -> None:
    results = []
    for workers in (1, 2):
        project = tmp_path / f"shop-{workers}"
        shutil.copytree(SHOP, project)
        settings = Settings(refine=replace(RefineSettings(), workers=workers))
        with RepairSession(project, settings) as session:
            session.run_all()
            text = (project / "pkg" / "inventory.py").read_text()
            result = session.refine("pkg/inventory.py", "Stock.value", text, [TemplateProposer()], Budget(seconds=120, test_timeout=10))
            assert len(session.helpers) == workers - 1
        results.append(result)
    one, two = results
    assert (one.status, one.attempts, one.new_text, one.evidence) == (two.status, two.attempts, two.new_text, two.evidence)


def test_two_workers_run_a_baseline_of_two_test_files_side_by_side(tmp_path: Path) -> None:
    # Each test prints when it started and ended: on two workers the two files' tests
    # run at the same time, and the baseline still holds every test's own result.
    (tmp_path / "calc.py").write_text("def double(x):\n    return x + x + 1\n")
    for name, value in (("a", 2), ("b", 3)):
        (tmp_path / f"test_{name}.py").write_text(
            "import time\nfrom calc import double\n\n\n"
            f"def test_{name}():\n    print('ran', time.time())\n    time.sleep(1)\n    print('ran', time.time())\n"
            f"    assert double({value}) == {2 * value}\n"
        )
    settings = Settings(refine=replace(RefineSettings(), workers=2))
    with RepairSession(tmp_path, settings) as session:
        session.run_all()
        text = (tmp_path / "calc.py").read_text()
        memory = JobMemory()
        job = RefineJob("calc.py", text, "double", ["test_a.py::test_a", "test_b.py::test_b"], Budget(seconds=60, test_timeout=10))
        result = refine(job, session.shadow, session.runners(), [TemplateProposer()], memory=memory)

    assert result.status == "fixed" and "return x + x\n" in result.new_text, result.new_text
    baseline = memory.baseline
    assert baseline is not None and set(baseline.failed()) == {"test_a.py::test_a", "test_b.py::test_b"}
    (a_start, a_end), (b_start, b_end) = (
        [float(line.split()[1]) for line in baseline.results[n].output.splitlines() if line.startswith("ran ")]
        for n in ("test_a.py::test_a", "test_b.py::test_b")
    )
    assert a_start < b_end and b_start < a_end, "the two files' tests ran one after the other"


class _Scripted:
    """Offers the given function texts in order, and keeps the attempts the search makes."""

    name = "scripted"

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self.attempts: list[Attempt] = []

    def propose(self, context: ProposalContext) -> Iterator[Candidate]:
        self.attempts = context.attempts
        for number, text in enumerate(self.texts):
            yield Candidate(text, "scripted", f"candidate {number}", 0, 1)


def test_two_workers_start_the_next_candidate_while_a_slow_one_runs(tmp_path: Path) -> None:
    # Slow (within a candidate's time limit) and quick wrong candidates in turn, then the
    # fix. A freed worker takes the next candidate at once: the second slow one starts
    # while the first still runs, where a batch of two would wait for its slow one.
    (tmp_path / "calc.py").write_text("def double(x):\n    return x + x + 1\n")
    # Two test files: the baseline runs one on each worker, so both have started. Each
    # test takes 0.15 s, so a candidate's first check gets 1.5 s: the slow ones (0.8 s)
    # fit, with room for a quick one beside them on a loaded machine.
    for name, value in (("calc", 2), ("more", 5)):
        (tmp_path / f"test_{name}.py").write_text(
            f"import time\n\nfrom calc import double\n\n\ndef test_{name}():\n    time.sleep(0.15)\n    assert double({value}) == {2 * value}\n"
        )
    slow = "def double(x):\n    import time\n    print('ran', time.time())\n    time.sleep(0.8)\n    print('ran', time.time())\n    return 0\n"
    quick = "def double(x):\n    return {}\n"
    proposer = _Scripted([slow, quick.format(1), slow.replace("0\n", "-1\n"), quick.format(2), quick.format("x + x")])
    settings = Settings(refine=replace(RefineSettings(), workers=2))
    with RepairSession(tmp_path, settings) as session:
        session.run_all()
        text = (tmp_path / "calc.py").read_text()
        tests = ["test_calc.py::test_calc", "test_more.py::test_more"]
        job = RefineJob("calc.py", text, "double", tests, Budget(seconds=60, test_timeout=10))
        result = refine(job, session.shadow, session.runners(), [proposer])

    assert result.status == "fixed" and "return x + x\n" in result.new_text, result.message
    assert [a.candidate.description for a in proposer.attempts][:5] == [f"candidate {n}" for n in range(5)]
    (first_start, first_end), (second_start, second_end) = (
        [float(line.split()[1]) for line in proposer.attempts[n].failures[0].output.splitlines() if line.startswith("ran ")]
        for n in (0, 2)
    )
    assert second_start < first_end, "the second slow candidate waited for the first"


def test_a_split_keeps_each_test_file_in_one_part_and_the_run_order() -> None:
    tests = ["a.py::t1", "a.py::t2", "a.py::t3", "b.py::t1", "c.py::t1", "c.py::t2"]
    assert split_at_files(tests, 2) == [tests[:3], tests[3:]]
    assert split_at_files(tests, 1) == [tests]
    assert split_at_files(["a.py::t1", "a.py::t2"], 2) == [["a.py::t1", "a.py::t2"]]
    assert split_at_files([], 2) == []


def test_of_edits_that_all_pass_the_one_that_changes_least_on_varied_arguments_wins(tmp_path: Path) -> None:
    # `pow(exponent, base) - 1` passes the one test too, but changes every result; swapping
    # the arguments changes only the results where they differ.
    (tmp_path / "maths.py").write_text("def power(base, exponent):\n    return pow(exponent, base)\n")
    (tmp_path / "test_maths.py").write_text("from maths import power\n\n\ndef test_cube():\n    assert power(2, 3) == 8\n")
    result = refine_once(tmp_path, "maths.py", "power")

    assert result.status == "fixed" and "return pow(base, exponent)" in result.new_text, result.new_text
    assert result.evidence.other_plausible >= 1
    assert any("behave differently" in reason for reason in result.evidence.weak)


def test_of_edits_that_all_pass_the_behaviour_several_of_them_reach_wins(tmp_path: Path) -> None:
    # `len(items) // n - 1` passes the one test and comes first; `len(items) - n` and
    # `(len(items) + 1) - n - 1` come later and agree with each other on every probe.
    (tmp_path / "lists.py").write_text("def nth_from_end(items, n):\n    return items[len(items) - n - 1]\n")
    (tmp_path / "test_lists.py").write_text(
        "from lists import nth_from_end\n\n\ndef test_last():\n    assert nth_from_end([1, 2, 3], 1) == 3\n"
    )
    result = refine_once(tmp_path, "lists.py", "nth_from_end")

    assert result.status == "fixed", result.message
    fixed = {"items[len(items) - n]", "items[(len(items) + 1) - n - 1]"}
    assert any(text in result.new_text for text in fixed), result.new_text


@pytest.mark.parametrize(("kept_calls", "weak"), [({1: 5}, True), ({1: 5, 2: 5, 10: 9}, False)])
def test_a_fix_backed_by_fewer_than_three_recorded_calls_is_weak(tmp_path: Path, kept_calls: dict[int, int], weak: bool) -> None:
    (tmp_path / "shipping.py").write_text("def shipping(weight):\n    return 5 if weight < 3 else 9\n")
    checks = "".join(f"    assert shipping({weight}) == {price}\n" for weight, price in kept_calls.items())
    (tmp_path / "test_shipping.py").write_text(
        "from shipping import shipping\n\n\n"
        f"def test_known_prices():\n{checks}\n\n"
        "def test_three_kilos_is_light():\n    assert shipping(3) == 5\n"
    )
    result = refine_once(tmp_path, "shipping.py", "shipping")

    assert result.status == "fixed", result.message
    assert result.evidence.calls_recorded == len(kept_calls)
    too_few = any("too few to tell" in reason for reason in result.evidence.weak)
    assert too_few == weak, result.evidence.weak


def test_of_two_edits_that_pass_the_one_that_keeps_padded_text_working_wins(tmp_path: Path) -> None:
    # `split(" ")` passes too, but breaks on text with stray spaces, which the guard leaves alone.
    (tmp_path / "names.py").write_text("def last_name(full):\n    return full.split()[-1]\n")
    (tmp_path / "test_names.py").write_text(
        "from names import last_name\n\n\n"
        "def test_two_words():\n    assert last_name('Ada Lovelace') == 'Lovelace'\n\n\n"
        "def test_nothing():\n    assert last_name('') == ''\n"
    )
    result = refine_once(tmp_path, "names.py", "last_name")

    assert result.status == "fixed" and "if not full:" in result.new_text, result.new_text
    assert 'split(" ")' not in result.new_text


def test_of_edits_that_pass_the_one_that_keeps_the_kind_of_result_wins(tmp_path: Path) -> None:
    # `return 1`, `return numbers` and `return True` all make the failing test pass; only
    # the last returns a boolean, as the function does everywhere else.
    (tmp_path / "parity.py").write_text(
        "def all_even(numbers):\n    for n in numbers:\n        if n % 2:\n            return False\n    return False\n"
    )
    (tmp_path / "test_parity.py").write_text(
        "from parity import all_even\n\n\n"
        "def test_evens():\n    assert all_even([2, 4])\n\n\n"
        "def test_an_odd_one():\n    assert not all_even([1, 2])\n"
    )
    result = refine_once(tmp_path, "parity.py", "all_even")

    assert result.status == "fixed" and result.new_text.endswith("    return True\n"), result.new_text


@pytest.mark.parametrize(
    ("message", "expected"),
    [("Failed: DID NOT RAISE ValueError", "ValueError"), ("Failed: DID NOT RAISE <class 'bank.errors.Overdrawn'>", "Overdrawn")],
)
def test_the_exception_a_test_expected_is_read_from_pytest_s_report(message: str, expected: str) -> None:
    failures = [TestResult("t::overdraw", "failed", message=message), TestResult("t::other", "failed", message="assert 1 == 2")]
    assert expected_exceptions(failures) == (expected,)


def test_the_exceptions_that_ended_failing_tests_and_those_the_tests_expect_are_read() -> None:
    failures = [
        TestResult("t::a", "failed", message="ValueError: invalid literal for int() with base 10: 'x'"),
        TestResult("t::b", "failed", message="shop.errors.OutOfStock"),
        TestResult("t::c", "failed", message="assert 1 == 2"),
        TestResult("t::d", "failed", message="Failed: DID NOT RAISE KeyError"),
    ]
    assert escaped_exceptions(failures) == ("ValueError", "OutOfStock")
    sources = ["with pytest.raises(ConfigError):\n    load()", "with raises((KeyError, errors.Missing), match='x'):"]
    assert exceptions_tests_expect(sources) == ("ConfigError", "KeyError", "Missing")


def test_a_value_error_in_a_loop_is_fixed_by_skipping_what_raised(tmp_path: Path) -> None:
    (tmp_path / "tally.py").write_text(
        "def tally(words):\n    total = 0\n    for word in words:\n        total += int(word)\n    return total\n"
    )
    (tmp_path / "test_tally.py").write_text(
        "from tally import tally\n\n\n"
        "def test_numbers():\n    assert tally(['1', '2']) == 3\n\n\n"
        "def test_words_are_skipped():\n    assert tally(['1', 'two', '3']) == 4\n"
    )
    result = refine_once(tmp_path, "tally.py", "tally")

    assert result.status == "fixed", result.message
    assert "        try:\n            total += int(word)\n        except ValueError:\n" in result.new_text, result.new_text
    # Ignoring an exception is sometimes right, and often how a patch hides a bug: the report says so.
    assert any("caught and ignored" in reason for reason in result.evidence.weak), result.evidence.weak


def test_a_handler_of_every_exception_is_narrowed_to_what_the_code_it_guards_raises(tmp_path: Path) -> None:
    # `except Exception` also swallows the Duplicate a test expects; parse() raises ValueError.
    (tmp_path / "parsing.py").write_text(
        "def parse(line):\n    name, _, qty = line.partition(',')\n    if not qty.strip().isdigit():\n"
        "        raise ValueError(f'no quantity in {line!r}')\n    return name.strip(), int(qty)\n"
    )
    (tmp_path / "stock.py").write_text(
        "from parsing import parse\n\n\nclass Duplicate(Exception):\n    pass\n\n\n"
        "def load(lines):\n    stock, bad = {}, []\n    for line in lines:\n        try:\n"
        "            name, qty = parse(line)\n            if name in stock:\n                raise Duplicate(name)\n"
        "            stock[name] = qty\n        except Exception:\n            bad.append(line)\n    return stock, bad\n"
    )
    (tmp_path / "test_stock.py").write_text(
        "import pytest\n\nfrom stock import Duplicate, load\n\n\n"
        "def test_lines_are_loaded():\n    assert load(['nails, 40', 'screws, 12']) == ({'nails': 40, 'screws': 12}, [])\n\n\n"
        "def test_a_bad_line_is_set_aside():\n    assert load(['nails, 40', 'screws']) == ({'nails': 40}, ['screws'])\n\n\n"
        "def test_a_name_twice_stops_the_load():\n    with pytest.raises(Duplicate):\n        load(['nails, 40', 'nails, 2'])\n"
    )
    result = refine_once(tmp_path, "stock.py", "load")

    assert result.status == "fixed", result.message
    assert "        except ValueError:\n            bad.append(line)\n" in result.new_text, result.new_text


def test_a_suspect_refined_for_another_function_s_failures_is_judged_by_them(
    session: RepairSession, report: TestReport
) -> None:
    text = (session.root / "pkg" / "inventory.py").read_text()
    elsewhere = f"{TESTS}::test_rate_is_read"  # fails in module code: not one of add's tests
    assert elsewhere not in session.judging_tests("pkg/inventory.py", "Stock.add", text)
    result = session.refine(
        "pkg/inventory.py", "Stock.add", text, [TemplateProposer()], Budget(seconds=10, test_timeout=5), failing=[elsewhere]
    )
    assert result.tests_before[elsewhere] == "failed"
    assert result.status != "fixed"  # no edit of add makes module code pass


def test_a_method_of_a_class_made_at_import_is_fixed(tmp_path: Path) -> None:
    # The class is made when the module is imported: a candidate must be imported with it,
    # not swapped into a function that has already run.
    (tmp_path / "flags.py").write_text(
        "def make_flag(name):\n"
        "    class Flag:\n"
        "        def __bool__(self):\n            return True\n\n"
        "        def __repr__(self):\n            return name\n\n"
        "    return Flag()\n\n\n"
        "MISSING = make_flag('MISSING')\n"
    )
    (tmp_path / "test_flags.py").write_text(
        "from flags import MISSING\n\n\n"
        "def test_missing_is_false():\n    assert not MISSING\n\n\n"
        "def test_missing_says_its_name():\n    assert repr(MISSING) == 'MISSING'\n"
    )
    with RepairSession(tmp_path, Settings()) as session:
        session.run_all()
        text = (tmp_path / "flags.py").read_text()
        result = session.refine("flags.py", "make_flag.<locals>.Flag.__bool__", text, [TemplateProposer()], Budget(seconds=60, test_timeout=10))

    assert result.status == "fixed", result.message
    assert "return False" in result.new_text


def test_tests_imported_once_keep_both_workers_alive_and_still_judge_the_candidates(tmp_path: Path) -> None:
    # `_calc_total` is reached only through the object holding it (its class deletes it).
    # Each job's tests are imported once by each worker; the second job's are other files,
    # so both workers start again, and every candidate is still what runs.
    (tmp_path / "stats.py").write_text(
        "class Lazy:\n"
        "    def __init__(self, func):\n        self.func = func\n\n"
        "    def __get__(self, obj, owner=None):\n        return self.func(obj)\n\n\n"
        "class Stats:\n"
        "    def __init__(self, data):\n        self.data = data\n\n"
        "    def count(self):\n        return len(self.data) + 1\n\n"
        "    def _calc_total(self):\n        return sum(self.data) - 1\n"
        "    total = Lazy(_calc_total)\n\n\n"
        "del Stats._calc_total\n"
    )
    (tmp_path / "test_count.py").write_text("from stats import Stats\n\n\ndef test_count():\n    assert Stats([1, 2]).count() == 2\n")
    (tmp_path / "test_total.py").write_text(
        "from stats import Stats\n\n\n"
        "def test_total():\n    assert Stats([1, 2]).total == 3\n\n\n"
        "def test_total_of_one():\n    assert Stats([4]).total == 4\n"
    )
    settings = Settings(refine=replace(RefineSettings(), workers=2))
    budget = Budget(seconds=60, test_timeout=10)
    with RepairSession(tmp_path, settings) as session:
        session.run_all()
        text = (tmp_path / "stats.py").read_text()
        session.refine("stats.py", "Stats.count", text, [TemplateProposer()], budget)
        result = session.refine("stats.py", "Stats._calc_total", text, [TemplateProposer()], budget)
        workers = [runner.worker_pid for runner in [session.runner, *session.helpers]]

        assert result.status == "fixed" and "return sum(self.data)\n" in result.new_text, result.new_text
        # A worker started from a thread that ended would have died with it (the sandbox's parent-death signal).
        assert len(workers) == 2 and all(pid is not None and process_alive(pid) for pid in workers)


def test_of_edits_that_pass_the_one_that_reads_the_object_s_state_right_wins(tmp_path: Path) -> None:
    # `items[1]` passes the test on two items too; on the object's items cut to one it raises,
    # where `items[-1]`, like the original, returns.
    (tmp_path / "stack.py").write_text(
        "class Stack:\n"
        "    def __init__(self):\n        self.items = []\n\n"
        "    def push(self, item):\n        self.items.append(item)\n\n"
        "    def peek(self):\n        return self.items[0]\n"
    )
    (tmp_path / "test_stack.py").write_text(
        "from stack import Stack\n\n\n"
        "def test_peek_shows_the_last_pushed():\n"
        "    stack = Stack()\n    stack.push('a')\n    stack.push('b')\n    assert stack.peek() == 'b'\n"
    )
    result = refine_once(tmp_path, "stack.py", "Stack.peek")

    assert result.status == "fixed" and "return self.items[-1]\n" in result.new_text, result.new_text


def test_candidates_that_loop_forever_cost_little_of_the_budget(tmp_path: Path) -> None:
    # `i *= 2`, `i //= 2`, `i %= 2` keep i at 0: each loops until its test is stopped. A
    # candidate's test gets ten times what the tests took before (at least a second), not
    # the 20 s limit, or two of them would spend the budget before `i += 1` is tried.
    (tmp_path / "words.py").write_text(
        "def count_spaces(text):\n    count = 0\n    i = 0\n    while i < len(text):\n"
        "        if text[i] == ' ':\n            count += 1\n        i += 2\n    return count\n"
    )
    (tmp_path / "test_words.py").write_text(
        "from words import count_spaces\n\n\n"
        "def test_two_spaces():\n    assert count_spaces('a b c') == 2\n\n\n"
        "def test_odd_places():\n    assert count_spaces('ab c') == 1\n"
    )
    result = refine_once(tmp_path, "words.py", "count_spaces", Budget(seconds=30, test_timeout=20))

    assert result.status == "fixed" and "        i += 1\n" in result.new_text, (result.message, result.new_text)


def test_an_escaped_error_is_turned_into_the_expected_one_wherever_it_can_arise(tmp_path: Path) -> None:
    # The test expects ParseError for an operator short of one operand; IndexError escapes.
    # Wrapping only `left = stack.pop()` passes too, but an operator with no operand at all
    # would still raise IndexError: of the edits that pass, the one that turns IndexError
    # into ParseError on more variations of the tests' calls wins.
    (tmp_path / "rpn.py").write_text(
        "class ParseError(Exception):\n    pass\n\n\n"
        "def evaluate(tokens):\n"
        "    stack = []\n"
        "    for token in tokens:\n"
        "        if token.isdigit():\n"
        "            stack.append(int(token))\n"
        "            continue\n"
        "        right = stack.pop()\n"
        "        left = stack.pop()\n"
        "        stack.append(left + right if token == '+' else left - right)\n"
        "    return stack.pop()\n"
    )
    (tmp_path / "test_rpn.py").write_text(
        "import pytest\n\nfrom rpn import ParseError, evaluate\n\n\n"
        "def test_sum():\n    assert evaluate(['2', '3', '+']) == 5\n\n\n"
        "def test_an_operand_short():\n    with pytest.raises(ParseError):\n        evaluate(['2', '+'])\n"
    )
    result = refine_once(tmp_path, "rpn.py", "evaluate", Budget(seconds=60, test_timeout=10))

    assert result.status == "fixed", result.message
    namespace: dict = {}
    exec(compile(result.new_text, "rpn.py", "exec"), namespace)
    with pytest.raises(namespace["ParseError"]):
        namespace["evaluate"](["+"])


WINDOWS = (
    "def pairs(values):\n"
    "    return windows(values, 3)\n\n\n"
    "def windows(values, size):\n"
    "    found = []\n"
    "    start = 0\n"
    "    while start + size <= len(values):\n"
    "        chunk = values[start : start + size]\n"
    "        first, second = chunk\n"
    "        found.append((first, second))\n"
    "        start = start + 1\n"
    "    return found\n"
)


def test_a_failure_blamed_on_the_wrong_function_is_fixed_in_its_suspect_after_a_glance(tmp_path: Path) -> None:
    # The unpacking fails in `windows`, the innermost frame; the bug is the size `pairs` passes.
    (tmp_path / "windows.py").write_text(WINDOWS)
    (tmp_path / "test_windows.py").write_text(
        "from windows import pairs\n\n\ndef test_pairs():\n    assert pairs([1, 2, 3]) == [(1, 2), (2, 3)]\n"
    )
    events: list[tuple[str, Progress | None]] = []
    report = fix_project(tmp_path, FixOptions(budget=Budget(seconds=120, test_timeout=10)), [TemplateProposer()],
                         lambda what, progress: events.append((what, progress)))

    assert report.status == "passed", report.message
    assert "return windows(values, 2)" in report.fixed_texts["windows.py"]
    reached = next(i for i, (what, _) in enumerate(events) if what.startswith("refining pairs"))
    tried_first = [p.candidates for what, p in events[:reached] if what == "windows" and p is not None]
    # The blamed function had more edits to try than a glance, and got only a glance first.
    assert tried_first and max(tried_first) == GLANCE


VANS = (
    "from dataclasses import dataclass\n\n\n"
    "@dataclass\nclass Van:\n    name: str\n    weight_kg: int\n    max_load_kg: int\n\n\n"
    "@dataclass\nclass Crate:\n    label: str\n    weight_kg: int\n\n\n"
    "def assign(crates, vans):\n"
    "    def can_carry(van, crate):\n"
    "        return van.weight_kg >= crate.weight_kg\n"
    "\n"
    "    used = set()\n"
    "    assigned = {}\n"
    "    for crate in crates:\n"
    "        assigned[crate.label] = None\n"
    "        for van in vans:\n"
    "            if van.name not in used and can_carry(van, crate):\n"
    "                used.add(van.name)\n"
    "                assigned[crate.label] = van.name\n"
    "                break\n"
    "    return assigned\n"
)
VAN_TESTS = (
    "from vans import Crate, Van, assign\n\n"
    "FLEET = [Van('small', 1500, 600), Van('large', 2500, 1200)]\n\n\n"
    "def test_each_crate_takes_the_first_free_van():\n"
    "    assert assign([Crate('books', 100), Crate('chairs', 200)], FLEET) == {'books': 'small', 'chairs': 'large'}\n\n\n"
    "def test_no_van_left():\n"
    "    assert assign([Crate('a', 10), Crate('b', 10), Crate('c', 10)], FLEET)['c'] is None\n\n\n"
    "def test_a_heavy_crate_skips_the_small_van():\n"
    "    assert assign([Crate('piano', 900)], FLEET) == {'piano': 'large'}\n"
)


def test_a_check_beside_the_helper_that_makes_it_yields_to_a_fix_of_the_helper(tmp_path: Path) -> None:
    # The test names `assign`, which is blamed, and a clause beside the helper passes there
    # within its glance (`and crate.weight_kg < van.max_load_kg`). The helper reads the van's
    # own weight for what it can carry: the fix is there, and the other vans' checks with it.
    (tmp_path / "vans.py").write_text(VANS)
    (tmp_path / "test_vans.py").write_text(VAN_TESTS)
    report = fix_project(tmp_path, FixOptions(budget=Budget(seconds=60, test_timeout=10)), [TemplateProposer()], lambda *_: None)

    assert report.status == "passed", report.message
    fixed = report.fixed_texts["vans.py"]
    assert "return van.max_load_kg >= crate.weight_kg" in fixed
    assert "if van.name not in used and can_carry(van, crate):" in fixed


GLANCE_BEFORE_THE_CLAUSE = 5


def test_a_suspect_whose_glance_goes_on_leaves_the_blamed_function_half_the_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # In the corpus's bikeshare project, a suspect's glance makes one failing test pass by
    # chance and goes on with a full search that fixes nothing. It took all the time left
    # (860 candidates); the blamed `rentable_bikes`, whose fix is a clause, got 1 s of 30.
    # Its clause now comes within the first glance's GLANCE candidates; a shorter glance
    # keeps the blamed function from finding it there, so that the suspect's glance comes.
    monkeypatch.setattr("greenfix.analysis.repair.project.GLANCE", GLANCE_BEFORE_THE_CLAUSE)
    bug = next(b for b in corpus_bugs() if b.id == "hd_bikeshare_rentable")
    project = user_copy(bug, tmp_path / "bikeshare")
    events: list[tuple[float, str]] = []
    budget = Budget(seconds=30, test_timeout=10, candidates=1000)
    started = time.monotonic()
    report = fix_project(project, FixOptions(budget=budget, started=started), [TemplateProposer()],
                         lambda what, _: events.append((time.monotonic(), what)))

    searches = [(at, what) for at, what in events if what.startswith("refining ")]
    assert searches[0][1].startswith("refining rentable_bikes") and "a suspect" in searches[1][1], searches
    suspect_started = searches[1][0]
    blamed_again = next(at for at, what in searches[2:] if what.startswith("refining rentable_bikes"))
    left_to_suspect = started + budget.seconds - suspect_started
    assert blamed_again - suspect_started <= left_to_suspect * 0.5 + 2, (searches, left_to_suspect)
    assert report.status == "passed", report.message
    assert "bike.battery >= min_battery" in report.fixed_texts["src/bikeshare/fleet.py"]


def test_a_second_search_of_a_function_repeats_neither_the_baseline_nor_the_candidates_a_glance_ran(tmp_path: Path) -> None:
    (tmp_path / "windows.py").write_text(WINDOWS.replace("windows(values, 3)", "windows(values, 2)").replace("start = 0", "start = 1"))
    (tmp_path / "test_windows.py").write_text(
        "from windows import windows\n\n\ndef test_windows():\n    assert windows([1, 2, 3], 2) == [(1, 2), (2, 3)]\n"
    )
    # Counts the runs of the test (baseline and candidates) in the shadow copy, where tests may write.
    (tmp_path / "conftest.py").write_text(
        "from pathlib import Path\n\n\n"
        "def pytest_runtest_call(item):\n"
        "    with open(Path(__file__).parent / 'runs.log', 'a') as log:\n        log.write(item.name + '\\n')\n"
    )
    text = (tmp_path / "windows.py").read_text()
    budget = Budget(seconds=60, test_timeout=10)
    # One worker: with two, the candidates started ahead of where a search stops run too,
    # and how many did depends on timing, not on what the search remembers.
    one_worker = Settings(refine=replace(RefineSettings(), workers=1))
    with RepairSession(tmp_path, one_worker) as session:

        def refine_counting_runs(glance: int = 0) -> tuple[RefineResult, int]:
            before = len(runs.read_text().splitlines())
            result = session.refine("windows.py", "windows", text, [TemplateProposer()], budget, glance=glance)
            return result, len(runs.read_text().splitlines()) - before

        session.run_all()
        runs = session.shadow.root / "runs.log"
        glanced, _ = refine_counting_runs(glance=2)
        searched, ran = refine_counting_runs()
        session.run_all()  # the files may have changed: what candidates gave is forgotten
        afresh, ran_afresh = refine_counting_runs()

    assert glanced.status == "unfixed" and glanced.attempts == 2
    assert searched.status == afresh.status == "fixed", searched.message
    assert "    start = 0\n" in searched.new_text
    assert (searched.new_text, searched.attempts) == (afresh.new_text, afresh.attempts)
    assert ran == ran_afresh - 1 - 2  # its baseline run of the test and the two candidates


def test_a_test_that_hung_in_the_run_of_every_test_is_not_waited_for_again_before_the_first_candidate(tmp_path: Path) -> None:
    (tmp_path / "steps.py").write_text("def steps(n):\n    count = 0\n    while n != 0:\n        n -= 2\n        count += 1\n    return count\n")
    (tmp_path / "test_steps.py").write_text(
        "from steps import steps\n\n\ndef test_even():\n    assert steps(4) == 2\n\n\ndef test_odd():\n    assert steps(3) == 2\n"
    )
    (tmp_path / "conftest.py").write_text(
        "from pathlib import Path\n\n\n"
        "def pytest_runtest_call(item):\n"
        "    with open(Path(__file__).parent / 'runs.log', 'a') as log:\n        log.write(item.name + '\\n')\n"
    )
    text = (tmp_path / "steps.py").read_text()
    settings = Settings(refine=replace(RefineSettings(), test_timeout=2.0))
    with RepairSession(tmp_path, settings) as session:
        report = session.run_all()
        runs = session.shadow.root / "runs.log"
        before = runs.read_text().splitlines()
        # No proposer: the job runs its baseline and stops.
        result = session.refine("steps.py", "steps", text, [], Budget(seconds=60, test_timeout=2.0))
        during = runs.read_text().splitlines()[len(before):]
        # A fix written since (here, the same text) may have changed what hangs: it is run again.
        session.write("steps.py", text)
        session.refine("steps.py", "steps", text, [], Budget(seconds=60, test_timeout=2.0))
        after_a_write = runs.read_text().splitlines()[len(before) + len(during):]

    assert report.run.results["test_steps.py::test_odd"].outcome == "timeout"
    assert result.tests_before == {"test_steps.py::test_even": "passed", "test_steps.py::test_odd": "timeout"}
    assert during == ["test_even"]
    assert after_a_write == ["test_even", "test_odd"]


def test_a_test_that_hangs_is_blamed_on_the_loop_not_on_the_helper_the_clock_stopped_it_in(tmp_path: Path) -> None:
    # The loop never passes 31 August; nearly all its time goes into `in_season`, which has
    # no loop and cannot be what hangs.
    (tmp_path / "rounds.py").write_text(
        "from datetime import date, timedelta\n\n\n"
        "def in_season(day):\n    sum(range(200_000))\n    return (3, 1) <= (day.month, day.day) <= (8, 31)\n\n\n"
        "def cut_dates(first, until, weeks):\n    cuts = []\n    day = first\n    while day <= until:\n"
        "        if in_season(day):\n            day = date(day.year, 8, 31)\n            continue\n"
        "        cuts.append(day)\n        day += timedelta(weeks=weeks)\n    return cuts\n"
    )
    (tmp_path / "test_rounds.py").write_text(
        "from datetime import date\n\nfrom rounds import cut_dates\n\n\n"
        "def test_winter():\n    assert cut_dates(date(2025, 1, 6), date(2025, 2, 3), 2) == [date(2025, 1, 6), date(2025, 1, 20), date(2025, 2, 3)]\n\n\n"
        "def test_summer_waits():\n    assert cut_dates(date(2025, 8, 1), date(2025, 9, 2), 4) == [date(2025, 9, 1)]\n"
    )
    settings = Settings(refine=replace(RefineSettings(), test_timeout=2.0))
    with RepairSession(tmp_path, settings) as session:
        report = session.run_all()
    verdict = report.verdicts["test_rounds.py::test_summer_waits"]
    assert report.run.results["test_rounds.py::test_summer_waits"].outcome == "timeout"
    assert verdict.blame is not None and verdict.blame.qualname == "cut_dates", verdict
    assert "in_season" in [other.qualname for other in verdict.others]


def behaviour(text: str, function: str, calls: list[tuple]) -> list:
    """What a fixed module's function returns on calls the tests never made."""
    scope: dict = {}
    exec(compile(text, "<fixed>", "exec"), scope)
    return [scope[function](*arguments) for arguments in calls]


def test_a_two_edit_bug_in_one_test_is_fixed_from_the_edit_that_passes_more_of_its_assertions(tmp_path: Path) -> None:
    # One test, so no single edit makes a test pass; `>= 90` gets past the first assertion.
    (tmp_path / "grades.py").write_text(
        "def letter(score):\n    if score > 90:\n        return 'A'\n    if score > 80:\n        return 'B'\n    return 'C'\n"
    )
    (tmp_path / "test_grades.py").write_text(
        "from grades import letter\n\n\ndef test_band_edges():\n    assert letter(90) == 'A'\n    assert letter(80) == 'B'\n"
    )
    result = refine_once(tmp_path, "grades.py", "letter")

    assert result.status == "fixed", result.message
    assert behaviour(result.new_text, "letter", [(100,), (90,), (85,), (80,), (79,), (0,)]) == ["A", "A", "B", "B", "C", "C"]


def test_a_two_edit_bug_is_fixed_from_the_edits_whose_numbers_come_nearest(tmp_path: Path) -> None:
    # Both operators are wrong; `-` -> `+` alone brings the total nearest 17 (12), though
    # other edits change the failure first.
    (tmp_path / "shop.py").write_text("def total_cost(price, quantity, shipping):\n    return shipping - price + quantity\n")
    (tmp_path / "test_shop.py").write_text("from shop import total_cost\n\n\ndef test_total():\n    assert total_cost(3, 4, 5) == 17\n")
    result = refine_once(tmp_path, "shop.py", "total_cost")

    assert result.status == "fixed", result.message
    assert behaviour(result.new_text, "total_cost", [(2, 10, 0), (0, 7, 4), (5, 1, 1)]) == [20, 4, 6]
    # The report names both edits, the first round's and the one built on it.
    assert result.description.count("` -> `") == 2, result.description


def test_a_two_edit_bug_whose_tests_each_need_one_edit_is_fixed_from_either(tmp_path: Path) -> None:
    # The bonus is subtracted and the board is sorted lowest first: each visible test but
    # one needs one of the two edits.
    (tmp_path / "board.py").write_text(
        "def leaderboard(scores):\n"
        "    totals = {}\n"
        "    for name, points, bonus in scores:\n"
        "        totals[name] = totals.get(name, 0) + points - bonus\n"
        "    return sorted(totals.items(), key=lambda pair: pair[1])\n"
    )
    (tmp_path / "test_board.py").write_text(
        "from board import leaderboard\n\n\n"
        "def test_a_bonus_counts():\n    assert leaderboard([('ann', 3, 2)]) == [('ann', 5)]\n\n\n"
        "def test_best_first():\n    assert [n for n, _ in leaderboard([('ann', 1, 0), ('bob', 5, 0)])] == ['bob', 'ann']\n\n\n"
        "def test_board():\n    assert leaderboard([('ann', 1, 0), ('bob', 5, 1), ('ann', 2, 2)]) == [('bob', 6), ('ann', 5)]\n"
    )
    result = refine_once(tmp_path, "board.py", "leaderboard")

    assert result.status == "fixed", result.message
    board = [("cy", 2, 2), ("di", 0, 1), ("cy", 1, 0), ("ed", 9, 0)]
    assert behaviour(result.new_text, "leaderboard", [(board,), ([],)]) == [[("ed", 9), ("cy", 5), ("di", 1)], []]


def test_a_two_edit_bug_is_fixed_by_joining_the_halves_that_each_fix_other_tests(tmp_path: Path) -> None:
    # In the corpus's tutoring project, rounding to the nearest quarter hour (not up) fails
    # one test and charging a cancellation made exactly 24 hours ahead fails another. Many
    # chance edits also make one of them pass, and rank before `math.ceil` as a base for
    # a second edit.
    bug = next(b for b in corpus_bugs() if b.id == "hv_tutoring_session_charges")
    project = user_copy(bug, tmp_path / "tutoring")
    result = refine_once(project, bug.target_path, bug.qualname)

    assert result.status == "fixed", result.message
    assert result.new_text == (bug.folder / "reference" / bug.target_path).read_text()


def test_edits_that_look_wrong_do_not_end_the_search_for_one_that_does_not(tmp_path: Path) -> None:
    # In the corpus's textkit project, `- 1` -> `* 1` and `1` -> `0` pass the tests first,
    # more than the search's extra candidates before the plain fix: identities must not end it.
    bug = next(b for b in corpus_bugs() if b.id == "textkit_truncate")
    project = user_copy(bug, tmp_path / "textkit")
    result = refine_once(project, "src/textkit/strings.py", "truncate")

    assert result.status == "fixed", result.message
    assert "    return text[: width - len(suffix)] + suffix\n" in result.new_text


def test_a_test_that_fails_on_a_none_blames_the_function_that_promised_a_value_and_returned_none(tmp_path: Path) -> None:
    write_project(tmp_path, {
        "timers.py": '''\
            from typing import Callable


            class Timers:
                def __init__(self) -> None:
                    self._pending: dict[str, float] = {}

                def start(self, name: str, seconds: float) -> Callable[[], None]:
                    self._pending[name] = seconds

                    def cancel() -> None:
                        self._pending.pop(name, None)

                def start_and_cancel(self, name: str) -> None:
                    def cancel_soon() -> None:
                        stop()

                    stop = self.start(name, 0.0)
                    cancel_soon()

                def pending(self) -> list[str]:
                    return sorted(self._pending)
        ''',
        "test_timers.py": '''\
            from timers import Timers


            def test_started_timers_are_pending():
                timers = Timers()
                timers.start("tea", 180)
                assert timers.pending() == ["tea"]


            def test_a_cancelled_timer_is_not_pending():
                timers = Timers()
                stop = timers.start("tea", 180)
                stop()
                assert timers.pending() == []


            def test_start_and_cancel():
                timers = Timers()
                timers.start_and_cancel("egg")
                assert timers.pending() == []
        ''',
    })
    with RepairSession(tmp_path, Settings()) as session:
        report = session.run_all()
    blamed = {nodeid: verdict.blame.qualname for nodeid, verdict in report.verdicts.items() if verdict.blame is not None}
    # One None is called in the test, one in a closure: both came from `start`.
    assert blamed == {
        "test_timers.py::test_a_cancelled_timer_is_not_pending": "Timers.start",
        "test_timers.py::test_start_and_cancel": "Timers.start",
    }
    closure = report.verdicts["test_timers.py::test_start_and_cancel"].others[0]
    assert closure.qualname == "Timers.start_and_cancel.<locals>.cancel_soon"


def test_a_raise_that_passes_on_a_check_s_answer_makes_the_check_the_first_suspect(tmp_path: Path) -> None:
    # `book` raises because `is_free` said no: the raise is in `book`, the bug (`<=` for
    # `<`: a stay may begin the night another ends) in `is_free`. The test's own line
    # names two other helpers, which came first as suspects: `is_free` was never searched.
    write_project(tmp_path, {
        "pitches.py": """\
            from dataclasses import dataclass


            class Taken(Exception):
                pass


            @dataclass
            class Stay:
                guest: str
                arrive: int
                leave: int


            def guest_name(text):
                return text.strip().title()


            def parse_night(text):
                return int(text.strip().lstrip("n"))


            class Site:
                def __init__(self):
                    self.stays = []

                def is_free(self, arrive, leave):
                    for stay in self.stays:
                        if stay.arrive < leave and arrive <= stay.leave:
                            return False
                    return True

                def book(self, guest, arrive, leave):
                    if leave <= arrive:
                        raise ValueError("a stay lasts a night at least")
                    if not self.is_free(arrive, leave):
                        raise Taken(f"nights {arrive}-{leave} are taken")
                    self.stays.append(Stay(guest, arrive, leave))
            """,
        "test_pitches.py": """\
            import pytest
            from pitches import Site, Taken, guest_name, parse_night


            def test_parse_night():
                assert parse_night(" n3 ") == 3


            def test_guest_name():
                assert guest_name(" ann lee") == "Ann Lee"


            def test_a_stay_after_another_is_booked():
                site = Site()
                site.book(guest_name("ann"), parse_night("n1"), parse_night("n3"))
                site.book(guest_name("bob"), parse_night("n3"), parse_night("n5"))
                assert [stay.guest for stay in site.stays] == ["Ann", "Bob"]


            def test_overlapping_stays_are_refused():
                site = Site()
                site.book("ann", 1, 4)
                with pytest.raises(Taken):
                    site.book("bob", 2, 6)
            """,
    })
    report = fix_project(tmp_path, FixOptions(budget=Budget(seconds=60, test_timeout=10)), [TemplateProposer()], lambda *_: None)
    fixed = [f for f in report.functions if f.status == "fixed"]
    assert [f.qualname for f in fixed] == ["Site.is_free"], report.message
    assert "if stay.arrive < leave and arrive < stay.leave:" in fixed[0].new_text


def test_a_raise_that_tests_nothing_but_another_function_s_answer_blames_that_function_first(tmp_path: Path) -> None:
    # `reserve` raises what `refusal` answered: the bug (a projector asked for is refused
    # even in a room that has one) is in `refusal`. `reserve` also takes the room, and
    # `and not room.has_projector` beside its raise passes the tests as well: a patch
    # that ignores every other refusal for rooms with a projector.
    write_project(tmp_path, {
        "rooms.py": """\
            from dataclasses import dataclass


            class Refused(Exception):
                pass


            @dataclass
            class Room:
                seats: int
                has_projector: bool = False


            def refusal(room, people, needs_projector):
                if people > room.seats:
                    return "too small"
                if needs_projector:
                    return "no projector"
                return None


            def reserve(room, people, needs_projector=False):
                reason = refusal(room, people, needs_projector)
                if reason is not None:
                    raise Refused(reason)
                return f"{people} of {room.seats} seats"
            """,
        "test_rooms.py": """\
            import pytest
            from rooms import Refused, Room, reserve


            def test_a_room_fits_its_seats():
                assert reserve(Room(6), 4) == "4 of 6 seats"


            def test_a_small_room_is_refused():
                with pytest.raises(Refused):
                    reserve(Room(4), 5)


            def test_a_room_without_a_projector_is_refused_when_one_is_needed():
                with pytest.raises(Refused):
                    reserve(Room(8), 5, needs_projector=True)


            def test_a_room_with_a_projector_is_reserved_when_one_is_needed():
                assert reserve(Room(8, has_projector=True), 5, needs_projector=True) == "5 of 8 seats"
            """,
    })
    report = fix_project(tmp_path, FixOptions(budget=Budget(seconds=60, test_timeout=10)), [TemplateProposer()], lambda *_: None)
    fixed = [f for f in report.functions if f.status == "fixed"]
    assert [f.qualname for f in fixed] == ["refusal"], report.message
    assert "if needs_projector and not room.has_projector:" in fixed[0].new_text


def test_a_test_that_returned_a_wrong_value_is_blamed_on_the_function_another_test_s_raise_blames(tmp_path: Path) -> None:
    # `is_free` forgets that an appointment ends: one test sees `book` raise on its answer,
    # the other gets a wrong list from `free_vets`. Blamed apart (`is_free`, and `book` by
    # coverage), the search of `book` took the budget before `is_free` was reached.
    write_project(tmp_path, {
        "surgery.py": """\
            from dataclasses import dataclass


            class Taken(Exception):
                pass


            @dataclass
            class Appointment:
                vet: str
                pet: str
                start: int
                end: int


            class Surgery:
                def __init__(self, vets):
                    self.vets = list(vets)
                    self.diary = []

                def is_free(self, vet, start, end):
                    for appointment in self.diary:
                        if appointment.vet == vet and appointment.start < end:
                            return False
                    return True

                def free_vets(self, start, end):
                    return [vet for vet in self.vets if self.is_free(vet, start, end)]

                def book(self, vet, pet, start, end):
                    if end <= start:
                        raise ValueError("an appointment takes some time")
                    if not self.is_free(vet, start, end):
                        raise Taken(f"{vet} is busy")
                    appointment = Appointment(vet, pet, start, end)
                    self.diary.append(appointment)
                    return appointment
            """,
        "test_surgery.py": """\
            import pytest
            from surgery import Surgery, Taken


            def test_a_booking_is_in_the_diary():
                surgery = Surgery(["Ada"])
                surgery.book("Ada", "Rex", 9, 10)
                assert [a.pet for a in surgery.diary] == ["Rex"]


            def test_an_overlap_is_taken():
                surgery = Surgery(["Ada"])
                surgery.book("Ada", "Rex", 9, 11)
                with pytest.raises(Taken):
                    surgery.book("Ada", "Tom", 10, 12)


            def test_every_vet_is_free_on_an_empty_day():
                assert Surgery(["Ada", "Ben"]).free_vets(9, 10) == ["Ada", "Ben"]


            def test_an_appointment_may_start_when_another_ends():
                surgery = Surgery(["Ada"])
                surgery.book("Ada", "Rex", 9, 10)
                surgery.book("Ada", "Tom", 10, 11)
                assert len(surgery.diary) == 2


            def test_a_vet_is_free_again_after_an_appointment():
                surgery = Surgery(["Ada", "Ben"])
                surgery.book("Ada", "Rex", 9, 10)
                assert surgery.free_vets(11, 12) == ["Ada", "Ben"]
            """,
    })
    with RepairSession(tmp_path, Settings()) as session:
        verdicts = session.run_all().verdicts
    assert {nodeid: v.blame.qualname for nodeid, v in verdicts.items()} == {
        "test_surgery.py::test_an_appointment_may_start_when_another_ends": "Surgery.is_free",
        "test_surgery.py::test_a_vet_is_free_again_after_an_appointment": "Surgery.is_free",
    }
    report = fix_project(tmp_path, FixOptions(budget=Budget(seconds=60, test_timeout=10)), [TemplateProposer()], lambda *_: None)
    assert [f.qualname for f in report.functions if f.status == "fixed"] == ["Surgery.is_free"], report.message
    assert len(report.tests_after) == 5 and set(report.tests_after.values()) == {"passed"}, report.tests_after


def test_an_exception_that_got_through_a_caller_s_try_is_fixed_in_that_caller_s_handler(tmp_path: Path) -> None:
    # `rate` raises UnknownItem on purpose, three calls below `ring_all`, whose handler
    # puts aside what it cannot ring up but catches only ValueError.
    write_project(tmp_path, {
        "prices.py": """\
            class UnknownItem(KeyError):
                pass


            class Prices:
                def __init__(self, table):
                    self.table = table

                def rate(self, item):
                    if item not in self.table:
                        raise UnknownItem(item)
                    return self.table[item]

                def value(self, item, quantity):
                    return round(self.rate(item) * quantity, 2)
            """,
        "till.py": """\
            from prices import Prices, UnknownItem


            class Till:
                def __init__(self, prices):
                    self.prices = prices
                    self.rejected = []

                def ring(self, line):
                    item, quantity = line.split(",")
                    return self.prices.value(item.strip(), int(quantity))

                def ring_all(self, lines):
                    total = 0
                    for line in lines:
                        try:
                            total += self.ring(line)
                        except ValueError:
                            self.rejected.append(line)
                    return total
            """,
        "test_till.py": """\
            import pytest
            from prices import Prices, UnknownItem
            from till import Till

            PRICES = Prices({"tea": 1.5, "cake": 2.25})


            def test_ring_all():
                assert Till(PRICES).ring_all(["tea,2", "cake,1"]) == 5.25


            def test_an_unknown_item_raises():
                with pytest.raises(UnknownItem):
                    PRICES.rate("soap")


            def test_a_bad_quantity_is_put_aside():
                till = Till(PRICES)
                assert till.ring_all(["tea,x", "cake,2"]) == 4.5
                assert till.rejected == ["tea,x"]


            def test_an_unknown_item_is_put_aside():
                till = Till(PRICES)
                assert till.ring_all(["tea,1", "soap,2"]) == 1.5
                assert till.rejected == ["soap,2"]
            """,
    })
    report = fix_project(tmp_path, FixOptions(budget=Budget(seconds=60, test_timeout=10)), [TemplateProposer()], lambda *_: None)
    fixed = [f for f in report.functions if f.status == "fixed"]
    assert [f.qualname for f in fixed] == ["Till.ring_all"], report.message
    assert "except (ValueError, UnknownItem):" in fixed[0].new_text


def test_a_procedure_s_fix_is_chosen_by_what_it_changes_on_the_calls_of_passing_tests(tmp_path: Path) -> None:
    # `review` returns None: what it does is what it changes on the card. Counting a
    # lapse on every review passes the tests as well as counting it on a wrong answer
    # only, but changes the cards of the passing tests' right answers.
    write_project(tmp_path, {
        "cards.py": """\
            from dataclasses import dataclass

            LEECH = 2


            @dataclass
            class Card:
                front: str
                box: int = 1
                lapses: int = 0


            def review(card, correct):
                if correct:
                    card.box = min(card.box + 1, 5)
                else:
                    card.box = 1


            def leeches(cards):
                return [card.front for card in cards if card.lapses >= LEECH]
            """,
        "test_cards.py": """\
            from cards import Card, leeches, review


            def test_a_right_answer_moves_the_card_up():
                card = Card("chat")
                review(card, True)
                review(card, True)
                assert card.box == 3


            def test_a_wrong_answer_sends_it_back():
                card = Card("chien", box=4)
                review(card, False)
                assert card.box == 1


            def test_a_card_missed_twice_is_a_leech():
                card = Card("oiseau")
                review(card, False)
                review(card, False)
                assert leeches([card, Card("chat")]) == ["oiseau"]
            """,
    })
    found = refine_once(tmp_path, "cards.py", "review")
    assert found.status == "fixed", found.message
    assert "    else:\n        card.lapses += 1\n        card.box = 1\n" in found.new_text or (
        "    else:\n        card.box = 1\n        card.lapses += 1\n" in found.new_text
    ), found.new_text


def test_a_statement_the_tests_accept_in_two_places_goes_beside_the_check_it_serves(tmp_path: Path) -> None:
    # `seen.add(n)` passes the tests in the `else` branch the failing test takes and right
    # after the check (or at the end of the loop's body); only there does it also list a big
    # number once.
    write_project(tmp_path, {
        "sizes.py": """\
            def by_size(numbers):
                out = {"big": [], "small": []}
                seen = set()
                for n in numbers:
                    if n in seen:
                        continue
                    if n > 10:
                        out["big"].append(n)
                    else:
                        out["small"].append(n)
                return out
        """,
        "test_sizes.py": """\
            from sizes import by_size


            def test_sizes():
                assert by_size([20, 30]) == {"big": [20, 30], "small": []}


            def test_a_number_given_twice_is_listed_once():
                assert by_size([1, 1, 2, 20]) == {"big": [20], "small": [1, 2]}
        """,
    })
    result = refine_once(tmp_path, "sizes.py", "by_size")

    assert result.status == "fixed", result.message
    assert "\n        seen.add(n)\n" in result.new_text  # in the loop's body, for big numbers too


def test_a_clause_that_handles_the_value_a_failing_test_gives_is_chosen_over_one_that_happens_to_pass(tmp_path: Path) -> None:
    # The venue cancels on the day (0 hours before). `or not ticket.hours_before` passes the
    # tests too, but refunds a holder who cancels on the day; the test says "venue".
    write_project(tmp_path, {
        "tickets.py": """\
            from dataclasses import dataclass


            @dataclass
            class Ticket:
                holder: str
                price: float
                hours_before: int | None = None
                cancelled_by: str = ""


            def cancel(ticket, hours_before, by="holder"):
                ticket.hours_before = hours_before
                ticket.cancelled_by = by


            def refunds(tickets):
                due = []
                for ticket in tickets:
                    if ticket.hours_before is None:
                        continue
                    if ticket.hours_before >= 24:
                        due.append((ticket.holder, ticket.price))
                return due
            """,
        "test_tickets.py": """\
            from tickets import Ticket, cancel, refunds


            def test_cancelling_two_days_ahead_is_refunded():
                ticket = Ticket("Ana", 30.0)
                cancel(ticket, 48)
                assert refunds([ticket]) == [("Ana", 30.0)]


            def test_cancelling_late_is_not_refunded():
                ticket = Ticket("Ana", 30.0)
                cancel(ticket, 5)
                assert refunds([ticket]) == []


            def test_tickets_still_on_are_not_refunded():
                assert refunds([Ticket("Ana", 30.0), Ticket("Ben", 20.0)]) == []


            def test_the_venue_cancelling_on_the_day_refunds_everyone():
                ana, ben = Ticket("Ana", 30.0), Ticket("Ben", 20.0)
                cancel(ana, 0, by="venue")
                cancel(ben, 0, by="venue")
                assert refunds([ana, ben]) == [("Ana", 30.0), ("Ben", 20.0)]
            """,
    })
    report = fix_project(tmp_path, FixOptions(budget=Budget(seconds=60, test_timeout=10)), [TemplateProposer()], lambda *_: None)
    fixed = [f for f in report.functions if f.status == "fixed"]
    assert [f.qualname for f in fixed] == ["refunds"], report.message
    assert 'if ticket.hours_before >= 24 or ticket.cancelled_by == "venue":' in fixed[0].new_text, fixed[0].new_text


def test_a_second_key_becomes_a_tie_break_rather_than_a_clause_dropped(tmp_path: Path) -> None:
    # No test has two games of equal points, so dropping `game.minutes < best.minutes`
    # passes too; but a second key compared is there to break a tie.
    write_project(tmp_path, {
        "scores.py": """\
            from dataclasses import dataclass


            @dataclass
            class Game:
                player: str
                points: int
                minutes: int


            class Table:
                def __init__(self):
                    self.best = {}

                def record(self, game):
                    best = self.best.get(game.player)
                    if best is None or game.points > best.points or game.minutes < best.minutes:
                        self.best[game.player] = game
            """,
        "test_scores.py": """\
            from scores import Game, Table


            def test_a_first_game_is_the_best():
                table = Table()
                table.record(Game("ann", 40, 12))
                assert table.best["ann"] == Game("ann", 40, 12)


            def test_more_points_is_better():
                table = Table()
                table.record(Game("ann", 40, 12))
                table.record(Game("ann", 55, 20))
                assert table.best["ann"].points == 55


            def test_fewer_points_is_worse_however_quick():
                table = Table()
                table.record(Game("ann", 40, 12))
                table.record(Game("ann", 30, 8))
                assert table.best["ann"].points == 40
            """,
    })
    report = fix_project(tmp_path, FixOptions(budget=Budget(seconds=60, test_timeout=10)), [TemplateProposer()], lambda *_: None)
    fixed = [f for f in report.functions if f.status == "fixed"]
    assert [f.qualname for f in fixed] == ["Table.record"], report.message
    assert "or (game.points == best.points and game.minutes < best.minutes):" in fixed[0].new_text, fixed[0].new_text


HIVES = (
    "from dataclasses import dataclass\n\n"
    "LIVING = ('active', 'queenless')\n\n\n"
    "@dataclass\nclass Hive:\n    name: str\n    status: str = 'active'\n    checked: int = 0\n\n\n"
    "class Apiary:\n"
    "    def __init__(self, names):\n"
    "        self.hives = {name: Hive(name) for name in names}\n\n"
    "    def check(self, name, day):\n"
    "        self.hives[name].checked = day\n\n"
    "    def mark(self, name, status):\n"
    "        self.hives[name].status = status\n\n"
    "    def unite(self, weak, strong):\n"
    "        self.mark(weak, 'united')\n\n"
    "    def due(self, today):\n"
    "        names = []\n"
    "        for hive in self.hives.values():\n"
    "            overdue = hive.status == 'queenless' or today - hive.checked >= 7\n"
    "            if overdue:\n"
    "                names.append(hive.name)\n"
    "        return sorted(names)\n"
)
HIVE_TESTS = (
    "from hives import Apiary\n\n\n"
    "def test_every_hive_is_due_at_first():\n"
    "    assert Apiary(['Blue', 'Red']).due(7) == ['Blue', 'Red']\n\n\n"
    "def test_a_hive_checked_lately_is_not_due():\n"
    "    apiary = Apiary(['Blue', 'Red'])\n"
    "    apiary.check('Blue', 5)\n"
    "    assert apiary.due(8) == ['Red']\n\n\n"
    "def test_a_queenless_hive_is_always_due():\n"
    "    apiary = Apiary(['Blue'])\n"
    "    apiary.check('Blue', 5)\n"
    "    apiary.hives['Blue'].status = 'queenless'\n"
    "    assert apiary.due(6) == ['Blue']\n\n\n"
    "def test_a_united_hive_is_not_due():\n"
    "    apiary = Apiary(['Blue', 'Red'])\n"
    "    apiary.check('Blue', 2)\n"
    "    apiary.unite('Red', 'Blue')\n"
    "    assert apiary.due(9) == ['Blue']\n"
)


def test_a_function_named_on_the_failing_line_is_the_first_suspect_and_is_fixed(tmp_path: Path) -> None:
    # Only the failing test runs `unite` and `mark`, so Ochiai blames them first, then
    # `check`; the assertion reads `due`, which every test runs, and which forgot the hives
    # that are no colony any more.
    (tmp_path / "hives.py").write_text(HIVES)
    (tmp_path / "test_hives.py").write_text(HIVE_TESTS)
    with RepairSession(tmp_path, Settings()) as session:
        found = session.run_all().verdicts["test_hives.py::test_a_united_hive_is_not_due"]
    assert (found.blame.qualname, found.blame.how) == ("Apiary.unite", "coverage")
    assert found.others[0].qualname == "Apiary.due"

    report = fix_project(tmp_path, FixOptions(budget=Budget(seconds=60, test_timeout=10)), [TemplateProposer()], lambda *_: None)
    assert report.status == "passed", report.message
    assert "            if overdue and hive.status" in report.fixed_texts["hives.py"]


def test_a_fix_of_a_suspect_shape_does_not_end_the_search_for_one_of_a_better_shape(tmp_path: Path) -> None:
    # In the corpus's curling project, `or points > 1` (a count capped at the test's
    # number) passes first, more than the search's extra candidates before the stones
    # outside the house: `or not in_house(stone)`.
    bug = next(b for b in corpus_bugs() if b.id == "jf_curling_club_end_scores")
    project = user_copy(bug, tmp_path / "curling")
    result = refine_once(project, "scoring.py", "score_end")

    assert result.status == "fixed", result.message
    assert "        if stone.team != winner or not in_house(stone):\n" in result.new_text


VERGE = '''"""Turfing a road verge: strips of the same width either side of the road."""

import math
from dataclasses import dataclass

ROLL_SQM = 0.9
ROLL_PRICE = 4.5
SQM_PER_DAY = 40
DAY_RATE = 180.0


@dataclass(frozen=True)
class Verge:
    length: float
    width: float


@dataclass(frozen=True)
class Quote:
    rolls: int
    days: int
    price: float


def quote(verge: Verge) -> Quote:
    area = verge.length * verge.width
    rolls = int(area / ROLL_SQM)
    days = math.ceil(area / SQM_PER_DAY)
    return Quote(rolls, days, round(rolls * ROLL_PRICE + days * DAY_RATE, 2))
'''

VERGE_TESTS = '''from verge import Verge, quote


def test_days_cover_both_strips():
    assert quote(Verge(30, 1.5)).days == 3


def test_price():
    assert quote(Verge(30, 1.5)).price == 990.0


def test_rolls_for_an_exact_area():
    assert quote(Verge(12, 0.9)).rolls == 24


def test_part_of_a_roll_is_bought_whole():
    assert quote(Verge(25, 1.2)).rolls == 67
'''


def test_after_a_first_edit_the_second_is_sought_where_the_failing_assertion_looks(tmp_path: Path) -> None:
    # Two mistakes: one strip where there are two, and a part roll not bought whole. Both
    # strips make three tests pass; the last one asserts on `rolls`, so the second round
    # tries the line that sets `rolls` first, and finds `math.ceil` well within the
    # candidates (it took about 300 before, when every line weighed the same).
    (tmp_path / "verge.py").write_text(VERGE)
    (tmp_path / "test_verge.py").write_text(VERGE_TESTS)
    result = refine_once(tmp_path, "verge.py", "quote", Budget(seconds=120, test_timeout=10, candidates=150))

    assert result.status == "fixed", result.message
    assert "    area = 2 * verge.length * verge.width\n    rolls = math.ceil(area / ROLL_SQM)\n" in result.new_text


ROTA = (
    "class Rota:\n"
    "    def __init__(self, slots):\n"
    "        self.slots = {slot: [] for slot in slots}\n\n"
    "    def setup_slot(self, slot):\n"
    "        self.slots.setdefault(slot, [])\n\n"
    "    def open_slots(self, name):\n"
    "        return [slot for slot, names in self.slots.items() if len(names) < 2]\n\n"
    "    def take(self, name, slot):\n"
    "        if slot not in self.open_slots(name):\n"
    "            raise ValueError(f'{name} cannot take {slot}')\n"
    "        self.slots[slot].append(name)\n"
)
ROTA_TESTS = (
    "import pytest\n\nfrom rota import Rota\n\n\n"
    "def test_take():\n"
    "    rota = Rota(['am', 'pm'])\n"
    "    rota.setup_slot('eve')\n"
    "    rota.take('Ann', 'am')\n"
    "    assert rota.slots['am'] == ['Ann']\n\n\n"
    "def test_a_full_slot_is_refused():\n"
    "    rota = Rota(['am'])\n"
    "    rota.take('Ann', 'am')\n"
    "    rota.take('Bo', 'am')\n"
    "    with pytest.raises(ValueError):\n"
    "        rota.take('Cy', 'am')\n\n\n"
    "def test_a_slot_taken_twice_is_refused():\n"
    "    rota = Rota(['am'])\n"
    "    rota.setup_slot('pm')\n"
    "    rota.take('Ann', 'am')\n"
    "    with pytest.raises(ValueError):\n"
    "        rota.take('Ann', 'am')\n"
)


def test_a_raise_that_never_came_makes_the_function_its_condition_asks_the_first_suspect(tmp_path: Path) -> None:
    # `take` raises on what `open_slots` answers, and `open_slots` forgot the names a slot
    # already has. Ochiai blames `setup_slot`, which fewer passing tests run; the next
    # suspect is `open_slots`, before `take` and `__init__`.
    (tmp_path / "rota.py").write_text(ROTA)
    (tmp_path / "test_rota.py").write_text(ROTA_TESTS)
    with RepairSession(tmp_path, Settings()) as session:
        found = session.run_all().verdicts["test_rota.py::test_a_slot_taken_twice_is_refused"]
    assert found.blame.qualname == "Rota.setup_slot"
    assert found.others[0].qualname == "Rota.open_slots"


def test_a_nested_helper_tied_with_the_function_around_it_is_blamed_first(tmp_path: Path) -> None:
    # Every test that runs `price_list` runs `unit_price`, and the tests can only name the
    # outer one: the helper, where the sum is worked, is blamed first.
    write_project(tmp_path, {
        "prices.py": '''
            def price_list(items, today):
                def unit_price(item):
                    age = item["made"] - today
                    if age > item["keeps"]:
                        return None
                    return item["cost"] * 2 if age < 2 else item["cost"]

                priced = {}
                for item in items:
                    price = unit_price(item)
                    if price is not None:
                        priced[item["name"]] = price
                return priced
        ''',
        "test_prices.py": '''
            from prices import price_list

            def test_fresh_bread_is_dear():
                assert price_list([{"name": "loaf", "made": 9, "keeps": 3, "cost": 2}], 10) == {"loaf": 4}

            def test_stale_bread_is_not_sold():
                assert price_list([{"name": "loaf", "made": 5, "keeps": 3, "cost": 2}], 10) == {}

            def test_a_bun_baked_today():
                assert price_list([{"name": "bun", "made": 10, "keeps": 2, "cost": 1}], 10) == {"bun": 2}
        ''',
    })
    with RepairSession(tmp_path, Settings()) as session:
        found = session.run_all().verdicts["test_prices.py::test_stale_bread_is_not_sold"]
    assert (found.kind, found.blame.qualname) == ("function", "price_list.<locals>.unit_price")


def test_a_two_edit_fix_is_sought_when_every_one_edit_fix_has_a_suspect_shape(tmp_path: Path) -> None:
    # `or last > MEAN_LIMIT` passes both failing tests with one edit, but it compares the
    # last reading with the limit named for the mean. Both mistakes are partly fixed by
    # one edit each: joined, they pass with no suspect shape.
    write_project(tmp_path, {
        "gauge.py": '''
            LIMIT = 100  # one reading at or above this sounds the alarm
            MEAN_LIMIT = 50  # and so does a mean of the last three at or above this

            def alarm(readings):
                last = readings[-1]
                if last > LIMIT:
                    return True
                recent = readings[-3:]
                mean = sum(recent) / len(readings)
                return mean >= MEAN_LIMIT
        ''',
        "test_gauge.py": '''
            from gauge import alarm

            def test_a_reading_at_the_limit():
                assert alarm([1, 1, 100])

            def test_the_mean_is_of_the_last_three():
                assert alarm([0, 0, 0, 0, 0, 0, 0, 60, 60, 60])

            def test_quiet():
                assert not alarm([1, 2, 3]) and not alarm([10, 10, 10, 10])

            def test_loud():
                assert alarm([200]) and alarm([70, 70, 70])

            def test_one_loud_reading_among_quiet_ones():
                assert not alarm([90, 90, 10, 10, 10, 10])
        ''',
    })
    report = fix_project(tmp_path, FixOptions(budget=Budget(seconds=60, test_timeout=10)), [TemplateProposer()], lambda *_: None)
    assert report.status == "passed", report.message
    fixed = report.fixed_texts["gauge.py"]
    assert "if last >= LIMIT:" in fixed and "/ len(recent)" in fixed, fixed

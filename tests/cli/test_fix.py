"""`greenfix fix` as a user runs it: a real process on small projects whose tests
really run. Exit status, every report format, --write, --diff, and bad input."""

from __future__ import annotations

import json
import os
import pty
import re
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from tests.ci.projects import (
    GREENFIX,
    REPO,
    clean_environment,
    copy_example,
    git,
    git_repository,
    greenfix,
    snapshot,
    without_timings,
    write_project,
)

FIX_SCHEMA = json.loads((REPO / "schemas" / "fix-report.schema.json").read_text())
BUGGY_LINE = "    if quantity > 10:\n"
FIXED_LINE = "    if quantity >= 10:\n"


def fix_json(cwd: Path, *args: str) -> tuple[int, dict]:
    result = greenfix(cwd, "fix", "--format", "json", *args)
    assert result.stderr == "", result.stderr  # no traceback, no progress off a terminal
    report = json.loads(result.stdout)
    jsonschema.validate(report, FIX_SCHEMA)
    return result.returncode, report


@pytest.fixture
def discount(tmp_path: Path) -> Path:
    """The quick start example: `>` where `>=` belongs; no pyproject.toml."""
    return copy_example("discount", tmp_path / "discount")


def test_a_project_whose_tests_pass_exits_0(tmp_path: Path) -> None:
    write_project(tmp_path, {
        "calc.py": "def add(a, b):\n    return a + b\n",
        "test_calc.py": "from calc import add\n\ndef test_add():\n    assert add(2, 3) == 5\n",
    })
    result = greenfix(tmp_path, "fix")
    assert result.returncode == 0
    assert result.stdout.startswith("greenfix: all tests pass (")


def test_a_fix_is_reported_and_nothing_is_written_without_write(discount: Path) -> None:
    before = snapshot(discount)
    result = greenfix(discount, "fix")
    assert result.returncode == 1  # the failing tests remain in the files until the fix is written
    assert result.stdout.splitlines()[0].startswith("fixed     pricing.py::bulk_discount  (templates,")
    assert f"-{BUGGY_LINE}+{FIXED_LINE}" in result.stdout
    assert "greenfix: fixed 1 of 1 function(s); 2 of 2 failing test(s) now pass" in result.stdout
    assert snapshot(discount) == before


def test_a_fix_with_no_model_never_loads_the_openai_client(discount: Path) -> None:
    probe = (
        "import sys\n"
        "from greenfix.server.cli import main\n"
        "status = main(['fix'])\n"
        "print('STATUS', status, 'openai' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], cwd=discount, capture_output=True, text=True, timeout=120)
    assert "fixed     pricing.py::bulk_discount" in result.stdout, result.stderr[-2000:]
    assert result.stdout.splitlines()[-1] == "STATUS 1 False"


@pytest.mark.parametrize("tests", ["tests/test_pricing.py", "tests", "tests/test_pricing.py::test_ten_items_get_the_discount"])
def test_a_test_file_or_folder_as_path_names_the_tests_to_repair(discount: Path, tests: str) -> None:
    status, report = fix_json(discount, tests)
    assert status == 1 and report["message"].startswith("fixed 1 of 1 function(s)")
    (function,) = report["functions"]
    assert (function["path"], function["function"], function["status"]) == ("pricing.py", "bulk_discount", "fixed")
    ran = list(report["tests"]["before"])  # the tests named, and no others
    assert ran and all(test.startswith(tests) for test in ran)
    assert len(ran) == (1 if "::" in tests else 3)


def test_write_applies_the_fix_and_exits_0(discount: Path) -> None:
    pricing = discount / "pricing.py"
    pricing.chmod(0o640)
    expected = pricing.read_text().replace(BUGGY_LINE, FIXED_LINE)
    result = greenfix(discount, "fix", "--write")
    assert result.returncode == 0
    assert "wrote     pricing.py" in result.stdout
    assert pricing.read_text() == expected
    assert pricing.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in discount.iterdir()) == [".greenfix-expected.patch", "pricing.py", "tests"]
    assert greenfix(discount, "fix").stdout.startswith("greenfix: all tests pass")


def test_write_is_refused_for_a_file_that_changed_during_the_run(discount: Path) -> None:
    # A slow guard test keeps the run going after the function is chosen.
    (discount / "tests" / "test_slow.py").write_text("import time\n\ndef test_slow():\n    time.sleep(1.5)\n")
    pricing = discount / "pricing.py"
    controller, terminal = pty.openpty()  # progress is shown on a terminal only: it says when to edit
    process = subprocess.Popen(
        [*GREENFIX, "fix", "--write", "--format", "json"], cwd=discount, env=clean_environment(),
        stdout=subprocess.PIPE, stderr=terminal, text=True,
    )
    os.close(terminal)
    progress = b""
    while b"refining bulk_discount" not in progress:
        chunk = os.read(controller, 1024)
        assert chunk, f"greenfix ended before refining: {progress!r}"
        progress += chunk
    edited = pricing.read_text() + "# edited meanwhile\n"
    pricing.write_text(edited)
    stdout, _ = process.communicate(timeout=240)
    os.close(controller)
    report = json.loads(stdout)
    assert process.returncode == 1
    assert (report["written"], report["not_written"]) == ([], ["pricing.py"])
    assert "pricing.py was not written: it changed while greenfix was working on it" in report["notes"]
    assert pricing.read_text() == edited


def test_diff_applies_with_git_apply_from_the_repository_root(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    copy_example("discount", repo / "services" / "discount")
    git_repository(repo)
    result = greenfix(repo, "fix", "--project", "services/discount", "--diff")
    assert result.returncode == 1
    assert result.stdout.startswith("--- a/services/discount/pricing.py\n+++ b/services/discount/pricing.py\n")
    (repo / "greenfix.patch").write_text(result.stdout)
    git(repo, "apply", "greenfix.patch")
    pricing = (repo / "services" / "discount" / "pricing.py").read_text()
    assert FIXED_LINE in pricing and BUGGY_LINE not in pricing
    assert greenfix(repo, "fix", "--project", "services/discount").returncode == 0


def test_patch_file_keeps_a_last_line_without_a_line_break(tmp_path: Path) -> None:
    write_project(tmp_path, {"test_sign.py": "from sign import sign\n\ndef test_sign():\n    assert sign(-3) == -1\n"})
    (tmp_path / "sign.py").write_text("def sign(x):\n    return 1 if x > 0 else 0 if x == 0 else 1")
    git_repository(tmp_path)
    result = greenfix(tmp_path, "fix", "--patch", "fix.patch")
    assert result.returncode == 1
    assert "\\ No newline at end of file" in (tmp_path / "fix.patch").read_text()
    git(tmp_path, "apply", "fix.patch")
    assert greenfix(tmp_path, "fix").returncode == 0


def test_json_report_follows_its_schema_and_only_timings_vary(discount: Path) -> None:
    status, report = fix_json(discount)
    assert status == 1
    assert report["status"] == "passed" and report["project"] == "."
    (bulk,) = report["functions"]  # order_total's failing test runs bulk_discount too: one function to blame
    assert (bulk["function"], bulk["status"], bulk["line"], bulk["proposer"]) == ("bulk_discount", "fixed", 6, "templates")
    evidence = bulk["evidence"]
    assert evidence["tests_fixed"] == [
        "tests/test_pricing.py::test_order_total_applies_the_discount",
        "tests/test_pricing.py::test_ten_items_get_the_discount",
    ]
    assert (evidence["tests_kept"], evidence["calls_recorded"], evidence["calls_changed"]) == (1, 3, 0)
    assert report["tests"]["after"] == {
        "tests/test_pricing.py::test_order_total_applies_the_discount": "passed",
        "tests/test_pricing.py::test_small_orders_pay_full_price": "passed",
        "tests/test_pricing.py::test_ten_items_get_the_discount": "passed",
    }
    assert report["usage"]["candidates"] == bulk["attempts"] > 0
    assert report["budget"]["seconds"] == 120
    assert without_timings(fix_json(discount)[1]) == without_timings(report)


def test_budget_and_limits_come_from_flags_over_the_project_settings(discount: Path) -> None:
    (discount / "pyproject.toml").write_text("[tool.greenfix]\nbudget_seconds = 30\nmax_candidates = 40\ntestTimeout = 5\n")
    _, report = fix_json(discount, "--budget", "45", "--max-model-calls", "2")
    assert report["budget"] == {"seconds": 45, "candidates_per_function": 40, "model_calls": 2, "test_timeout": 5}


def test_help_and_docs_state_the_limits_a_run_without_settings_uses(discount: Path) -> None:
    _, report = fix_json(discount)
    used = report["budget"]
    stated = {"--budget": used["seconds"], "--max-model-calls": used["model_calls"],
              "--max-candidates": used["candidates_per_function"], "--test-timeout": used["test_timeout"]}
    help_text = " ".join(greenfix(discount, "fix", "--help").stdout.split())
    ci_doc = (REPO / "docs" / "ci.md").read_text()
    for flag, value in stated.items():
        assert re.search(rf"{flag} \w+ [^-]*\(default: {value:g}\)", help_text), flag
        assert f"`{flag} " in ci_doc and re.search(rf"`{flag} \w+` \(default {value:g}\)", ci_doc), flag


def test_github_annotations_point_at_the_def_line_and_the_step_summary_has_the_diff(discount: Path, tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n")
    result = greenfix(discount, "fix", "--format", "github", env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert result.returncode == 1
    assert result.stdout == (
        "::warning file=pricing.py,line=6,col=1,endLine=6,endColumn=43,title=greenfix%3A fix found"
        "::bulk_discount: `>` -> `>=` on line 8; 2 failing test(s) now pass, 1 kept passing, "
        "result changed on 0 of 3 recorded call(s)\n"
    )
    markdown = summary.read_text()
    assert markdown.startswith("earlier step\n## greenfix fix: fixed 1 of 1 function(s)")
    assert "| `pricing.py::bulk_discount` | fixed | `>` -> `>=` on line 8; 2 failing test(s) now pass" in markdown
    assert "<details><summary>Fix of <code>bulk_discount</code></summary>\n\n```diff\n" in markdown
    assert f"-{BUGGY_LINE}+{FIXED_LINE}" in markdown


def test_unfixed_functions_are_errors_at_their_def_line(tmp_path: Path) -> None:
    roman = copy_example("roman", tmp_path / "roman")
    result = greenfix(roman, "fix", "--format", "github", "--budget", "60")
    assert result.returncode == 1
    source = (roman / "numerals.py").read_text().splitlines()
    header = next(n for n, text in enumerate(source, 1) if text.startswith("def to_int("))
    (line,) = [line for line in result.stdout.splitlines() if "to_int" in line]
    assert line.startswith(
        f"::error file=numerals.py,line={header},col=1,endLine={header},endColumn={len(source[header - 1]) + 1},"
        "title=greenfix%3A failing tests::no fix found for to_int: "
    )
    # The roman example is beyond the templates: they run out, or the candidate limit does.
    reason = line.split("no fix found for to_int: ", 1)[1]
    assert reason.startswith(("no candidate made all 1 failing test(s) pass", "candidate limit reached (1000)", "budget exhausted")), reason
    assert "; tried " in line and "next: configure a model" in line and line.endswith("(tests/test_numerals.py::test_subtractive)")


def test_sarif_report_is_valid_and_its_fix_makes_the_fixed_file(discount: Path) -> None:
    schema = json.loads((REPO / "tests" / "data" / "sarif-schema-2.1.0.json").read_text())
    result = greenfix(discount, "fix", "--format", "sarif")
    log = json.loads(result.stdout)
    jsonschema.Draft4Validator(schema).validate(log)
    (run,) = log["runs"]
    assert run["tool"]["driver"]["name"] == "greenfix"
    assert [r["id"] for r in run["tool"]["driver"]["rules"]] == ["syntax-error", "unreadable-file", "failing-test", "fix-proposed"]
    (finding,) = run["results"]
    assert finding["ruleId"] == "fix-proposed"
    location = finding["locations"][0]["physicalLocation"]
    assert (location["artifactLocation"]["uri"], location["region"]["startLine"]) == ("pricing.py", 6)
    (change,) = finding["fixes"][0]["artifactChanges"]
    lines = (discount / "pricing.py").read_text().splitlines(keepends=True)
    for replacement in reversed(change["replacements"]):
        region, text = replacement["deletedRegion"], replacement["insertedContent"]["text"]
        assert region["startLine"] == region["endLine"]
        line = lines[region["startLine"] - 1]
        lines[region["startLine"] - 1] = line[: region["startColumn"] - 1] + text + line[region["endColumn"] - 1 :]
    assert "".join(lines) == (discount / "pricing.py").read_text().replace(BUGGY_LINE, FIXED_LINE)


def test_tests_that_cannot_be_collected_get_a_clear_report_and_no_edits(tmp_path: Path) -> None:
    project = write_project(tmp_path / "project", {
        "calc.py": "def add(a, b):\n    return a - b\n",
        "test_calc.py": "import calculator_plugin\nfrom calc import add\n\ndef test_add():\n    assert add(2, 3) == 5\n",
    })
    before = snapshot(project)
    status, report = fix_json(project)
    assert status == 2
    assert report["status"] == "error"
    assert report["message"].startswith("tests could not be collected: test_calc.py")
    assert "No module named 'calculator_plugin'" in report["message"]
    assert "greenfix-shadow" not in report["message"]
    assert report["functions"] == [] and report["written"] == []
    assert snapshot(project) == before


def test_no_tests_found_is_a_configuration_error_with_a_valid_report(tmp_path: Path) -> None:
    write_project(tmp_path, {"calc.py": "def add(a, b):\n    return a - b\n"})
    status, report = fix_json(tmp_path)
    assert (status, report["status"], report["message"]) == (2, "error", "no tests found")
    sarif = greenfix(tmp_path, "fix", "--format", "sarif")
    (invocation,) = json.loads(sarif.stdout)["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False
    assert invocation["toolExecutionNotifications"] == [{"level": "error", "message": {"text": "no tests found"}}]
    github = greenfix(tmp_path, "fix", "--format", "github")
    assert (github.returncode, github.stdout) == (2, "::error title=greenfix::no tests found\n")


def test_a_hanging_test_is_killed_at_the_test_timeout(tmp_path: Path) -> None:
    project = write_project(tmp_path / "project", {
        "countdown.py": "def countdown(n):\n    while n != 0:\n        n -= 2\n    return 'liftoff'\n",
        "test_countdown.py": "from countdown import countdown\n\ndef test_odd_start():\n    assert countdown(3) == 'liftoff'\n",
    })
    before = snapshot(project)
    status, report = fix_json(project, "--test-timeout", "1", "--budget", "15")
    assert status == 1
    assert report["tests"]["before"] == {"test_countdown.py::test_odd_start": "timeout"}
    # The loop is a bug like any other: a candidate that ends it is found and checked.
    assert [(f["function"], f["status"]) for f in report["functions"]] == [("countdown", "fixed")]
    assert snapshot(project) == before


def test_a_budget_that_runs_out_is_reported(tmp_path: Path) -> None:
    roman = copy_example("roman", tmp_path / "roman")
    status, report = fix_json(roman, "--budget", "2")
    assert status == 1
    assert "the time budget of 2 s ran out" in report["notes"]
    assert report["cut_short"] and report["usage"]["seconds"] <= 2 + 5
    for function in report["functions"]:
        assert function["status"] in ("skipped", "unfixed") and "budget" in function["message"]


@pytest.mark.parametrize(
    ("args", "complaint"),
    [
        (["--project", "missing"], "missing is not a directory"),
        (["elsewhere.py"], "elsewhere.py does not exist"),
        (["--tests", "'unclosed"], "No closing quotation"),
    ],
)
def test_bad_options_exit_2_with_a_valid_report(discount: Path, args: list[str], complaint: str) -> None:
    status, report = fix_json(discount, *args)
    assert status == 2
    assert report["status"] == "error" and complaint in report["message"]
    assert report["budget"] is None


def test_a_bad_project_setting_is_named(discount: Path) -> None:
    (discount / "pyproject.toml").write_text("[tool.greenfix]\ntest_timeout = -1\n")
    status, report = fix_json(discount)
    assert status == 2
    assert "'test_timeout'" in report["message"] and "greater than 0" in report["message"]


@pytest.mark.parametrize("args", [["--format", "xml"], ["--budget", "0"], ["--write", "--diff"], ["--max-model-calls", "-1"]])
def test_usage_errors_exit_2(discount: Path, args: list[str]) -> None:
    result = greenfix(discount, "fix", *args)
    assert result.returncode == 2
    assert "usage: greenfix fix" in result.stderr and result.stdout == ""


SHOP = REPO / "tests" / "data" / "repair_projects" / "shop"


def test_the_command_a_user_types_in_a_project_without_configuration_finds_the_root_and_blames_rightly(
    tmp_path: Path,
) -> None:
    shop = tmp_path / "shop"
    shutil.copytree(SHOP, shop)
    before = snapshot(shop)
    status, report = fix_json(shop, "pkg/inventory.py", "--tests", "tests/test_inventory.py", "--budget", "60")

    assert status == 1 and report["project"] == "."
    fixed = {f["function"]: f for f in report["functions"] if f["status"] == "fixed"}
    assert fixed["Stock.value"]["diff"].count("+            total += item.price * count") == 1
    assert report["setup_errors"] == {
        "tests/test_inventory.py::test_warehouse_starts_empty": report["setup_errors"]["tests/test_inventory.py::test_warehouse_starts_empty"]
    }
    assert report["setup_errors"]["tests/test_inventory.py::test_warehouse_starts_empty"].startswith("setup error in warehouse")
    assert report["module_errors"]["tests/test_inventory.py::test_rate_is_read"].startswith("module-level code at pkg/config.py:3")
    # The fixture and the module are never edited: no function of theirs is in the report.
    assert {f["path"] for f in report["functions"]} == {"pkg/inventory.py"}
    assert "Stock.__init__" not in {f["function"] for f in report["functions"]}
    assert snapshot(shop) == before


def test_the_same_command_from_a_subfolder_means_the_same(tmp_path: Path) -> None:
    shop = tmp_path / "shop"
    shutil.copytree(SHOP, shop)
    (shop / ".git").mkdir()  # a checkout: its root is the project
    status, report = fix_json(shop / "pkg", "inventory.py", "--tests", "../tests/test_inventory.py::test_value_of_one_item")

    assert status == 1 and report["project"] == str(shop)  # outside the working folder: shown whole
    (function,) = report["functions"]
    assert (function["path"], function["function"], function["status"]) == (f"{shop}/pkg/inventory.py", "Stock.value", "fixed")


def test_a_test_that_expects_an_exception_gets_a_check_before_anything_changes(tmp_path: Path) -> None:
    write_project(tmp_path, {
        "bank.py": (
            "class Account:\n"
            "    def __init__(self, balance):\n"
            "        self.balance = balance\n\n"
            "    def withdraw(self, amount):\n"
            "        self.balance -= amount\n"
            "        return self.balance\n"
        ),
        "test_bank.py": (
            "import pytest\nfrom bank import Account\n\n"
            "def test_withdraw():\n    assert Account(10).withdraw(3) == 7\n    assert Account(7).withdraw(7) == 0\n\n"
            "def test_overdraw():\n    with pytest.raises(ValueError):\n        Account(5).withdraw(6)\n"
        ),
    })
    status, report = fix_json(tmp_path, "--write", "--budget", "60")
    assert status == 0, report
    (function,) = report["functions"]
    assert function["status"] == "fixed" and "raise ValueError" in function["diff"]
    # Beyond the tests: a refused withdrawal leaves the balance as it was.
    probe = (
        "from bank import Account\na = Account(5)\n"
        "try:\n    a.withdraw(6)\nexcept ValueError:\n    pass\n"
        "print(a.balance, Account(5).withdraw(5))\n"
    )
    seen = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True)
    assert seen.stdout.split() == ["5", "0"], seen.stderr


def test_a_function_the_other_failing_tests_run_too_is_refined_before_them(tmp_path: Path) -> None:
    # bottles_to_order fails only because days_left rounds: days_left comes first, though
    # its name sorts after, and bottles_to_order's test then passes with no edit of its own.
    write_project(tmp_path, {
        "shelf.py": (
            "def days_left(stock: int, daily_use: int) -> int:\n    return round(stock / daily_use)\n\n\n"
            "def bottles_to_order(stock: int, daily_use: int, lead_days: int) -> int:\n"
            "    short = lead_days - days_left(stock, daily_use)\n    return max(0, short) * daily_use\n"
        ),
        "test_shelf.py": (
            "from shelf import bottles_to_order, days_left\n\n\n"
            "def test_days_left_whole():\n    assert days_left(10, 5) == 2\n\n\n"
            "def test_days_left_with_a_little_over():\n    assert days_left(11, 5) == 2\n\n\n"
            "def test_days_left_short_of_a_day():\n    assert days_left(9, 5) == 1\n\n\n"
            "def test_order_covers_the_lead_time():\n    assert bottles_to_order(14, 5, 4) == 10\n"
        ),
    })
    status, report = fix_json(tmp_path, "--write", "--budget", "60")
    assert [(f["function"], f["status"]) for f in report["functions"]] == [("days_left", "fixed"), ("bottles_to_order", "skipped")]
    assert report["functions"][1]["message"] == "its tests pass once the functions fixed above are"
    assert (status, report["status"]) == (0, "passed")


def test_a_function_whose_tests_pass_once_another_is_fixed_counts_as_passing(tmp_path: Path) -> None:
    # increment_in_background calls increment in a thread, where the first run's tracing
    # does not follow: its test is not among increment's, yet the fix of increment makes it pass.
    write_project(tmp_path, {
        "work.py": (
            "import threading\n\n\n"
            "def increment(x):\n    return x + 2\n\n\n"
            "def increment_in_background(x):\n    box = []\n"
            "    worker = threading.Thread(target=lambda: box.append(increment(x)))\n"
            "    worker.start()\n    worker.join()\n    return box[0]\n"
        ),
        "test_work.py": (
            "from work import increment, increment_in_background\n\n\n"
            "def test_increment():\n    assert increment(1) == 2\n    assert increment(4) == 5\n\n\n"
            "def test_increment_in_background():\n    assert increment_in_background(5) == 6\n"
        ),
    })
    status, report = fix_json(tmp_path, "--write", "--budget", "60")
    assert [(f["function"], f["status"]) for f in report["functions"]] == [
        ("increment", "fixed"), ("increment_in_background", "skipped")
    ]
    assert report["functions"][1]["message"] == "its tests pass once the functions fixed above are"
    assert set(report["tests"]["after"].values()) == {"passed"}
    assert (status, report["status"]) == (0, "passed")
    assert subprocess.run([sys.executable, "-m", "pytest", "-q"], cwd=tmp_path, capture_output=True).returncode == 0


# A lot that keeps the space of a car that left: `leave` reads the car, and should forget it.
PARKING_LOT = (
    "class Lot:\n"
    "    def __init__(self, spaces: int, parked: dict[str, int] | None = None) -> None:\n"
    "        self.spaces = spaces\n        self.parked: dict[str, int] = dict(parked or {})\n\n"
    "    @property\n    def free_spaces(self) -> int:\n        return self.spaces - len(self.parked)\n\n"
    "    def enter(self, plate: str, at: int) -> None:\n"
    "        if plate in self.parked:\n            raise ValueError(f'{plate} is already inside')\n"
    "        self.parked[plate] = at\n\n"
    "    def leave(self, plate: str, at: int) -> int:\n"
    "        entered = self.parked.get(plate)\n"
    "        if entered is None:\n            raise KeyError(plate)\n"
    "        return 2 * (at - entered)\n"
)


def test_a_failure_that_shows_in_one_method_is_fixed_in_the_method_that_caused_it(tmp_path: Path) -> None:
    # `enter` refuses a car that never left, and the space stays taken: both failures are
    # blamed on `enter` (one raises there; the other ran it), and the fix is found in its
    # suspect `leave` (forget the car). `enter` is left as it was.
    write_project(tmp_path, {
        "lot.py": PARKING_LOT,
        "test_lot.py": (
            "from lot import Lot\n\n\n"
            "def test_enter_takes_a_space():\n"
            "    lot = Lot(3)\n    lot.enter('AB1', 3)\n    assert lot.free_spaces == 2\n\n\n"
            "def test_leave_charges_and_frees_the_space():\n"
            "    lot = Lot(2)\n    lot.enter('AB1', 3)\n    assert lot.leave('AB1', 5) == 4\n    assert lot.free_spaces == 2\n\n\n"
            "def test_a_car_can_come_back():\n"
            "    lot = Lot(1)\n    lot.enter('AB1', 3)\n    lot.leave('AB1', 5)\n    lot.enter('AB1', 7)\n"
            "    assert lot.free_spaces == 0\n"
        ),
    })
    status, report = fix_json(tmp_path, "--write", "--budget", "60")
    assert [(f["function"], f["status"]) for f in report["functions"]] == [("Lot.leave", "fixed")]
    assert report["functions"][0]["message"].endswith("(the failure showed in Lot.enter)")
    assert (status, report["status"]) == (0, "passed")
    written = (tmp_path / "lot.py").read_text()
    assert written.split("    def leave")[0] == PARKING_LOT.split("    def leave")[0]  # `enter` as it was
    assert subprocess.run([sys.executable, "-m", "pytest", "-q"], cwd=tmp_path, capture_output=True).returncode == 0


def test_the_function_whose_fix_may_explain_another_s_failure_is_refined_first(tmp_path: Path) -> None:
    # Two failures, two functions: `enter` raises for a car that came back, and `leave`
    # (run alone on a lot that starts with the car) keeps the space taken. The test of the
    # car that came back runs `leave` too, so `leave` is refined first, though its name
    # sorts after: its fix (forget the car) makes that test pass, and `enter` is never edited.
    write_project(tmp_path, {
        "lot.py": PARKING_LOT,
        "test_lot.py": (
            "from lot import Lot\n\n\n"
            "def test_enter_takes_a_space():\n"
            "    lot = Lot(3)\n    lot.enter('AB1', 3)\n    assert lot.free_spaces == 2\n\n\n"
            "def test_leave_charges_and_frees_the_space():\n"
            "    lot = Lot(2, {'AB1': 3})\n    assert lot.leave('AB1', 5) == 4\n    assert lot.free_spaces == 2\n\n\n"
            "def test_a_car_can_come_back():\n"
            "    lot = Lot(1)\n    lot.enter('AB1', 3)\n    lot.leave('AB1', 5)\n    lot.enter('AB1', 7)\n"
            "    assert lot.free_spaces == 0\n"
        ),
    })
    status, report = fix_json(tmp_path, "--write", "--budget", "60")
    assert [(f["function"], f["status"]) for f in report["functions"]] == [("Lot.leave", "fixed"), ("Lot.enter", "skipped")]
    assert report["functions"][1]["message"] == "its tests pass once the functions fixed above are"
    assert (status, report["status"]) == (0, "passed")
    written = (tmp_path / "lot.py").read_text()
    assert written.split("    def leave")[0] == PARKING_LOT.split("    def leave")[0]  # `enter` as it was
    assert subprocess.run([sys.executable, "-m", "pytest", "-q"], cwd=tmp_path, capture_output=True).returncode == 0


def test_a_fix_the_other_fix_makes_needless_is_taken_out(tmp_path: Path) -> None:
    # `background_increment` runs `increment` in a thread, where tracing does not follow:
    # nothing says `increment` may explain its failure, so it is refined first (its name
    # sorts first) and gets a patch; `increment`'s own fix makes its test pass as well, so
    # the patch is taken out and `background_increment` stays as it was.
    work = (
        "import threading\n\n\n"
        "def background_increment(x):\n    box = []\n"
        "    worker = threading.Thread(target=lambda: box.append(increment(x)))\n"
        "    worker.start()\n    worker.join()\n    return box[0]\n\n\n"
        "def increment(x):\n    return x + 2\n"
    )
    write_project(tmp_path, {
        "work.py": work,
        "test_work.py": (
            "from work import background_increment, increment\n\n\n"
            "def test_increment():\n    assert increment(1) == 2\n    assert increment(4) == 5\n\n\n"
            "def test_background_increment():\n    assert background_increment(5) == 6\n"
        ),
    })
    status, report = fix_json(tmp_path, "--write", "--budget", "60")
    statuses = {f["function"]: (f["status"], f["message"]) for f in report["functions"]}
    assert statuses["increment"][0] == "fixed"
    assert statuses["background_increment"][0] == "skipped"
    assert statuses["background_increment"][1].startswith("not needed: the tests pass as well with the other fix(es) alone")
    assert (status, report["status"]) == (0, "passed")
    assert (tmp_path / "work.py").read_text().split("def increment")[0] == work.split("def increment")[0]


def test_a_fix_may_use_a_field_declared_in_another_module_of_the_project(tmp_path: Path) -> None:
    write_project(tmp_path, {
        "pyproject.toml": "[tool.pytest.ini_options]\npythonpath = ['src']\n",
        "src/chat/__init__.py": "",
        "src/chat/users.py": """\
            from dataclasses import dataclass


            @dataclass
            class User:
                handle: str
                name: str
        """,
        "src/chat/mentions.py": """\
            from .users import User


            def mentioned(members: list[User], text: str) -> list[User]:
                words = {word[1:].lower() for word in text.split() if word.startswith("@")}
                return [member for member in members if member.name.lower() in words]
        """,
        "tests/test_mentions.py": """\
            from chat.mentions import mentioned
            from chat.users import User

            ANA, BEN = User("ana", "Ana Lima"), User("benji", "Ben")


            def test_mentions_are_handles():
                assert mentioned([ANA, BEN], "hi @ana and @BENJI") == [ANA, BEN]


            def test_no_mention():
                assert mentioned([ANA], "hello") == []
        """,
    })
    status, report = fix_json(tmp_path, "--budget", "60")
    assert status == 1
    (function,) = report["functions"]
    assert function["status"] == "fixed", function["message"]
    assert "+    return [member for member in members if member.handle.lower() in words]" in function["diff"]



def test_a_missing_statement_is_built_from_what_the_loop_computes_and_the_fix_holds_beyond_the_tests(tmp_path: Path) -> None:
    # `seen` is looked up with `key` and never filled: `seen.add(email)` also passes the
    # visible test, but dedupes only exact repeats.
    write_project(tmp_path, {
        "dedupe.py": (
            "def unique_emails(emails):\n"
            '    """Emails in first-seen order, compared without case or surrounding spaces."""\n'
            "    seen = set()\n    result = []\n"
            "    for email in emails:\n"
            "        key = email.strip().lower()\n"
            "        if key in seen:\n            continue\n"
            "        result.append(email)\n"
            "    return result\n"
        ),
        "tests/test_dedupe.py": (
            "from dedupe import unique_emails\n\n"
            "def test_repeats_are_dropped():\n"
            '    assert unique_emails(["a@x", "A@x ", "b@x"]) == ["a@x", "b@x"]\n\n'
            "def test_nothing_in_nothing_out():\n    assert unique_emails([]) == []\n"
        ),
    })
    result = greenfix(tmp_path, "fix", "--write")
    assert result.returncode == 0, result.stdout
    assert "insert `seen.add(key)`" in result.stdout
    check = "from dedupe import unique_emails; print(unique_emails(['B@y', ' b@y', 'c@y', 'C@Y']))"
    output = subprocess.run([sys.executable, "-c", check], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert output.stdout.strip() == "['B@y', 'c@y']"


def test_a_missing_clause_on_a_key_only_the_tests_dicts_hold_is_found_and_holds_beyond_the_tests(tmp_path: Path) -> None:
    # The function never reads "paused": the key comes from the records the tests build.
    write_project(tmp_path, {
        "jobs.py": (
            "def runnable(jobs, now):\n"
            '    """Names of the jobs due at `now`, skipping paused ones."""\n'
            '    return [job["name"] for job in jobs if job["at"] <= now]\n'
        ),
        "tests/test_jobs.py": (
            "from jobs import runnable\n\n"
            "def test_due():\n"
            '    assert runnable([{"name": "a", "at": 1, "paused": False}, {"name": "b", "at": 5, "paused": False}], 3) == ["a"]\n\n'
            "def test_paused_are_skipped():\n"
            '    assert runnable([{"name": "a", "at": 1, "paused": True}, {"name": "c", "at": 2, "paused": False}], 3) == ["c"]\n'
        ),
    })
    result = greenfix(tmp_path, "fix", "--write")
    assert result.returncode == 0, result.stdout
    check = (
        "from jobs import runnable; "
        "print(runnable([{'name': 'x', 'at': 0, 'paused': True}, {'name': 'y', 'at': 9, 'paused': False},"
        " {'name': 'z', 'at': 4, 'paused': False}], 4))"
    )
    output = subprocess.run([sys.executable, "-c", check], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert output.stdout.strip() == "['z']"


def test_a_method_the_constructor_ties_with_is_searched_and_a_question_its_class_asks_is_added(tmp_path: Path) -> None:
    # The pausing test runs `pause`, `update`, `should_heat` and `__init__`; the others run
    # all but `pause`. The fix is in `should_heat`, tied with the constructor.
    write_project(tmp_path, {
        "thermostat.py": (
            "class Thermostat:\n"
            "    def __init__(self, target):\n        self.target = target\n        self.paused_until = None\n\n"
            "    def pause(self, until):\n        self.paused_until = until\n\n"
            "    def is_paused(self, now):\n        return self.paused_until is not None and now < self.paused_until\n\n"
            "    def should_heat(self, now, room):\n"
            '        """Heat below the target, never while paused."""\n'
            "        wanted = room < self.target\n        return wanted\n\n"
            "    def update(self, now, room):\n        return self.should_heat(now, room)\n"
        ),
        "tests/test_thermostat.py": (
            "from thermostat import Thermostat\n\n"
            "def test_heats_below_target():\n    t = Thermostat(20)\n    assert t.update(1, 18)\n    assert not t.update(2, 21)\n\n"
            "def test_paused():\n    t = Thermostat(20)\n    t.pause(until=10)\n    assert not t.update(5, 18)\n    assert t.update(11, 18)\n"
        ),
    })
    result = greenfix(tmp_path, "fix", "--write")
    assert result.returncode == 0, result.stdout
    assert "thermostat.py::Thermostat.should_heat" in result.stdout
    check = "from thermostat import Thermostat; t = Thermostat(5); t.pause(3); print(t.update(2, 1), t.update(3, 1), t.update(4, 9))"
    output = subprocess.run([sys.executable, "-c", check], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert output.stdout.strip() == "False True False"

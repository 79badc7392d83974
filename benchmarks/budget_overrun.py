"""How far `greenfix fix --budget N` runs past N when the tests or the model misbehave.

Each scenario is a small project with one bug and one hostile part: a test that sleeps
forever, a test that loops forever, a suite slower than the budget, a bug whose
candidates loop, and a model endpoint (scripted, on 127.0.0.1) that accepts and never
answers or drips a byte a second. `greenfix fix --format json --budget N` runs in a
subprocess from the project folder, as a user would type it; the figure is the wall
time over the budget. The promise is N + 10 % (at least N + 5 s). Figures, never
pass/fail.

    python benchmarks/budget_overrun.py [--budgets 15 30] [--only NAME ...]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.support.openai_server import Reply, ScriptedOpenAIServer  # noqa: E402

BUG = {
    "calc.py": "def double(x):\n    return x * 3\n",
    "tests/test_calc.py": "from calc import double\n\ndef test_double():\n    assert double(2) == 4\n",
}
# No template edit fixes this one, so a configured model is asked.
UNFIXABLE = {
    "greet.py": 'def greeting(name):\n    return "Hello " + name\n',
    "tests/test_greet.py": 'from greet import greeting\n\ndef test_greeting():\n    assert greeting("Ada") == "Hello, Ada!"\n',
}


@dataclass(frozen=True)
class Scenario:
    name: str
    files: dict[str, str]
    model: Callable[[], Reply] | None = None  # what the endpoint answers to every request


SCENARIOS = [
    Scenario("test sleeps forever", {**BUG, "tests/test_hang.py": "import time\n\ndef test_waits():\n    time.sleep(10_000)\n"}),
    Scenario("test loops forever", {**BUG, "tests/test_hang.py": "def test_spins():\n    while True:\n        pass\n"}),
    Scenario("suite slower than the budget", {
        **BUG,
        "tests/test_slow.py": "import time\nimport pytest\n\n@pytest.mark.parametrize('n', range(60))\ndef test_slow(n):\n    time.sleep(1)\n",
    }),
    Scenario("candidates that loop", {
        "walk.py": "def steps(n):\n    count = 0\n    while n > 1:\n        n = n * 2\n        count += 1\n    return count\n",
        "tests/test_walk.py": "from walk import steps\n\ndef test_eight():\n    assert steps(8) == 3\n\ndef test_one():\n    assert steps(1) == 0\n",
    }),
    Scenario("model never answers", UNFIXABLE, Reply.silence),
    Scenario("model drips a byte a second", UNFIXABLE, Reply.dripping),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--budgets", type=float, nargs="+", default=[15.0, 30.0], help="seconds (default: 15 30)")
    parser.add_argument("--only", nargs="*", default=None, metavar="NAME", help="scenarios whose name contains NAME")
    args = parser.parse_args()
    chosen = [s for s in SCENARIOS if args.only is None or any(word in s.name for word in args.only)]

    print(f"{'scenario':30} {'budget':>7} {'wall s':>7} {'wall/budget':>12} {'allowed':>8}  cut short")
    worst = 0.0
    for scenario in chosen:
        for budget in args.budgets:
            wall, cut = run(scenario, budget)
            allowed = max(budget * 1.1, budget + 5)
            worst = max(worst, wall / budget)
            print(f"{scenario.name:30} {budget:7g} {wall:7.1f} {wall / budget:12.2f} {allowed:8.1f}  {cut}", flush=True)
    print(f"\nworst wall/budget: {worst:.2f}")
    return 0


def run(scenario: Scenario, budget: float) -> tuple[float, str]:
    """Wall seconds of `greenfix fix --budget`, and what its report says was cut short."""
    with tempfile.TemporaryDirectory(prefix="greenfix-budget-") as folder:
        project = Path(folder) / "project"
        for name, text in scenario.files.items():
            (project / name).parent.mkdir(parents=True, exist_ok=True)
            (project / name).write_text(text)
        (project / "pyproject.toml").write_text("[tool.greenfix]\n")
        env = {k: v for k, v in os.environ.items() if not k.startswith("GREENFIX_")}
        endpoint = ScriptedOpenAIServer(lambda request: scenario.model()) if scenario.model else nullcontext()
        with endpoint as server:
            if server is not None:
                env.update(GREENFIX_MODEL="scripted-model", GREENFIX_BASE_URL=server.base_url, GREENFIX_CONSTRAINT="none")
            started = time.monotonic()
            done = subprocess.run(
                [sys.executable, "-m", "greenfix.server", "fix", "--format", "json", "--budget", f"{budget:g}"],
                cwd=project, env=env, capture_output=True, text=True, timeout=budget * 4 + 60,
            )
            wall = time.monotonic() - started
    try:
        report = json.loads(done.stdout)
    except json.JSONDecodeError:
        return wall, f"no report (exit {done.returncode})"
    return wall, "; ".join(report.get("cut_short") or []) or "-"


if __name__ == "__main__":
    sys.exit(main())

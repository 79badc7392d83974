"""Of one statement the tests accept in several places, which is the shallowest."""

from __future__ import annotations

from greenfix.analysis.repair.candidates import Candidate
from greenfix.analysis.repair.loop import _deeper_than_needed, _Plausible

ORIGINAL = "def f(xs):\n    seen = set()\n    for x in xs:\n        if x in seen:\n            continue\n        if x:\n            print(x)\n"


def inserted(order: int, after: str, line: str, description: str) -> _Plausible:
    text = ORIGINAL.replace(after, after + line)
    return _Plausible(Candidate(text, "templates", description, 1, 1, "insert_statement"), text, order, {}, [], None)


def test_the_same_statement_deeper_than_a_passing_place_counts_how_much_deeper() -> None:
    beside = inserted(1, "            continue\n", "        seen.add(x)\n", "insert `seen.add(x)` on line 6")
    branch = inserted(2, "        if x:\n", "            seen.add(x)\n", "insert `seen.add(x)` on line 7")
    other = inserted(3, "        if x:\n", "            print(0)\n", "insert `print(0)` on line 7")

    assert _deeper_than_needed(ORIGINAL, [branch, beside, other]) == {1: 0, 2: 4, 3: 0}



def test_an_operand_added_inside_a_line_is_no_inserted_statement() -> None:
    original = "def f(x):\n    if x > 0:\n        print(x)\n"

    def minus_one(order: int, old: str, new: str, line: int) -> _Plausible:
        text = original.replace(old, new)
        return _Plausible(Candidate(text, "templates", f"`x` -> `x - 1` on line {line}", line, 4, "off_by_one"), text, order, {}, [], None)

    edits = [minus_one(1, "print(x)", "print(x - 1)", 3), minus_one(2, "x > 0", "x - 1 > 0", 2)]
    assert _deeper_than_needed(original, edits) == {1: 0, 2: 0}


def test_a_statement_that_uses_up_what_an_if_checks_belongs_inside_that_if() -> None:
    original = (
        "def marks(guess, unmatched):\n    result = []\n    for g in guess:\n"
        "        if unmatched[g] > 0:\n            result.append('Y')\n        else:\n            result.append('.')\n"
        "    return result\n"
    )

    def inserted_after(order: int, after: str, line: str) -> _Plausible:
        text = original.replace(after, after + line, 1)
        return _Plausible(Candidate(text, "templates", "insert `unmatched[g] -= 1` on line 5", 1, 1, "insert_statement"), text, order, {}, [], None)

    loop_body = inserted_after(1, "            result.append('.')\n", "        unmatched[g] -= 1\n")
    checked = inserted_after(2, "            result.append('Y')\n", "            unmatched[g] -= 1\n")
    other_branch = inserted_after(3, "            result.append('.')\n", "            unmatched[g] -= 1\n")

    assert _deeper_than_needed(original, [loop_body, checked, other_branch]) == {1: 5, 2: 0, 3: 1}


def test_a_previous_value_the_check_reads_moves_on_at_every_item_not_only_inside_the_check() -> None:
    original = (
        "def drops(days):\n    found = []\n    previous = days[0]\n    for day in days:\n"
        "        if day < previous:\n            found.append(day)\n    return found\n"
    )

    def placed(source: str, order: int, line: str) -> _Plausible:
        text = source.replace("            found.append(day)\n", "            found.append(day)\n" + line, 1)
        return _Plausible(Candidate(text, "templates", f"insert `{line.strip()}` on line 7", 1, 1, "insert_statement"), text, order, {}, [], None)

    loop_body, checked = placed(original, 1, "        previous = day\n"), placed(original, 2, "            previous = day\n")
    assert _deeper_than_needed(original, [checked, loop_body]) == {1: 0, 2: 4}
    # A best-so-far value set where the check holds (`best = day` under `if day < best`) still belongs there.
    best = original.replace("previous", "best")
    loop_body, checked = placed(best, 1, "        best = day\n"), placed(best, 2, "            best = day\n")
    assert _deeper_than_needed(best, [loop_body, checked]) == {1: 5, 2: 0}

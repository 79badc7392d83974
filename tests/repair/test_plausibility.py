"""Shapes of edits that pass the tests but are rarely what a person meant."""

from __future__ import annotations

import pytest

from greenfix.analysis.repair.plausibility import REJECT, SUSPECT, defects

ORIGINAL = "def f(n, items):\n    return n - 1\n"


@pytest.mark.parametrize("expression", ["n * 1", "n - 0", "0 + n", "n // 1", "n - False", "n * True", "n ** True"])
def test_an_identity_is_rejected(expression: str) -> None:
    found = defects(ORIGINAL, f"def f(n, items):\n    return {expression}\n", 1)

    assert [d.severity for d in found] == [REJECT], found


@pytest.mark.parametrize("expression", ["n - 2", "n * 2", "n + 1", "n + len(items)"])
def test_an_edit_that_changes_the_value_is_not_an_identity(expression: str) -> None:
    assert defects(ORIGINAL, f"def f(n, items):\n    return {expression}\n", 1) == []


def test_a_return_that_ends_a_loop_at_once_is_suspect() -> None:
    candidate = "def f(n, items):\n    for item in items:\n        n += item\n        return n\n    return n\n"

    assert [d.severity for d in defects(ORIGINAL, candidate, 1)] == [SUSPECT]


def test_text_compared_by_order_where_it_was_compared_for_equality_is_suspect() -> None:
    original = "def due(log, tag: str):\n    return [d for name, d in log if name == tag]\n"
    for candidate in ("name >= tag", "name < 'EXT'"):
        found = defects(original, original.replace("name == tag", candidate), 1)
        assert [d.severity for d in found] == [SUSPECT], candidate
        assert "text compared by order" in found[0].description
    # Numbers are compared by order all the time; a text ordered in the original stays as it was.
    assert defects("def f(n: int, m):\n    return n == m\n", "def f(n: int, m):\n    return n <= m\n", 1) == []
    ordered = "def f(word: str):\n    return word < 'm' and word\n"
    assert defects(ordered, ordered.replace("and", "or"), 1) == []


def test_a_clause_that_singles_out_one_number_is_suspect() -> None:
    original = 'def label(size, unit):\n    if unit == "B":\n        return f"{size} B"\n    return unit\n'
    found = defects(original, original.replace('unit == "B"', 'unit == "B" or size == 1023'), 1)
    assert [d.severity for d in found] == [SUSPECT]
    assert "singles out one number" in found[0].description
    # A bound, a zero, or a number compared alone is no special case.
    for clause in ('unit == "B" or size < 1024', 'unit == "B" or size == 0', 'size == 1023'):
        assert defects(original, original.replace('unit == "B"', clause), 1) == [], clause


def test_an_ordering_turned_into_an_equality_is_suspect() -> None:
    original = "def on_rota(days, start, end):\n    return [day for day in days if start <= day <= end]\n"
    for chain in ("start <= day != end", "start == day <= end"):
        found = defects(original, original.replace("start <= day <= end", chain), 1)
        assert [d.severity for d in found] == [SUSPECT], chain
        assert "ordering turned into" in found[0].description
    # Another ordering, or an equality added beside the orderings, is not the shape.
    for chain in ("start <= day < end", "start <= day <= end and day != start"):
        assert defects(original, original.replace("start <= day <= end", chain), 1) == [], chain


def test_an_ordering_turned_into_an_equality_beside_another_edit_is_suspect() -> None:
    original = "def on_rota(days, start, end):\n    return [day.name for day in days if start <= day <= end]\n"
    both = original.replace("start <= day <= end", "start <= day != end").replace("day.name", "day.title")
    found = defects(original, both, 1)
    assert [d.severity for d in found] == [SUSPECT]
    assert "ordering turned into" in found[0].description
    assert defects(original, both.replace("day != end", "day < end"), 1) == []


def test_a_clause_that_can_only_be_false_or_raise_is_rejected() -> None:
    original = "def better(run, best):\n    return run.time < best.time or run.at < best.at\n"
    for clause in ("(not run and run.at < best.at)", "(best is None and run.at < best.at)", "(run is not None or run.at < best.at)"):
        found = defects(original, original.replace("run.at < best.at", clause), 1)
        assert [d.severity for d in found] == [REJECT], clause
        assert "can only be false or raise" in found[0].description
    # A guard before a read, and a test of another field, are what people write.
    for clause in ("(run is not None and run.at < best.at)", "(run is None or run.at < best.at)",
                   "(not run.late and run.at < best.at)", "(run.time == best.time and run.at < best.at)"):
        assert defects(original, original.replace("run.at < best.at", clause), 1) == [], clause


def test_a_loop_s_variable_used_after_the_loop_is_suspect() -> None:
    original = "def remind(customers):\n    for customer in customers:\n        customer.reminded = True\n    return customers\n"
    after = original.replace("    return customers", "    customer.sent += 1\n    return customers")
    found = defects(original, after, 1)
    assert [d.severity for d in found] == [SUSPECT]
    assert "after the loop" in found[0].description
    inside = original.replace("        customer.reminded = True", "        customer.reminded = True\n        customer.sent += 1")
    assert defects(original, inside, 1) == []


def test_a_name_each_turn_binds_from_the_loop_s_variable_used_after_the_loop_is_suspect() -> None:
    original = (
        "def deliver(round_):\n    delivered = []\n    for name in sorted(round_.customers):\n"
        "        customer = round_.customers[name]\n        customer.credit -= 5\n"
        "        delivered.append(name)\n    return delivered\n"
    )
    after = original.replace("    return delivered", "    customer.boxes += 1\n    return delivered")
    found = defects(original, after, 1)
    assert [d.severity for d in found] == [SUSPECT]
    assert "after the loop" in found[0].description
    inside = original.replace("        delivered.append(name)", "        delivered.append(name)\n        customer.boxes += 1")
    assert defects(original, inside, 1) == []
    # A name set in the loop from something else is not the last item's.
    kept = original.replace("        customer.credit -= 5", "        customer.credit -= 5\n        fee = 5")
    assert defects(kept, kept.replace("    return delivered", "    print(fee)\n    return delivered"), 1) == []


def test_a_count_its_own_condition_reads_is_suspect() -> None:
    original = "def kept_today(catches, day):\n    kept = 0\n    for c in catches:\n        if c.day == day:\n            kept += 1\n    return kept\n"
    for clause in ("c.day == day and kept < 1", "c.day == day and not kept"):
        found = defects(original, original.replace("c.day == day", clause), 1)
        assert [d.severity for d in found] == [SUSPECT], clause
        assert "stops counting" in found[0].description
    assert defects(original, original.replace("c.day == day", "c.day == day and c.kept"), 1) == []


def test_a_count_its_condition_keeps_a_valid_index_is_not_suspect() -> None:
    original = "def matched(punches, controls):\n    found = 0\n    for p in punches:\n        if p == controls[found]:\n            found += 1\n    return found\n"
    assert defects(original, original.replace("if p ==", "if found < len(controls) and p =="), 1) == []
    capped = defects(original, original.replace("if p ==", "if found <= 2 and p =="), 1)
    assert [d.severity for d in capped] == [SUSPECT]
    assert "stops counting" in capped[0].description


def test_a_loop_ended_by_the_count_it_keeps_is_suspect() -> None:
    original = (
        "def lead(runners, team):\n    ahead = 0\n    for r in runners:\n        if r.team != team:\n"
        "            break\n        ahead += 1\n    return ahead\n"
    )
    capped = defects(original, original.replace("r.team != team", "r.team != team or ahead > 1"), 1)
    assert [d.severity for d in capped] == [SUSPECT]
    assert "stops counting" in capped[0].description
    # Ended by what each item says, or by a limit the function is given: no shape.
    assert defects(original, original.replace("r.team != team", "r.team != team or r.out"), 1) == []
    given = original.replace("(runners, team)", "(runners, team, most)")
    assert defects(given, given.replace("r.team != team", "r.team != team or ahead >= most"), 1) == []


def test_a_truncated_quotient_plus_one_for_a_ceiling_is_suspect() -> None:
    original = "def bays(length, bay):\n    return int(length / bay)\n"
    found = defects(original, original.replace("int(length / bay)", "int(length / bay) + 1"), 1)
    assert [d.severity for d in found] == [SUSPECT]
    assert "math.ceil" in found[0].description
    assert defects(original, original.replace("int(", "math.ceil("), 1) == []


def test_a_clause_another_makes_needless_is_rejected() -> None:
    original = "def is_between(x, low, high):\n    return low < x < high\n"
    for condition in ("low < x < high or x <= high", "x > low or x >= low", "x != high and high > x", "x == low or low <= x", "x.ok and x.ok"):
        found = defects(original, original.replace("low < x < high", condition), 1)
        assert found[0].severity == REJECT and "makes needless" in found[0].description, condition
    # Clauses that each say something of their own.
    for condition in ("low <= x <= high", "low < x < high or x == high", "x < high and x > low", "x == low or x <= high"):
        assert defects(original, original.replace("low < x < high", condition), 1) == [], condition


def test_a_name_a_second_loop_binds_anew_is_not_the_first_loops_variable() -> None:
    original = (
        "def marks(guess, answer):\n    left = {}\n"
        "    for g, a in zip(guess, answer):\n        left[a] = left.get(a, 0) + 1\n"
        "    for g in guess:\n        print(left[g])\n"
    )
    candidate = original.replace("        print(left[g])\n", "        print(left[g])\n        left[g] -= 1\n")
    assert defects(original, candidate, 1) == []
    # Read after the first loop and before the second binds it: only its last item is seen.
    reads_first = original.replace("    for g in guess:\n", "    print(g)\n    for g in guess:\n")
    assert [d.severity for d in defects(original, reads_first, 1)] == [SUSPECT]


def test_a_bound_joined_by_or_that_covers_what_another_leaves_out_is_rejected() -> None:
    original = (
        "def books(entries, start, end):\n    out = []\n    for e in entries:\n"
        "        if start <= e.finished <= end and e.pages > 0:\n            out.append(e)\n    return out\n"
    )
    condition = "start <= e.finished <= end and e.pages > 0"
    # With `or e.pages < 2`, every number of pages passes one bound or the other: `e.pages > 0` tests nothing.
    for covering in (f"({condition}) or e.pages < 2", f"({condition}) or 0 >= e.pages", f"e.pages < 0 or e.pages >= 0"):
        found = defects(original, original.replace(condition, covering), 1)
        assert [d.severity for d in found] == [REJECT] and "makes needless" in found[0].description, covering
    # Bounds that leave numbers out of both still say something; dropping the clause is no shape at all.
    for kept in (f"({condition}) or e.pages > 2", f"({condition}) or e.pages < 0", "start <= e.finished <= end"):
        assert defects(original, original.replace(condition, kept), 1) == [], kept


def test_an_object_tested_for_truth_beside_its_own_fields_is_suspect() -> None:
    original = "def may_canoe(camper, activity):\n    if activity.water and not (camper.badge and camper.waiver):\n        return False\n    return True\n"
    found = defects(original, original.replace("camper.waiver)", "(camper.waiver or camper))"), 1)
    assert [d.severity for d in found] == [SUSPECT] and "true unless None" in found[0].description
    assert defects(original, original.replace("camper.badge and camper.waiver", "camper.badge or camper.waiver"), 1) == []
    # `camper and camper.badge` guards against None: no shape.
    assert defects(original, original.replace("(camper.badge and", "(camper and camper.badge and"), 1) == []


def test_a_branch_that_returns_what_the_last_return_still_changes_is_suspect() -> None:
    original = "def charge(prices, member):\n    total = sum(prices)\n    if member:\n        total *= 0.9\n    return round(total)\n"
    found = defects(original, original.replace("        total *= 0.9\n", "        total *= 0.9\n        return total\n"), 1)
    assert [d.severity for d in found] == [SUSPECT] and "still changes" in found[0].description
    assert defects(original, original.replace("round(total)", "round(total, 2)"), 1) == []
    # An early return of something else (`if not prices: return 0`) skips nothing it should not.
    guard = original.replace("    total = sum(prices)\n", "    if not prices:\n        return 0\n    total = sum(prices)\n")
    assert defects(original, guard, 1) == []


def test_a_collection_filled_only_while_it_is_empty_is_suspect() -> None:
    original = "def drops(days):\n    found = []\n    previous = days[0]\n    for day in days:\n        if day < previous:\n            found.append(day)\n    return found\n"
    for test in ("not found", "len(found) < 1"):
        candidate = original.replace("            found.append(day)\n", f"            if {test}:\n                found.append(day)\n")
        found = defects(original, candidate, 1)
        assert [d.severity for d in found] == [SUSPECT] and "keeps one item" in found[0].description, test
    # Filling an empty one as well as a fitting one (`or not found`) keeps more than one.
    either = original.replace("if day < previous:", "if day < previous or not found:")
    assert defects(original, either, 1) == []
    # Keeping each item once (`if day not in found`) is the dedupe idiom, not a shape.
    once = original.replace("            found.append(day)\n", "            if day not in found:\n                found.append(day)\n")
    assert defects(original, once, 1) == []


def test_a_value_returned_part_way_by_a_function_that_ends_returning_none_is_suspect() -> None:
    # The early `return runs` also skips counting the ball and the wicket.
    original = (
        "def record(innings, runs, extra, wicket):\n"
        "    if extra == 'noball':\n        innings.extras += 1\n"
        "    if extra != 'wide':\n        innings.balls += 1\n"
        "    if wicket:\n        innings.wickets += 1\n"
    )
    candidate = original.replace("innings.extras += 1\n", "innings.extras += 1\n        return runs\n")
    found = defects(original, candidate, 1)
    assert [d.severity for d in found] == [SUSPECT] and "part way" in found[0].description
    # A missing last `return`, a search that returns from its loop, and a function that
    # ends by raising return where they say.
    assert defects(original, original + "    return runs\n", 1) == []
    search = "def first(items, key):\n    for item in items:\n        if item.key == key:\n            item.seen = True\n"
    assert defects(search, search + "            return item\n", 1) == []
    parse = "def parse(text):\n    if text.isdigit():\n        n = int(text)\n    raise ValueError(text)\n"
    assert defects(parse, parse.replace("n = int(text)\n", "n = int(text)\n        return n\n"), 1) == []


def test_a_check_beside_the_helper_that_checks_the_same_values_is_suspect() -> None:
    original = (
        "def allocate(riders, horses):\n"
        "    def suitable(horse, rider):\n"
        "        return horse.weight_kg >= rider.weight_kg\n"
        "    out = set()\n"
        "    for rider in riders:\n"
        "        for horse in horses:\n"
        "            if horse.name not in out and suitable(horse, rider):\n"
        "                out.add(horse.name)\n"
        "    return out\n"
    )
    beside = original.replace("and suitable(horse, rider):", "and suitable(horse, rider) and rider.weight_kg <= horse.max_rider_kg:")
    found = defects(original, beside, 1)
    assert [d.severity for d in found] == [SUSPECT]
    assert "helper" in found[0].description
    # A clause that reads a value the helper is not handed (`riders`) checks something else.
    assert defects(original, beside.replace("<= horse.max_rider_kg", "<= len(riders)"), 1) == []
    # And beside a call of a function the file does not define (`isinstance`), a check is only a check.
    builtin = original.replace("and suitable(horse, rider):", "and isinstance(horse, Horse):")
    assert defects(builtin, builtin.replace("Horse):\n", "Horse) and horse.fit:\n"), 1) == []


def test_a_loop_that_counts_to_a_value_of_what_it_indexes_is_suspect() -> None:
    original = (
        "def fewest_crates(weights, load):\n"
        "    weights = sorted(weights, reverse=True)\n"
        "    for count in range(1, len(weights)):\n"
        "        if sum(weights[:count]) >= load:\n"
        "            return count\n"
        "    return None\n"
    )
    found = defects(original, original.replace("len(weights)", "max(weights)"), 1)
    assert [d.severity for d in found] == [SUSPECT] and "length" in found[0].description
    # Its length, one more, or a value of another collection are counts as good as any.
    assert defects(original, original.replace("len(weights)", "len(weights) + 1"), 1) == []
    assert defects(original, original.replace("len(weights)", "max(limits)"), 1) == []


SWIM = (
    "def advice(samples, latest):\n"
    "    if latest.ecoli > ECOLI_LIMIT:\n"
    "        return 'avoid'\n"
    "    average = sum(samples) / len(samples)\n"
    "    return 'avoid' if average >= AVERAGE_LIMIT else 'swim'\n"
)


def test_a_limit_named_for_one_value_compared_with_another_is_suspect() -> None:
    found = defects(SWIM, SWIM.replace("latest.ecoli > ECOLI_LIMIT", "latest.ecoli > ECOLI_LIMIT or latest.ecoli > AVERAGE_LIMIT"), 1)
    assert [d.severity for d in found] == [SUSPECT] and "limit named for one value" in found[0].description
    # Its own value, or a limit named for nothing the function holds (`width` or `height` > OVERSIZE), is fine.
    assert defects(SWIM, SWIM.replace("average >= AVERAGE_LIMIT", "average > AVERAGE_LIMIT"), 1) == []
    sizes = "def big(width, height):\n    return width > OVERSIZE_CM\n"
    assert defects(sizes, sizes.replace("width > OVERSIZE_CM", "width > OVERSIZE_CM or height > OVERSIZE_CM"), 1) == []


def test_a_mean_made_into_something_else_is_suspect() -> None:
    found = defects(SWIM, SWIM.replace("sum(samples) / len(samples)", "sum(samples) - len(samples)"), 1)
    assert [d.severity for d in found] == [SUSPECT] and "mean" in found[0].description


def test_a_value_the_function_computes_and_no_longer_reads_is_suspect() -> None:
    found = defects(SWIM, SWIM.replace("if average >= AVERAGE_LIMIT", "if latest.count >= 3"), 1)
    assert [d.severity for d in found] == [SUSPECT] and "no longer reads" in found[0].description


def test_a_loop_counting_past_the_length_of_what_it_indexes_is_suspect() -> None:
    original = (
        "def best(takings, days):\n    top = 0\n    for start in range(len(takings) - days):\n"
        "        top = max(top, sum(takings[start : start + days]))\n    return top\n"
    )
    for bound in ("len(takings) * days", "len(takings) + days", "len(takings) ** days", "days * len(takings)"):
        found = defects(original, original.replace("len(takings) - days", bound), 1)
        assert [d.severity for d in found] == [SUSPECT], bound
        assert "past the length" in found[0].description
    # One past the length is the last slice boundary; the natural fix is no suspect either.
    for bound in ("len(takings) + 1", "len(takings) - days + 1"):
        assert defects(original, original.replace("len(takings) - days", bound), 1) == [], bound


def test_a_running_total_read_from_one_key_and_stored_under_another_is_rejected() -> None:
    original = (
        "def hours_by_crew(shifts):\n    hours = {}\n    for shift in shifts:\n"
        "        hours[shift.crew] = hours.get(shift.crew, 0) + shift.hours\n    return hours\n"
    )
    found = defects(original, original.replace("hours.get(shift.crew, 0)", "hours.get(shift.day, 0)"), 1)
    assert [d.severity for d in found] == [REJECT]
    assert "stored under another" in found[0].description
    # The idiom kept with another amount is an ordinary edit.
    assert defects(original, original.replace("+ shift.hours", "+ shift.paid_hours"), 1) == []


def test_a_fraction_moved_by_one_against_a_bound_is_suspect() -> None:
    original = (
        "def surcharge(parcels):\n    kilos = 0.0\n    for parcel in parcels:\n        kilos += parcel.kilos\n"
        "    return 5 if kilos <= 2 else 0\n"
    )
    found = defects(original, original.replace("kilos <= 2", "kilos + 1 <= 2"), 1)
    assert [d.severity for d in found] == [SUSPECT]
    assert "fraction moved by one" in found[0].description
    assert [d.severity for d in defects(original, original.replace("kilos <= 2", "kilos <= 2 - 1"), 1)] == [SUSPECT]
    # A whole count moved by one is an ordinary off-by-one.
    counted = original.replace("kilos = 0.0", "kilos = 0")
    assert defects(counted, counted.replace("kilos <= 2", "kilos + 1 <= 2"), 1) == []

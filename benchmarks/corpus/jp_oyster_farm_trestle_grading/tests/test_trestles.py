from oysterfarm.trestles import trestle_plan, trestle_sheet


def test_one_grade_to_a_trestle(spring_bags):
    assert trestle_plan(spring_bags) == [
        ("small", [400, 400, 120]),
        ("medium", [250, 80]),
        ("large", [150]),
    ]


def test_full_trestle_starts_another():
    bags = [("medium", 250)] * 8
    assert trestle_plan(bags, per_trestle=6) == [("medium", [250] * 6), ("medium", [250, 250])]


def test_no_bags():
    assert trestle_plan([]) == []


def test_sheet_numbering():
    plan = [("small", [400, 120]), ("large", [150])]
    assert trestle_sheet(plan, first=14) == ["T14 small: 400 120", "T15 large: 150"]

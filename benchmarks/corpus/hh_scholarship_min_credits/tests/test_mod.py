from mod import gpa, scholarship_candidates

STUDENTS = [
    {"name": "Imani", "grades": [("A", 5), ("A", 5), ("B", 4), ("A", 3)]},
    {"name": "Tom", "grades": [("B", 5), ("C", 5), ("A", 4)]},
    {"name": "Ola", "grades": [("A", 3), ("A", 2)]},
    {"name": "Raj", "grades": [("A", 5), ("B", 5), ("A", 5), ("A", 4)]},
]


def test_gpa():
    assert gpa([("A", 4), ("C", 4)]) == 3.0
    assert gpa([]) == 0.0


def test_candidates():
    assert scholarship_candidates(STUDENTS, min_credits=12) == ["Imani", "Raj"]


def test_nobody_qualifies():
    assert scholarship_candidates(STUDENTS[1:2], min_credits=0) == []

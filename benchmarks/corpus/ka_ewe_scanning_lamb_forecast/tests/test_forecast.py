from scanning.forecast import expected_weaned, percent, scanning_report
from scanning.tally import Group


def test_percent():
    assert percent(3, 8) == 37.5
    assert percent(5, 0) == 0.0


def test_expected_weaned():
    assert expected_weaned(Group("Top field", 4, 61, 102, 9)) == 262


def test_scanning_report():
    groups = [Group("Top field", 4, 61, 102, 9), Group("Shearlings", 7, 40, 18, 0)]
    assert scanning_report(groups) == [
        ("Top field", 176, 292, 165.9, 2.3),
        ("Shearlings", 65, 76, 116.9, 10.8),
        ("Flock", 241, 368, 152.7, 4.6),
    ]


def test_empty_group_on_the_report():
    assert scanning_report([Group("Tups")]) == [("Tups", 0, 0, 0.0, 0.0), ("Flock", 0, 0, 0.0, 0.0)]

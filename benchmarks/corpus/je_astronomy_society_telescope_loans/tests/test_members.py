from datetime import date


def test_read_members(members):
    assert members["Ruth Ashdown"].email == "ruth@example.org"
    assert members["Owen Pryce"].paid_until == date(2024, 3, 31)


def test_lapsed_members_may_not_borrow(members):
    assert members["Dev Malhotra"].may_borrow(date(2025, 3, 31))
    assert not members["Owen Pryce"].may_borrow(date(2024, 4, 1))

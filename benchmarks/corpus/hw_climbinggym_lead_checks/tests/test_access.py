import datetime

from climbing.access import can_climb, climbable, renewals_due

MAY_1 = datetime.date(2024, 5, 1)


def test_fully_qualified_member_climbs_everything(members, routes):
    assert climbable(members["ana"], routes, MAY_1) == ["Slab Happy", "Orange Crush", "The Prow"]


def test_no_belay_check_means_bouldering_only(members, routes):
    assert climbable(members["cleo"], routes, MAY_1) == ["Slab Happy"]


def test_lapsed_membership(members, routes):
    assert climbable(members["ben"], routes, datetime.date(2024, 7, 1)) == []


def test_lead_needs_a_certificate(members, routes):
    assert not can_climb(members["ben"], routes[2], MAY_1)


def test_lapsed_lead_certificate(members, routes):
    assert climbable(members["dev"], routes, MAY_1) == ["Slab Happy", "Orange Crush"]
    assert can_climb(members["dev"], routes[2], datetime.date(2024, 4, 30))


def test_renewals_due(members):
    assert renewals_due(list(members.values()), datetime.date(2024, 4, 10)) == ["dev"]
    assert renewals_due(list(members.values()), datetime.date(2025, 2, 1)) == ["ana"]

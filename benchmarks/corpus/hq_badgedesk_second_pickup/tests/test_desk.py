import pytest

from badgedesk.desk import AlreadyCollected, PickupDesk, UnknownCode


def test_badge_name(registrations):
    desk = PickupDesk(registrations)
    assert desk.pick_up("k7q2") == "Ada Okafor | Brightwave"
    assert desk.pick_up("Z8B1") == "Jonas van Dijk"


def test_unknown_code(registrations):
    with pytest.raises(UnknownCode):
        PickupDesk(registrations).pick_up("AAAA")


def test_badge_handed_out_once(registrations):
    desk = PickupDesk(registrations)
    desk.pick_up("P0D4")
    with pytest.raises(AlreadyCollected):
        desk.pick_up("P0D4")


def test_colleague_collects(registrations):
    desk = PickupDesk(registrations)
    assert desk.pick_up("M3X9", by="K7Q2") == "Lars Holm | Brightwave"
    assert desk.waiting() == ["K7Q2", "P0D4", "Z8B1"]
    assert desk.summary() == {"registered": 4, "collected": 1, "by_colleague": 1}


def test_other_company_cannot_collect(registrations):
    desk = PickupDesk(registrations)
    with pytest.raises(PermissionError):
        desk.pick_up("P0D4", by="K7Q2")
    assert desk.waiting(ticket="attendee") == ["M3X9", "P0D4"]

import datetime

import pytest

from belfry.register import Practice, Register


def test_attendance(spring):
    assert spring.attendance("ana") == 1.0
    assert spring.attendance("bo") == 0.75


def test_excused_practices_do_not_count(spring):
    assert spring.attendance("cy") == pytest.approx(2 / 3)
    assert spring.attendance("dee") == pytest.approx(2 / 3)


def test_cancelled_practice_does_not_count():
    register = Register(["ana"])
    register.add(Practice(datetime.date(2024, 5, 7), present={"ana"}))
    register.add(Practice(datetime.date(2024, 5, 14), cancelled=True))
    assert register.attendance("ana") == 1.0


def test_service_band(spring):
    assert spring.service_band() == ["ana", "bo"]
    assert spring.service_band(threshold=0.5) == ["ana", "bo", "cy", "dee"]


def test_new_ringer_can_ring_for_service():
    assert Register(["eve"]).service_band() == ["eve"]


def test_unknown_ringer():
    with pytest.raises(ValueError):
        Register(["ana"]).add(Practice(datetime.date(2024, 5, 7), present={"ana", "zed"}))

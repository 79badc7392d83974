import pytest

from troop.register import Register, UnknownScout

EVERYONE = ["Ada Lindqvist", "Bea Okafor", "Carl Mendes", "Dev Raman", "Eli Novak"]


def test_rates_and_excuses(members):
    register = Register(members)
    register.record(EVERYONE)
    register.record(["Ada Lindqvist", "Carl Mendes", "Dev Raman"], excused=["Bea Okafor"])
    register.record(["Ada Lindqvist", "Bea Okafor", "Dev Raman"])
    register.record(["Ada Lindqvist", "Bea Okafor", "Carl Mendes", "Dev Raman"])
    assert register.rate("Bea Okafor") == 1.0
    assert register.rate("Carl Mendes") == 0.75
    assert register.rate("Eli Novak") == 0.25
    assert register.camp_eligible() == ["Ada Lindqvist", "Bea Okafor", "Carl Mendes", "Dev Raman"]


def test_unknown_scout(members):
    with pytest.raises(UnknownScout):
        Register(members).record(["Zed Quist"])


def test_ring_after_three_missed(members):
    register = Register(members)
    for _ in range(3):
        register.record(EVERYONE[:4])
    assert register.to_ring() == ["Eli Novak"]


def test_coming_back_ends_the_run(members):
    register = Register(members)
    register.record(EVERYONE[:3])
    register.record(EVERYONE[:3])
    register.record(EVERYONE)
    register.record(EVERYONE[:3])
    assert register.to_ring() == []
    assert register.to_ring(after=0) == ["Dev Raman", "Eli Novak"]


def test_patrol_turnout(members):
    register = Register(members)
    register.record(["Ada Lindqvist", "Dev Raman"], excused=["Bea Okafor"])
    assert register.patrol_turnout("eagles") == 1
    assert register.patrol_turnout("otters") == 0

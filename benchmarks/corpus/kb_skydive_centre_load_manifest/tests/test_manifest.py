import pytest

from dropzone.jumpers import Group
from dropzone.manifest import Manifest


def tandem(name, student_kg=80):
    return Group(name, "tandem", (student_kg, 90))


def fun(name, *body_kg):
    return Group(name, "fun", body_kg or (75,))


def test_first_group_opens_load_one():
    manifest = Manifest()
    assert manifest.place(tandem("Okafor")) == 1


def test_groups_share_a_load_while_seats_last():
    manifest = Manifest()
    numbers = [manifest.place(tandem(f"Tandem {n}")) for n in range(6)]
    assert numbers == [1, 1, 1, 1, 1, 2]


def test_heavy_group_waits_for_the_next_load_and_a_light_one_fills_in():
    manifest = Manifest()
    manifest.place(fun("Red 4-way", 95, 100, 105, 98))
    manifest.place(fun("Blue 4-way", 90, 100, 100, 100))
    assert manifest.place(Group("Hughes", "tandem", (110, 95))) == 2
    assert manifest.place(fun("Ng", 60)) == 1
    assert manifest.on_the_ground() == [(1, 1, 26), (2, 8, 767)]


def test_group_too_big_for_any_load():
    with pytest.raises(ValueError):
        Manifest().place(fun("Big way", *[80] * 11))


def test_departed_load_takes_no_more_jumpers():
    manifest = Manifest()
    manifest.place(tandem("Okafor"))
    manifest.place(fun("Ng", 60))
    manifest.take_off(1)
    assert manifest.place(fun("Late", 70)) == 2
    assert manifest.exit_order(1) == ["Ng (fun, 1)", "Okafor (tandem, 2)"]


def test_a_load_only_takes_off_once():
    manifest = Manifest()
    manifest.place(tandem("Okafor"))
    manifest.take_off(1)
    with pytest.raises(ValueError):
        manifest.take_off(1)
    with pytest.raises(ValueError):
        manifest.take_off(2)


def test_exit_order():
    manifest = Manifest()
    manifest.place(tandem("Okafor"))
    manifest.place(Group("Silva", "aff", (70, 85, 90)))
    manifest.place(fun("Ng", 60))
    manifest.place(fun("Red 2-way", 80, 82))
    assert manifest.exit_order(1) == [
        "Red 2-way (fun, 2)",
        "Ng (fun, 1)",
        "Silva (aff, 3)",
        "Okafor (tandem, 2)",
    ]

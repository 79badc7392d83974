import pytest

from camp import kit_list, packing_letters, store_order
from kit import STANDARD_KIT


def test_no_activities_is_the_standard_kit():
    assert kit_list([]) == STANDARD_KIT


def test_activity_extras_after_the_standard_kit():
    assert kit_list(["hike"])[-4:] == ["wash kit", "day sack", "walking boots", "whistle"]


def test_nothing_listed_twice():
    kit = kit_list(["night walk", "campfire"])
    assert kit.count("torch") == 1
    assert kit.count("warm hat") == 1


def test_unknown_activity():
    with pytest.raises(ValueError, match="abseiling"):
        kit_list(["abseiling"])


def test_packing_letters_leave_out_hired_kit(patrols):
    letters = packing_letters(patrols)
    assert letters["Dina"] == STANDARD_KIT + ["old trainers", "spare clothes"]
    assert "day sack" in letters["Amir"]
    assert "helmet" not in letters["Finn"]


def test_store_order(patrols):
    assert store_order(patrols) == {"buoyancy aid": 2, "harness": 2, "helmet": 2}

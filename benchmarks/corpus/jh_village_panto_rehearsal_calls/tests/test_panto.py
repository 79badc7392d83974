import pytest

from panto import call_sheet, calls, parse_script

SCRIPT = """
SCENE 1: Old Peking
(Lights up on the market)
ABANAZAR: At last, the lamp shall be mine!
AUDIENCE: Boo!
ABANAZAR: Oh, be quiet.

SCENE 2: The Laundry
ALADDIN: Mother! Mother!
    Where is everybody?
WIDOW TWANKEY: In here, pet, up to my elbows in suds.
ALADDIN: There's a strange man asking for me.
(Enter ABANAZAR, bowing)
ABANAZAR: Your long-lost uncle, dear boy.
WIDOW TWANKEY: Long lost? He wants to stay lost.
    Look at the state of his shoes.
"""


def test_lines_per_scene():
    assert parse_script(SCRIPT) == {
        1: {"ABANAZAR": 2, "AUDIENCE": 1},
        2: {"ALADDIN": 3, "WIDOW TWANKEY": 3, "ABANAZAR": 1},
    }


def test_one_word_names():
    script = "SCENE 4: The Cave\nALADDIN: Hello?\nGENIE: You rang?\n    Three wishes, no refunds.\n"
    assert parse_script(script) == {4: {"ALADDIN": 1, "GENIE": 2}}


def test_calls_leave_out_the_audience():
    assert calls(parse_script(SCRIPT)) == {
        "ABANAZAR": [1, 2],
        "ALADDIN": [2],
        "WIDOW TWANKEY": [2],
    }


def test_call_sheet_biggest_part_first():
    scenes = {
        1: {"ABANAZAR": 2, "AUDIENCE": 4},
        2: {"ALADDIN": 3, "ABANAZAR": 1},
        3: {"GENIE": 5, "ALL": 2},
    }
    assert call_sheet(scenes, [1, 2]) == ["ABANAZAR", "ALADDIN"]
    assert call_sheet(scenes, [3, 2]) == ["GENIE", "ALADDIN", "ABANAZAR"]


def test_speech_before_any_scene():
    with pytest.raises(ValueError, match="line 1"):
        parse_script("ALADDIN: Hello?")


def test_not_a_speech():
    with pytest.raises(ValueError, match="line 2"):
        parse_script("SCENE 1: Peking\nAladdin: Hello?")


def test_carrying_on_a_speech_nobody_started():
    with pytest.raises(ValueError):
        parse_script("SCENE 1: Peking\n    and so on")


def test_scene_twice():
    with pytest.raises(ValueError, match="scene 1"):
        parse_script("SCENE 1: Peking\nSCENE 1: Peking again")

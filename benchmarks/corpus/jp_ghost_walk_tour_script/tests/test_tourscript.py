import pytest

from tourscript import minutes_text, running_order, walk_plan

PLAIN = """
# evening route, summer
@ Market Cross
Good evening and welcome to the Old Town ghost walk.
Stay close, the lanes are narrow.
@ The Old Gaol
The last hanging here was in seventeen forty three.
"""


def test_stops_and_words():
    plan = walk_plan(PLAIN)
    assert [(stop["stop"], stop["words"]) for stop in plan] == [("Market Cross", 16), ("The Old Gaol", 9)]


def test_speaking_time():
    plan = walk_plan(PLAIN, words_per_minute=60)
    assert [stop["seconds"] for stop in plan] == [16, 9]


def test_talk_before_the_first_stop():
    plan = walk_plan("Tickets please.\n@ Market Cross\nWelcome.")
    assert [stop["stop"] for stop in plan] == ["Meeting point", "Market Cross"]


def test_pauses_and_cues():
    script = """
    @ Bishop's Lane
    [lantern down] She was seen here on the stair. [pause 10] Listen.
    """
    plan = walk_plan(script, words_per_minute=60)
    assert plan == [{"stop": "Bishop's Lane", "words": 8, "seconds": 18, "cues": ["lantern down"]}]


def test_unclosed_direction():
    with pytest.raises(ValueError):
        walk_plan("@ Market Cross\n[ring bell Welcome.")


def test_minutes_text():
    assert minutes_text(125) == "2m 05s"


def test_running_order():
    plan = [
        {"stop": "Market Cross", "words": 300, "seconds": 150, "cues": []},
        {"stop": "The Old Gaol", "words": 200, "seconds": 95, "cues": ["ring bell", "lantern up"]},
    ]
    assert running_order(plan) == ["Market Cross (2m 30s)", "The Old Gaol (1m 35s): ring bell, lantern up"]

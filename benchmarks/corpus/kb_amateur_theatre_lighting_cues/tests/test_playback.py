import pytest

from cuestack.cues import Cue
from cuestack.playback import go_list, next_cue, running_order


def numbers(cues):
    return [cue.number for cue in running_order(cues)]


def test_cut_cues_are_left_out():
    cues = [Cue(f"Q{n}", f"state {n}", 3, cut=n == 3) for n in range(1, 6)]
    assert numbers(cues) == ["Q1", "Q2", "Q4", "Q5"]


def test_point_cue_goes_between_its_neighbours():
    cues = [Cue("Q1", "Preshow", 0), Cue("Q2", "Day", 3), Cue("Q3", "Night", 8), Cue("Q2.5", "Dusk", 10)]
    assert numbers(cues) == ["Q1", "Q2", "Q2.5", "Q3"]


def test_numbers_with_and_without_the_q():
    assert numbers([Cue("Q3", "c", 1), Cue("1", "a", 1), Cue("q2", "b", 1)]) == ["1", "q2", "Q3"]


def test_same_cue_twice_is_a_mistake():
    with pytest.raises(ValueError, match="4"):
        running_order([Cue("Q4", "Storm", 2), Cue("Q5", "Calm", 6), Cue("4", "Storm again", 2)])


def test_act_one_in_order():
    cues = [Cue(f"Q{n}", f"state {n}", 3) for n in range(1, 13)] + [Cue("Q9.5", "Lightning", 0.5)]
    assert numbers(cues) == ["Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8", "Q9", "Q9.5", "Q10", "Q11", "Q12"]


def test_go_list_puts_follows_on_the_go_before():
    cues = [Cue("Q1", "Preshow", 0), Cue("Q2", "House out", 4), Cue("Q2.5", "Stage up", 6, follow=True), Cue("Q3", "Day", 3)]
    assert go_list(cues) == ["Q1 Preshow (0s)", "Q2 House out (4s) -> Q2.5 Stage up (6s)", "Q3 Day (3s)"]


def test_next_cue():
    cues = [Cue("Q1", "Preshow", 0), Cue("Q2", "Day", 3), Cue("Q2.5", "Dusk", 10)]
    assert next_cue(cues, "Q2") == "Q2.5"
    assert next_cue(cues, "Q2.5") is None

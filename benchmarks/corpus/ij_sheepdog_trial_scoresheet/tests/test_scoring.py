import pytest

from trials.course import TOTAL
from trials.scoring import Fault, Run, phase_scores, placings, run_total


def test_a_clean_run_keeps_every_point():
    assert run_total(Run("Aled", "Fly")) == TOTAL == 100


def test_faults_on_the_drive():
    scores = phase_scores([Fault("drive", 4, "wide at the first gate"), Fault("drive", 3, "missed the cross-drive")])
    assert scores["drive"] == 23
    assert scores["outrun"] == 20


def test_a_phase_never_goes_below_nothing():
    scores = phase_scores([Fault("pen", 6), Fault("pen", 7)])
    assert scores["pen"] == 0


def test_retiring_at_the_shed():
    scores = phase_scores([Fault("drive", 2)], retired_in="shed")
    assert scores == {"outrun": 20, "lift": 10, "fetch": 20, "drive": 28, "shed": 0, "pen": 0}


def test_unknown_phase_on_the_sheet():
    with pytest.raises(ValueError):
        phase_scores([Fault("singling", 2)])


def test_faults_through_the_whole_course():
    sheet = [
        Fault("outrun", 2, "stopped short"),
        Fault("lift", 1),
        Fault("fetch", 3, "offline"),
        Fault("fetch", 1),
        Fault("drive", 5),
        Fault("pen", 2),
    ]
    assert phase_scores(sheet) == {"outrun": 18, "lift": 9, "fetch": 16, "drive": 25, "shed": 10, "pen": 8}


def test_placings_split_a_tie_on_the_outwork():
    runs = [
        Run("Aled", "Fly", (Fault("outrun", 3),)),
        Run("Bethan", "Moss", (Fault("drive", 3),)),
        Run("Ceri", "Nell", retired_in="pen"),
    ]
    assert placings(runs) == [("Bethan", "Moss", 97), ("Aled", "Fly", 97), ("Ceri", "Nell", 90)]


def test_placings_over_a_morning():
    runs = [
        Run("Aled", "Fly", (Fault("outrun", 2), Fault("fetch", 4), Fault("drive", 6), Fault("pen", 1))),
        Run("Bethan", "Moss", (Fault("lift", 2), Fault("drive", 9), Fault("shed", 4))),
        Run("Ceri", "Nell", (Fault("outrun", 1), Fault("lift", 1), Fault("drive", 3))),
    ]
    assert [handler for handler, _, _ in placings(runs)] == ["Ceri", "Aled", "Bethan"]

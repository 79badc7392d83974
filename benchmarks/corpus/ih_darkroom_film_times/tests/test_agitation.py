from darkroom.agitation import agitation_marks


def test_ilford_method():
    assert agitation_marks(3.5) == [(0, 30), (60, 70), (120, 130), (180, 190)]


def test_last_agitation_must_fit():
    assert agitation_marks(2.0)[-1] == (60, 70)

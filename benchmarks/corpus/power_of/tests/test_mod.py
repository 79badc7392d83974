from mod import power_of


def test_cube():
    assert power_of(2, 3) == 8

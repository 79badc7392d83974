from grading import grade, read_diameters, tally


def test_grade_boundaries():
    assert grade(70) == "Jumbo"
    assert grade(69.9) == "Large"
    assert grade(50) == "Medium"
    assert grade(39) is None


def test_tally_counts_undersize_as_seed():
    assert tally([72, 64, 61, 45, 38, 22]) == {"Jumbo": 1, "Large": 2, "Medium": 0, "Small": 1, "seed": 2}


def test_read_diameters():
    text = """
    # Germidour, bed 3
    71.5
    63

    42  # split skin, shop only
    """
    assert read_diameters(text) == [71.5, 63.0, 42.0]

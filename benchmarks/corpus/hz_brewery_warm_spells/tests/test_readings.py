from brewlog.readings import Reading, abv, parse_log


def test_parse_log_sorts_and_skips_comments():
    text = """
    # batch 41, pale ale
    2 1.030 20.5
    0 1.050 19.0   # pitched
    """
    assert parse_log(text) == [Reading(0, 1.050, 19.0), Reading(2, 1.030, 20.5)]


def test_abv():
    assert abv(1.048, 1.010) == 5.0

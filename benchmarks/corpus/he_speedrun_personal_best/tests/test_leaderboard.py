from conftest import run


def test_standings(board):
    assert board.standings() == [(1, "moss", "24:58.250"), (2, "kira", "25:20.000"), (3, "tamsin", "26:50.400")]


def test_faster_run_is_a_personal_best(board):
    assert board.submit(run("kira", 1_490_000, 6))
    assert board.standings()[0] == (1, "kira", "24:50.000")


def test_slower_run_is_not(board):
    assert not board.submit(run("moss", 1_510_000, 7))
    assert board.personal_best("moss").time_ms == 1_498_250


def test_equal_time_keeps_the_earlier_run(board):
    assert not board.submit(run("kira", 1_520_000, 9))
    assert board.personal_best("kira").submitted.day == 3


def test_unverified_and_other_categories_are_ignored(board):
    assert not board.submit(run("tamsin", 1_000_000, 8, verified=False))
    assert not board.submit(run("tamsin", 1_000_000, 8, category="100%"))
    assert board.personal_best("tamsin").time_ms == 1_610_400


def test_backfilled_older_run_that_was_slower(board):
    # runs from the old site are imported after the new ones
    assert not board.submit(run("kira", 1_700_000, 1))
    assert board.personal_best("kira").time_ms == 1_520_000

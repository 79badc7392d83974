from arcade.board import Leaderboard


def test_keeps_best_score():
    board = Leaderboard()
    board.record("ann", 50)
    board.record("ann", 30)
    assert board.best == {"ann": 50}


def test_new_best_is_reported():
    board = Leaderboard()
    assert board.record("ann", 10)
    assert not board.record("ann", 5)
    assert board.record("ann", 11)


def test_top_and_rank():
    board = Leaderboard(size=2)
    board.record_all([("ann", 50), ("bob", 70), ("cy", 50), ("bob", 20)])
    assert board.top() == [("bob", 70), ("ann", 50)]
    assert board.rank("cy") == 3
    assert board.rank("dee") is None


def test_negative_scores_count():
    # Golf-style games end below zero.
    board = Leaderboard()
    board.record("ann", -4)
    board.record("bob", -2)
    assert board.top() == [("bob", -2), ("ann", -4)]

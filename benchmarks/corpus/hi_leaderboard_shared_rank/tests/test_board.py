from arcade.board import Row, standings
from arcade.scores import Score, best_scores


def test_best_scores(scores):
    best = best_scores(scores)
    assert best["amy"].points == 5100
    assert best["bob"] == Score("bob", 4400, 60)


def test_standings(scores):
    assert standings(scores) == [
        Row(1, "amy", 5100),
        Row(2, "bob", 4400),
        Row(3, "zed", 4200),
        Row(4, "kim", 3300),
    ]


def test_top_two(scores):
    assert [row.player for row in standings(scores, top=2)] == ["amy", "bob"]


def test_ties_share_a_rank(scores):
    scores.append(Score("cat", 4400, 70))
    assert [(row.rank, row.player) for row in standings(scores)] == [(1, "amy"), (2, "bob"), (2, "cat"), (4, "zed"), (5, "kim")]

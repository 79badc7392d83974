import pytest

from pubquiz.rounds import build_sheet
from pubquiz.scoreboard import QuizError, Scoreboard


@pytest.fixture
def board():
    sheet = build_sheet({"general": 3, "pictures": 2, "music": 3}, doubled=("pictures",))
    return Scoreboard(sheet, ["Quizteama Aguilera", "Les Quizerables", "The Know-Alls"])


def test_sheet_numbering():
    sheet = build_sheet({"general": 3, "pictures": 2}, doubled=("pictures",))
    assert [q.round for q in sheet.values()] == ["general"] * 3 + ["pictures"] * 2
    assert sheet[4].points == 2


def test_wrong_answer_scores_nothing(board):
    assert board.mark("Les Quizerables", 1, False) == 0
    assert board.scores["Les Quizerables"] == 0


def test_first_correct_gets_bonus(board):
    assert board.mark("The Know-Alls", 4, True) == 3
    assert board.mark("Les Quizerables", 4, True) == 2
    assert board.bonuses("The Know-Alls") == 1


def test_answer_once(board):
    board.mark("The Know-Alls", 2, False)
    with pytest.raises(QuizError):
        board.mark("The Know-Alls", 2, True)


def test_standings(board):
    board.mark("Les Quizerables", 1, True)
    board.mark("The Know-Alls", 1, True)
    board.mark("The Know-Alls", 6, True)
    board.mark("Quizteama Aguilera", 6, False)
    assert board.standings() == [("The Know-Alls", 3), ("Les Quizerables", 2), ("Quizteama Aguilera", 0)]
    assert board.winners() == ["The Know-Alls"]

from karting.board import TimingBoard


def test_first_passing_starts_the_lap():
    board = TimingBoard()
    assert board.passing(7, 3.1) is None
    assert board.passing(7, 45.02) == 41.92


def test_double_read_is_ignored(board):
    assert board.laps[12] == [42.55, 42.55]


def test_best_laps(board):
    assert board.best_laps() == {7: 41.49, 12: 42.55}


def test_positions(board):
    assert board.positions() == [7, 12]


def test_fastest_lap_of_the_heat(board):
    assert board.fastest == (7, 41.49)


def test_new_heat_clears_the_board(board):
    board.start_heat("Juniors 2")
    assert board.heat == "Juniors 2"
    assert board.laps == {} and board.positions() == []


def test_fastest_lap_is_for_this_heat_only(board):
    board.start_heat("Seniors 1")
    for kart, at in [(3, 2.0), (3, 46.1), (3, 89.6), (5, 2.5), (5, 47.0)]:
        board.passing(kart, at)
    assert board.fastest == (3, 43.5)

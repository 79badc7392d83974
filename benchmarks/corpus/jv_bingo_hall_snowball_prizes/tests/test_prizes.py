from bingohall.games import Game
from bingohall.prizes import hall_keeps, session_prizes


def test_line_and_house_are_shares_of_the_book_money():
    # 80 books at £3: £36 for the line, £96 for the house
    assert session_prizes([Game(80, 1, 1, 62)], snowball=0) == ([(1, 3600, 9600)], 1000)


def test_shared_prizes_split_evenly():
    prizes, _ = session_prizes([Game(81, 2, 3, 70)], snowball=0)
    assert prizes == [(1, 1822, 3240)]


def test_snowball_rolls_on_while_nobody_wins_it():
    games = [Game(60, 1, 1, 55), Game(60, 1, 1, 61), Game(60, 1, 1, 49)]
    prizes, snowball = session_prizes(games, snowball=25000)
    assert [house for _, _, house in prizes] == [7200, 7200, 7200]
    assert snowball == 28000


def test_snowball_goes_with_an_early_house_and_starts_again():
    games = [Game(60, 1, 1, 44), Game(60, 1, 1, 63)]
    prizes, snowball = session_prizes(games, snowball=25000)
    assert prizes == [(1, 2700, 7200 + 26000), (2, 2700, 7200)]
    assert snowball == 1000


def test_hall_keeps_what_is_left_after_prizes_and_snowball():
    games = [Game(81, 2, 3, 70), Game(40, 1, 1, 52)]
    prizes, snowball = session_prizes(games, snowball=5000)
    # £363 taken, £199.64 paid out, £20 put by for the snowball
    assert hall_keeps(games, prizes, 5000, snowball) == 36300 - (3644 + 9720 + 1800 + 4800) - 2000

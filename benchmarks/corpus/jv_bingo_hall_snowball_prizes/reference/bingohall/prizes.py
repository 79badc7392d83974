"""Prize money for a session, all in pence.

Each game's line and house prizes are shares of that game's book money. The
snowball grows by SNOWBALL_ADD every game and goes to the house winners of the
first game whose house is called within SNOWBALL_CALLS numbers; until then it
rolls on from game to game, and on to the next session. Winners who share a prize
share it evenly; the odd pence stay with the hall.
"""

from __future__ import annotations

from bingohall.games import Game

BOOK_PRICE = 300
LINE_PERCENT = 15
HOUSE_PERCENT = 40
SNOWBALL_ADD = 1000
SNOWBALL_CALLS = 48


def session_prizes(games: list[Game], snowball: int) -> tuple[list[tuple[int, int, int]], int]:
    """(game, each line winner's prize, each house winner's prize) for every game,
    and the snowball carried to the next session."""
    prizes = []

    def settle(number: int, game: Game) -> None:
        nonlocal snowball
        snowball += SNOWBALL_ADD
        takings = game.books * BOOK_PRICE
        line = takings * LINE_PERCENT // 100
        house = takings * HOUSE_PERCENT // 100
        if game.house_call <= SNOWBALL_CALLS:
            house += snowball
            snowball = 0
        prizes.append((number, line // game.line_winners, house // game.house_winners))

    for number, game in enumerate(games, start=1):
        settle(number, game)
    return prizes, snowball


def hall_keeps(games: list[Game], prizes: list[tuple[int, int, int]], snowball_in: int, snowball_out: int) -> int:
    """What the session leaves the hall once the prizes are paid and the snowball is put by."""
    takings = sum(game.books * BOOK_PRICE for game in games)
    paid = sum(line * game.line_winners + house * game.house_winners for game, (_, line, house) in zip(games, prizes))
    return takings - paid - (snowball_out - snowball_in)

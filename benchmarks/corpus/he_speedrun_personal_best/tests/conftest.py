from datetime import datetime

import pytest

from leaderboard import Leaderboard
from runs import Run


def run(runner, time_ms, day, category="any%", verified=True):
    return Run(runner, category, time_ms, datetime(2024, 5, day, 12, 0), verified)


@pytest.fixture
def board():
    board = Leaderboard("any%")
    board.submit(run("kira", 1_520_000, 3))
    board.submit(run("moss", 1_498_250, 4))
    board.submit(run("tamsin", 1_610_400, 4))
    return board

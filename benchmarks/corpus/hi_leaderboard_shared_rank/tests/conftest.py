import pytest

from arcade.scores import parse_scores

SEASON = """\
# player points submitted
zed 4200 10
amy 5100 12
bob 3900 30
amy 4800 44   # amy keeps her 5100
kim 3300 51
bob 4400 60
""".splitlines()


@pytest.fixture
def scores():
    return parse_scores(SEASON)

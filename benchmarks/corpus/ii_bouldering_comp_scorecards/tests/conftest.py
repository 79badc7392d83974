import pytest

from scorecard import Scorecard

BOULDERS = ["B1", "B2", "B3", "B4"]


def card(climber, **logs):
    card = Scorecard(climber, BOULDERS)
    for boulder, outcomes in logs.items():
        for outcome in outcomes.split():
            card.log(boulder, outcome)
    return card


@pytest.fixture
def make_card():
    """card("Ana", B1="fall zone top"): a scorecard with those attempts logged."""
    return card


@pytest.fixture
def round_one():
    """Week one of the league, as the judges logged it."""
    return {
        "Maya": card("Maya", B1="zone top", B2="fall zone", B3="fall fall"),
        "Jonas": card("Jonas", B1="top", B2="zone zone top", B3="fall zone"),
        "Priya": card("Priya", B1="fall fall zone top", B2="zone", B3="zone fall"),
        "Sam": card("Sam", B1="fall", B2="fall fall"),
    }

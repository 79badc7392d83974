import pytest

from judging.cards import read_cards

ROWS = [
    {"judge": "Ines", "team": "Owls", "idea": "8", "build": "6", "demo": "9", "conflict": ""},
    {"judge": "Marek", "team": "Owls", "idea": "7", "build": "8", "demo": "6", "conflict": ""},
    {"judge": "Ines", "team": "Bytes", "idea": "6", "build": "9", "demo": "7", "conflict": ""},
    {"judge": "Marek", "team": "Bytes", "idea": "10", "build": "10", "demo": "10", "conflict": "yes"},
    {"judge": "Ines", "team": "Kites", "idea": "5", "build": "5", "demo": "5", "conflict": "yes"},
]


@pytest.fixture
def cards():
    return read_cards(ROWS)

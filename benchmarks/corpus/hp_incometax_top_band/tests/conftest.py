import pytest

from incometax.bands import parse_bands


@pytest.fixture
def bands():
    return parse_bands("""
        0-37700 20
        37700-125140 40
        125140+ 45
    """)

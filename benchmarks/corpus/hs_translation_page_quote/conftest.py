import pytest

LETTER = """Dear Ms. Okafor,

thank you for your letter of 3 May - we are glad to confirm the booking.
The rooms will be ready from 14:00 on the day of arrival.

Kind regards,
R. Lindqvist
"""


@pytest.fixture
def letter():
    return LETTER

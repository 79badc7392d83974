from datetime import date

import pytest

from reading_room.loans import Loan


@pytest.fixture
def spring_loans():
    """A fortnight's loans: every box is due 14 days after it was lent."""
    return [
        Loan("QS/1/204", "R118", date(2024, 3, 1), date(2024, 3, 10)),  # back early
        Loan("QS/1/205", "R118", date(2024, 3, 1)),  # still out
        Loan("PR/7/12", "R302", date(2024, 3, 4), date(2024, 3, 19)),  # one day late, in grace
        Loan("EST/22", "R415", date(2024, 2, 1)),  # very late
    ]

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "src"))

from rota.duties import Duty, Leg  # noqa: E402


@pytest.fixture
def early_duty():
    """Route 7 out and back, a proper break, then the 12 to the hospital and back."""
    return Duty("E14", "Priya", [
        Leg("7", 5 * 60 + 30, 7 * 60 + 10),
        Leg("7", 7 * 60 + 15, 8 * 60 + 55),
        Leg("12", 9 * 60 + 45, 11 * 60 + 20),
        Leg("12", 11 * 60 + 25, 13 * 60 + 5),
    ])

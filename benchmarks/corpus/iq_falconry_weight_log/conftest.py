import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "src"))

from mews.birds import Bird  # noqa: E402
from mews.weights import Weighing  # noqa: E402


@pytest.fixture
def hawk():
    return Bird("Maple", "Harris hawk", flying_weight=680, band=15)


@pytest.fixture
def week_log():
    """A week of morning weighings while Maple is brought down to flying weight."""
    start = date(2024, 10, 7)
    grams = [742, 731, 722, 716, 705, 699, 690]
    return [Weighing(start + timedelta(days=k), g) for k, g in enumerate(grams)]

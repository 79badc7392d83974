import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "src"))

from range_desk.billing import Session  # noqa: E402
from range_desk.clock import parse_clock  # noqa: E402


@pytest.fixture
def session():
    """A session as the desk books it: session("9:00", "10:10", buckets=2)."""

    def make(checked_in, checked_out, bay=1, **extra):
        return Session(bay, parse_clock(checked_in), parse_clock(checked_out), **extra)

    return make

import pytest

from parking.permits import PermitRegistry, parse_permit

EXPORT = """\
P-1001; AB12 CDE; Z1,Z3; 2024-01-01; 2024-06-30
P-1002; KT19 XYZ; Z2; 2024-03-01; 2025-02-28
P-1003; ab12cde; Z2; 2024-07-01; 2024-12-31
"""


@pytest.fixture
def registry():
    return PermitRegistry([parse_permit(line) for line in EXPORT.splitlines()])

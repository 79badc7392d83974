import pytest

from dental.patients import load_patients
from dental.recall import Practice

EXPORT = """\
number,name,last_checkup,interval_months,next_appointment,status,email
D1001,Ann Price,2023-11-02,6,,registered,ann@example.org
D1002,Bilal Khan,2024-01-15,6,2024-07-20,registered,
D1003,Cora Lewis,2023-06-30,12,,registered,
D1004,Dev Patel,2023-09-10,6,,left,dev@example.org
D1005,Eve Stone,,6,,registered,eve@example.org
"""


@pytest.fixture
def practice():
    return Practice(load_patients(EXPORT.splitlines()))

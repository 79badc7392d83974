import pytest

STATEMENT = """Date;Payee;Amount
02/03/2024;Coffee Corner;-3,50
28.02.2024;ACME Payroll;2.450,00
2024-03-05;Landlord;-950,00

01 Mar 2024;Gym;-29,90
"""


@pytest.fixture
def statement():
    return STATEMENT

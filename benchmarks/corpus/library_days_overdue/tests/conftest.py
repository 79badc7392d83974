from datetime import date

import pytest

from library.loans import Library


@pytest.fixture
def library():
    lib = Library(loan_days=14)
    lib.add_book("dune", "Dune", copies=2)
    lib.add_book("emma", "Emma")
    return lib


@pytest.fixture
def march():
    return date(2024, 3, 1)

import pytest

from masonry.lettering import read_inscription


@pytest.fixture
def inscription():
    # 16 + 18 + 8 + 16 = 58 chargeable letters
    return read_inscription(
        """
        IN LOVING MEMORY OF
        MARGARET ANNE HOLLIS
        1931 - 2023
        REUNITED WITH BILL
        """
    )


@pytest.fixture
def added_name():
    # 12 chargeable letters, added under Margaret's
    return read_inscription("BILL\n1929 - 2024")

import pytest

HEADER = "country,year,denomination,condition,price,notes\n"


@pytest.fixture
def export():
    return HEADER + (
        "Great Britain,1840,1d,used,£95.00,Penny Black\n"
        "Ireland,1922,2d,mint,3.50\n"
        "\n"
        "Canada,1851,3d,used,£120\n"
    )


@pytest.fixture
def damaged_export():
    return HEADER + (
        "Great Britain,1840,1d,used,£95.00\n"
        "Ireland,192x,2d,mint,3.50\n"
        "Canada,1851,3d\n"
        "Malta,1860,½d,mint,£40\n"
    )

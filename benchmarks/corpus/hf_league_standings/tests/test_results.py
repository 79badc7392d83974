import pytest

from league.results import Match, parse_result


def test_parse_result():
    assert parse_result("Port Vale 2-1 Stoke City") == Match("Port Vale", "Stoke City", 2, 1)
    assert parse_result("  Rovers 10 - 0 United ") == Match("Rovers", "United", 10, 0)


@pytest.mark.parametrize("line", ["Rovers v United", "Rovers 2-1", "Rovers 1-1 Rovers"])
def test_bad_results(line):
    with pytest.raises(ValueError):
        parse_result(line)

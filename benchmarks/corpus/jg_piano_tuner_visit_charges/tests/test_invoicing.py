from datetime import date

import pytest

from invoicing import Visit, monthly_statement, visit_charge
from rates import CONCERT, SCHOOLS


def test_one_piano_in_town():
    assert visit_charge(Visit("Mrs Okafor", date(2024, 3, 4), pianos=1, miles=3)) == 75.0


def test_further_pianos_at_the_extra_rate():
    assert visit_charge(Visit("The Grange", date(2024, 3, 6), pianos=3, miles=6)) == 185.0


def test_pitch_raise_on_top():
    assert visit_charge(Visit("Mr Dale", date(2024, 3, 7), pianos=1, miles=0, pitch_raises=1)) == 105.0


def test_mileage_there_and_back_beyond_ten_miles():
    assert visit_charge(Visit("Hollins Farm", date(2024, 3, 12), pianos=1, miles=18)) == 82.2


def test_concert_hall_gets_more_free_miles():
    assert visit_charge(Visit("Town Hall", date(2024, 3, 9), pianos=1, miles=20), CONCERT) == 110.0


def test_not_a_visit():
    with pytest.raises(ValueError):
        visit_charge(Visit("Mr Dale", date(2024, 3, 7), pianos=0, miles=2))
    with pytest.raises(ValueError):
        visit_charge(Visit("Mr Dale", date(2024, 3, 7), pianos=1, miles=2, pitch_raises=2))


def test_statement_per_customer(march_visits):
    statement = monthly_statement(march_visits)
    assert list(statement) == ["Hollins Farm", "Mrs Okafor", "St Anne's Primary"]
    assert [len(lines) for lines in statement.values()] == [2, 2, 3]
    assert all(lines[-1].startswith("Total ") for lines in statement.values())


def test_statement_lists_visits_in_date_order(march_visits):
    statement = monthly_statement(march_visits, SCHOOLS)
    assert statement["St Anne's Primary"] == [
        "05/03 1 piano(s) 95.00",
        "18/03 2 piano(s) 110.00",
        "Total 205.00",
    ]

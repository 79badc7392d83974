from datetime import date

from filmsoc.screenings import Screening
from filmsoc.statement import season_statement

AFTERSUN = Screening("Aftersun", date(2024, 10, 4), 40, 0, 0, 10000, 35)
PAST_LIVES = Screening("Past Lives", date(2024, 10, 18), 30, 10, 0, 5000, 35)
PERFECT_DAYS = Screening("Perfect Days", date(2024, 11, 1), 25, 12, 8, 5000, 40)
BRIEF_ENCOUNTER = Screening("Brief Encounter", date(2024, 11, 15), 9, 3, 3, 7500, 35)


def test_quiet_night_pays_the_guarantee():
    assert season_statement([AFTERSUN]) == ([("Aftersun", 16000, 10000, 6000)], (16000, 10000, 6000))


def test_busy_night_pays_the_percentage():
    # 30 x £4 + 10 x £6.50 = £185; 35% of it is £64.75, over the £50 guarantee
    assert season_statement([PAST_LIVES])[0] == [("Past Lives", 18500, 6475, 12025)]


def test_concession_guests_pay_the_concession_price():
    # 25 x £4 + 4 x £6.50 + 8 x £5 = £166
    assert season_statement([PERFECT_DAYS])[0] == [("Perfect Days", 16600, 6640, 9960)]


def test_season_in_date_order_with_totals():
    nights, totals = season_statement([BRIEF_ENCOUNTER, PERFECT_DAYS, AFTERSUN, PAST_LIVES])
    assert [n[0] for n in nights] == ["Aftersun", "Past Lives", "Perfect Days", "Brief Encounter"]
    assert totals == (56200, 30615, 25585)


def test_other_prices():
    nights, _ = season_statement([PAST_LIVES], member_pence=300, guest_pence=500)
    assert nights == [("Past Lives", 14000, 5000, 9000)]

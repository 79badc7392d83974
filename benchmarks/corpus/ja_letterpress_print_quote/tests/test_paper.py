from paper import STOCKS, ups


def test_business_cards_per_sheet():
    assert ups(STOCKS["cotton-600"], 89, 55) == 78


def test_turned_round_if_more_fit():
    assert ups(STOCKS["kraft-350"], 148, 105) == ups(STOCKS["kraft-350"], 105, 148) == 18


def test_too_big_for_the_sheet():
    assert ups(STOCKS["kraft-350"], 600, 800) == 0


def test_passes(wedding_invites, business_cards):
    assert wedding_invites.passes() == 2
    assert business_cards.passes() == 2

from quota.usage import Account, can_store, percent_used, remaining, warning


def test_remaining():
    assert remaining(Account("free", used=1_200)) == 3_800
    assert remaining(Account("free", used=1_200, bonus=500)) == 4_300


def test_remaining_when_over_quota():
    assert remaining(Account("free", used=6_000)) == 0


def test_can_store():
    account = Account("team", used=99_000)
    assert can_store(account, 1_000)
    assert not can_store(account, 1_001)


def test_over_quota_cannot_store_anything():
    assert not can_store(Account("free", used=5_100), 1)


def test_warnings():
    assert warning(Account("free", used=4_600)) == "400 MB left"
    assert warning(Account("free", used=5_001)) == "Over quota by 1 MB"
    assert warning(Account("team", used=10)) is None
    assert percent_used(Account("free", used=2_500)) == 50.0

from signup.validate import valid_email, valid_username


def test_good_usernames():
    assert valid_username("maria_k")
    assert valid_username("Dev42")


def test_bad_usernames():
    assert not valid_username("4chan")
    assert not valid_username("jo hn")
    assert not valid_username("Admin")
    assert not valid_username("al")


def test_email():
    assert valid_email("a.b@example.org")
    assert not valid_email("a.b@localhost")

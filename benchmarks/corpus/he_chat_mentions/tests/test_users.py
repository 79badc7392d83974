from huddle.users import User, user_from_record


def test_user_from_record():
    assert user_from_record({"email": " Ana@Example.org", "name": "Ana"}) == User("ana", "Ana", "ana@example.org")


def test_disabled_user():
    user = user_from_record({"email": "x@example.org", "handle": "xavier", "status": "disabled"})
    assert user.handle == "xavier" and not user.active

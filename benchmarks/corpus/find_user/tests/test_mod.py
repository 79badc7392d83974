from mod import find_user


def test_found():
    ada = {"name": "ada"}
    assert find_user([ada], "ada") is ada


def test_missing_is_none():
    assert find_user([{"name": "ada"}], "bob") is None

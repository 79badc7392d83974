from mod import valid_names


def test_filters_invalid():
    assert valid_names(["a", "2b", "c_d", "e f"]) == ["a", "c_d"]

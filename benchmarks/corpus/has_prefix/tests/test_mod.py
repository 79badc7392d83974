from mod import has_prefix


def test_prefix():
    assert has_prefix("test_mod.py", "test_")
    assert not has_prefix("mod_test", "test_")

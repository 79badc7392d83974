from a_module_that_does_not_exist import anything


def test_never_imported():
    assert anything

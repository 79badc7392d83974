from welltest.register import Register
from welltest.samples import Sample


def test_clear_well():
    register = Register()
    assert register.book_in(Sample("W1", "HILLFARM", 2, 0, 5)) == "clear"
    assert register.on_notice() == []


def test_first_failure_gets_a_resample_kit():
    register = Register()
    assert register.book_in(Sample("W1", "HILLFARM", 40, 3, 5)) == "resample"
    assert register.on_notice() == ["HILLFARM"]


def test_failed_resample_is_referred():
    register = Register()
    register.book_in(Sample("W1", "HILLFARM", 40, 3, 5))
    assert register.book_in(Sample("W2", "HILLFARM", 25, 0, 8)) == "refer"


def test_late_sample_is_void():
    register = Register()
    assert register.book_in(Sample("W1", "ROOKERY", 0, 0, 31)) == "void"
    assert register.last_result("ROOKERY") is None


def test_void_sample_does_not_clear_a_failed_well():
    register = Register()
    register.book_in(Sample("W1", "ROOKERY", 60, 2, 4))
    register.book_in(Sample("W2", "ROOKERY", 0, 0, 29))
    assert register.on_notice() == ["ROOKERY"]
    assert register.book_in(Sample("W3", "ROOKERY", 18, 0, 6)) == "refer"

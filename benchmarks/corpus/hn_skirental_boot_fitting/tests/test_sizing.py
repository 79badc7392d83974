from skirental.sizing import BOOT_SIZES, ski_length, smallest_fitting


def test_exact_size():
    assert smallest_fitting(BOOT_SIZES, 220) == 220


def test_smallest_foot():
    assert smallest_fitting(BOOT_SIZES, 198) == 220


def test_rounds_up_to_next_size():
    assert smallest_fitting(BOOT_SIZES, 263) == 265
    assert smallest_fitting(BOOT_SIZES, 291.5) == 300


def test_foot_too_long():
    assert smallest_fitting(BOOT_SIZES, 315) is None


def test_ski_length():
    assert ski_length(178, "intermediate") == 170
    assert ski_length(162, "beginner") == 145

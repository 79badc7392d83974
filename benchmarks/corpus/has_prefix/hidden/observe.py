"""Names that start, end, or do neither with the prefix."""

from observing import attempt
from mod import has_prefix


def observe():
    names = ["test_mod.py", "mod_test", "test_", "", "tes", "test_test_"]
    return [attempt(has_prefix, n, p) for n in names for p in ("test_", "", "mod")]

import pytest

from versions.ranges import newest, satisfies
from versions.semver import Version, bump, parse


def test_parse():
    assert parse("v1.2.3-rc.1") == Version(1, 2, 3, "rc.1")
    with pytest.raises(ValueError):
        parse("1.2")


def test_order():
    assert parse("1.2.3") < parse("1.10.0")
    assert parse("1.0.0-rc.2") < parse("1.0.0-rc.10") < parse("1.0.0")


def test_compare_with_text():
    assert parse("1.2.3") < "1.2.4"


def test_bump():
    assert bump(parse("1.2.3"), "minor") == Version(1, 3, 0)


@pytest.mark.parametrize("version, requirement, ok", [
    ("1.4.0", "^1.2.3", True),
    ("2.0.0", "^1.2.3", False),
    ("0.2.9", "^0.2.1", True),
    ("1.2.9", "~1.2.3", True),
    ("1.3.0", "~1.2.3", False),
    ("1.2.3", "1.2.3", True),
])
def test_satisfies(version, requirement, ok):
    assert satisfies(version, requirement) is ok


def test_at_least():
    assert satisfies("3.1.0", ">=3.0.0")


def test_newest():
    assert newest(["1.2.0", "1.9.1", "2.0.0", "1.10.0"], "^1.0.0") == "1.10.0"

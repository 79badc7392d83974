import pytest

from removals.pianos import piano_type


def test_names_from_the_web_form():
    assert piano_type("Baby-Grand").name == "baby grand"
    assert piano_type("  Upright ").name == "upright"
    assert piano_type("Concert grand").name == "grand"


def test_pianos_we_do_not_move():
    with pytest.raises(ValueError, match="pianola"):
        piano_type("pianola")

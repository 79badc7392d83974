import pytest

from inkwell.scripts import script_named


def test_script_named():
    assert script_named(" Copperplate ").per_character == 0.14


def test_unknown_script():
    with pytest.raises(ValueError, match="Gothic"):
        script_named("Gothic")

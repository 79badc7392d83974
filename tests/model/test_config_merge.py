"""merge_editor_settings: what `workspace/didChangeConfiguration` does to the editor's
settings. Through the real server: tests/lsp/test_lsp_configuration.py."""

from pathlib import Path

import pytest

from greenfix.analysis.config import ConfigError, load_settings, merge_editor_settings

INITIAL = {"runTestsOnSave": True, "model": {"model": "m", "baseUrl": "http://127.0.0.1:1/v1"}}


@pytest.mark.parametrize("empty", [{}, None, {"model": {}}, {"refine": {}}])
def test_an_empty_change_keeps_every_setting(tmp_path: Path, empty: dict | None) -> None:
    merged = merge_editor_settings(INITIAL, empty)

    assert load_settings(tmp_path, merged, environ={}) == load_settings(tmp_path, INITIAL, environ={})


def test_a_key_present_overrides_and_a_key_absent_keeps_its_value(tmp_path: Path) -> None:
    merged = merge_editor_settings(INITIAL, {"testTimeout": 5, "model": {"model": "other"}})

    settings = load_settings(tmp_path, merged, environ={})
    assert settings.refine.run_tests_on_save is True
    assert settings.refine.test_timeout == 5
    assert settings.model.model == "other"
    assert settings.model.base_url == "http://127.0.0.1:1/v1"


@pytest.mark.parametrize("change", [{"run_tests_on_save": False}, {"refine": {"runTestsOnSave": False}}, {"run-tests-on-save": False}])
def test_a_key_overrides_whatever_its_spelling_or_section(tmp_path: Path, change: dict) -> None:
    merged = merge_editor_settings(INITIAL, change)

    assert load_settings(tmp_path, merged, environ={}).refine.run_tests_on_save is False


def test_null_for_a_key_that_may_be_unset_clears_it(tmp_path: Path) -> None:
    merged = merge_editor_settings(INITIAL, {"model": None})

    assert load_settings(tmp_path, merged, environ={}).model.model is None


def test_pyproject_still_fills_what_the_editor_never_named(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.greenfix]\nbudget_seconds = 30\nrun_tests_on_save = true\n")

    merged = merge_editor_settings({}, {"testTimeout": 9})

    settings = load_settings(tmp_path, merged, environ={})
    assert (settings.refine.budget_seconds, settings.refine.run_tests_on_save, settings.refine.test_timeout) == (30, True, 9)


@pytest.mark.parametrize(
    ("change", "expected"),
    [({"testTimeout": -1}, "greater than 0"), ({"nosuch": 1}, "unknown setting 'nosuch'"), ({"runTestsOnSave": None}, "must not be empty")],
)
def test_a_bad_change_is_refused_whole(change: dict, expected: str) -> None:
    with pytest.raises(ConfigError, match=expected):
        merge_editor_settings(INITIAL, {"budgetSeconds": 10, **change})


def test_the_current_settings_are_not_modified() -> None:
    current = {"refine": {"testTimeout": 3}}

    merge_editor_settings(current, {"testTimeout": 4})

    assert current == {"refine": {"testTimeout": 3}}

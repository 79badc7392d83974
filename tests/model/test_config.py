from pathlib import Path

import pytest

from greenfix.analysis.config import ConfigError, Settings, api_key, load_settings


def write_pyproject(root: Path, body: str) -> Path:
    (root / "pyproject.toml").write_text(body, encoding="utf-8")
    return root


def test_defaults_without_any_source(tmp_path: Path) -> None:
    settings = load_settings(tmp_path, environ={})
    assert settings == Settings()
    assert settings.model.api_key_env == "OPENAI_API_KEY"
    assert settings.model.constraint == "auto"
    assert not settings.model_configured


def test_editor_options_beat_pyproject_which_beats_environment(tmp_path: Path) -> None:
    write_pyproject(
        tmp_path,
        '[tool.greenfix]\nmodel = "from-pyproject"\ntimeout = 12.5\n[tool.greenfix.refine]\nseed = 7\n',
    )
    environ = {"GREENFIX_MODEL": "from-env", "GREENFIX_TIMEOUT": "3", "GREENFIX_BASE_URL": "http://127.0.0.1:9/v1", "GREENFIX_SEED": "1"}
    settings = load_settings(tmp_path, overrides={"model": {"model": "from-editor"}}, environ=environ)
    assert settings.model.model == "from-editor"
    assert settings.model.timeout == 12.5
    assert settings.model.base_url == "http://127.0.0.1:9/v1"
    assert settings.refine.seed == 7
    assert settings.model_configured


def test_editor_options_accept_camel_case_flat_or_nested(tmp_path: Path) -> None:
    flat = load_settings(tmp_path, {"baseUrl": "http://127.0.0.1:1/v1", "maxTokens": 64, "runTestsOnSave": True}, environ={})
    nested = load_settings(
        tmp_path,
        {"model": {"baseUrl": "http://127.0.0.1:1/v1", "max_tokens": 64}, "refine": {"runTestsOnSave": True}},
        environ={},
    )
    assert flat == nested
    assert flat.model.max_tokens == 64 and flat.refine.run_tests_on_save


def test_environment_values_are_converted(tmp_path: Path) -> None:
    environ = {
        "GREENFIX_CONSTRAINT": "gbnf",
        "GREENFIX_N": "3",
        "GREENFIX_RUN_TESTS_ON_SAVE": "yes",
        "GREENFIX_REPLAY": "/tmp/run.jsonl",
        "GREENFIX_PYTHON": "/usr/bin/python3",
    }
    settings = load_settings(None, environ=environ)
    assert settings.model.constraint == "gbnf"
    assert settings.model.n == 3
    assert settings.refine.run_tests_on_save is True
    assert settings.model.replay == "/tmp/run.jsonl"
    assert settings.refine.python == "/usr/bin/python3"


@pytest.mark.parametrize(
    ("overrides", "environ", "expected"),
    [
        ({"timeout": "soon"}, {}, "'timeout' from editor settings must be a number"),
        ({"timeout": -1}, {}, "'timeout' from editor settings must be greater than 0"),
        ({"n": 1.5}, {}, "'n' from editor settings must be an integer"),
        ({"constraint": "regex"}, {}, "'constraint' from editor settings must be one of auto, gbnf, lark, ebnf, json_schema, none"),
        ({"temperature": 3}, {}, "'temperature' from editor settings must be between 0 and 2"),
        ({"runTestsOnSave": "maybe"}, {}, "'run_tests_on_save' from editor settings must be true or false"),
        ({"modle": "x"}, {}, "unknown setting 'modle' in editor settings"),
        ({}, {"GREENFIX_RETRIES": "many"}, "'retries' from environment variable GREENFIX_RETRIES must be an integer"),
    ],
)
def test_bad_values_name_the_key_and_source(overrides: dict, environ: dict, expected: str) -> None:
    with pytest.raises(ConfigError, match=expected.replace("(", r"\(")):
        load_settings(None, overrides, environ)


def test_bad_pyproject_value_names_the_file(tmp_path: Path) -> None:
    write_pyproject(tmp_path, "[tool.greenfix]\nmax_tokens = 0\n")
    with pytest.raises(ConfigError) as raised:
        load_settings(tmp_path, environ={})
    assert "max_tokens" in str(raised.value) and str(tmp_path / "pyproject.toml") in str(raised.value)


def test_broken_toml_is_a_clear_error(tmp_path: Path) -> None:
    write_pyproject(tmp_path, "[tool.greenfix\nmodel = 1\n")
    with pytest.raises(ConfigError, match="is not valid TOML"):
        load_settings(tmp_path, environ={})


def test_a_key_is_refused_and_never_echoed(tmp_path: Path) -> None:
    secret = "sk-proj-abcdef0123456789"
    for overrides in ({"apiKey": secret}, {"api_key_env": secret}):
        with pytest.raises(ConfigError) as raised:
            load_settings(tmp_path, overrides, environ={})
        assert secret not in str(raised.value)
        assert "environment variable" in str(raised.value)


def test_api_key_comes_from_the_named_variable_and_stays_out_of_repr(tmp_path: Path) -> None:
    secret = "sk-test-0123456789"
    environ = {"MY_KEY": secret}
    settings = load_settings(tmp_path, {"apiKeyEnv": "MY_KEY", "model": "m"}, environ=environ)
    assert api_key(settings, environ) == secret
    assert api_key(settings, {}) is None
    assert secret not in repr(settings)

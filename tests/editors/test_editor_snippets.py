"""The setup snippets of docs/editors.md for editors we cannot run here read as
their editors would read them: Helix's TOML parses and starts `greenfix serve`,
Emacs's Lisp is balanced and registers it with eglot, the JSON is JSON."""

from __future__ import annotations

import json
import sys

import pytest

from tests.editors.snippets import code_blocks

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib


class Unbalanced(ValueError):
    pass


def top_level_forms(code: str) -> list[str]:
    """The top-level forms of Emacs Lisp source, checking that every bracket closes
    the one it should; strings, `;` comments and character literals (`?(`, `?\\)`)
    hold no brackets."""
    closing = {"(": ")", "[": "]"}
    stack: list[str] = []
    forms: list[str] = []
    start = 0
    i = 0
    while i < len(code):
        char = code[i]
        if char == ";":
            end = code.find("\n", i)
            i = len(code) if end < 0 else end
            continue
        if char == '"':
            i += 1
            while i < len(code) and code[i] != '"':
                i += 2 if code[i] == "\\" else 1
            if i >= len(code):
                raise Unbalanced("a string is never closed")
        elif char == "?":
            i += 2 if code[i + 1 : i + 2] == "\\" else 1  # the character after ? is data
        elif char in closing:
            if not stack:
                start = i
            stack.append(closing[char])
        elif char in ")]":
            if not stack or stack.pop() != char:
                raise Unbalanced(f"unexpected {char!r} at offset {i}")
            if not stack:
                forms.append(code[start : i + 1])
        i += 1
    if stack:
        raise Unbalanced(f"{len(stack)} bracket(s) never closed")
    return forms


def test_the_helix_snippet_parses_and_starts_greenfix_serve_for_python():
    (snippet,) = code_blocks("toml")
    config = tomllib.loads(snippet)
    server = config["language-server"]["greenfix"]
    assert [server["command"], *server["args"]] == ["greenfix", "serve"]
    (python,) = [language for language in config["language"] if language["name"] == "python"]
    assert "greenfix" in python["language-servers"]


def test_the_emacs_snippet_is_balanced_and_registers_greenfix_serve_with_eglot():
    (snippet,) = code_blocks("elisp")
    forms = top_level_forms(snippet)
    assert len(forms) == 3
    assert "eglot-server-programs" in forms[0] and '("greenfix" "serve"' in forms[0]
    assert all(form.startswith("(add-hook") and form.endswith("#'eglot-ensure)") for form in forms[1:])


@pytest.mark.parametrize(
    "code",
    ['(a "b)" c', "(a (b)", "(a ])", '(a "b', "(a))"],
)
def test_the_reader_rejects_unbalanced_lisp(code: str):
    with pytest.raises(Unbalanced):
        top_level_forms(code)


def test_the_reader_skips_strings_comments_and_character_literals():
    code = '(a "(" ; )\n ?\\) ?( [b])\n(c)'
    assert top_level_forms(code) == ['(a "(" ; )\n ?\\) ?( [b])', "(c)"]


def test_the_vscode_settings_are_json_with_greenfix_keys():
    for snippet in code_blocks("json"):
        settings = json.loads(snippet)
        assert settings and all(key.startswith("greenfix.") for key in settings)

import pytest

from textkit import strings
from textkit.strings import (
    camel_to_snake,
    common_prefix,
    mask_email,
    ordinal,
    pluralize,
    slugify,
    snake_to_camel,
    title_case,
    truncate,
    wrap,
)


def test_slugify():
    assert slugify("Hello, World!") == "hello-world"
    assert slugify("Crème brûlée", "_") == "creme_brulee"


@pytest.mark.parametrize("camel, snake", [("parseHTTPResponse", "parse_http_response"), ("userId", "user_id"), ("x", "x")])
def test_camel_to_snake(camel, snake):
    assert camel_to_snake(camel) == snake


def test_snake_to_camel():
    assert snake_to_camel("parse_http_response") == "parseHttpResponse"
    assert snake_to_camel("user_id", upper_first=True) == "UserId"


def test_truncate_leaves_short_text_alone():
    assert truncate("short", 10) == "short"


def test_truncate_cuts_to_width():
    assert truncate("hello world", 8) == "hello..."
    assert len(truncate("a" * 50, 20)) == 20


def test_wrap():
    assert wrap("the quick brown fox jumps", 10) == ["the quick", "brown fox", "jumps"]


def test_wrap_long_word():
    assert wrap("supercalifragilistic is long", 8) == ["supercalifragilistic", "is long"]


def test_mask_email():
    assert mask_email("jane.doe@example.com") == "j******e@example.com"
    with pytest.raises(ValueError):
        mask_email("nobody")


@pytest.mark.parametrize("n, text", [(1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (11, "11th"), (22, "22nd"), (113, "113th")])
def test_ordinal(n, text):
    assert ordinal(n) == text


def test_pluralize():
    assert pluralize("file", 1) == "1 file"
    assert pluralize("box", 2) == "2 boxes"
    assert pluralize("city", 3) == "3 cities"


def test_common_prefix():
    assert common_prefix(["interview", "internet", "interval"]) == "inter"
    assert common_prefix([]) == ""


def test_title_case():
    assert title_case("the lord of the rings") == "The Lord of the Rings"


def test_top_words():
    text = "the cat and the dog and the bird; a dog barks"
    assert strings.top_words(text, 2) == [("dog", 2), ("barks", 1)]

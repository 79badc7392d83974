"""Small string helpers shared by the report and CLI code."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

_WORD = re.compile(r"[A-Za-z0-9']+")
_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
SMALL_WORDS = frozenset({"a", "an", "and", "at", "but", "by", "for", "in", "of", "on", "or", "the", "to"})


def collapse_whitespace(text: str) -> str:
    """Runs of whitespace become one space; leading and trailing whitespace goes."""
    return " ".join(text.split())


def strip_accents(text: str) -> str:
    """'Crème brûlée' -> 'Creme brulee'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def slugify(text: str, separator: str = "-") -> str:
    """A lowercase ASCII slug: 'Hello, World!' -> 'hello-world'."""
    words = re.findall(r"[a-z0-9]+", strip_accents(text).lower())
    return separator.join(words)


def camel_to_snake(name: str) -> str:
    """'parseHTTPResponse' -> 'parse_http_response'."""
    return _CAMEL_BOUNDARY.sub("_", name).lower()


def snake_to_camel(name: str, upper_first: bool = False) -> str:
    """'parse_http_response' -> 'parseHttpResponse' (or 'ParseHttpResponse')."""
    parts = [p for p in name.split("_") if p]
    if not parts:
        return ""
    head = parts[0].capitalize() if upper_first else parts[0].lower()
    return head + "".join(p.capitalize() for p in parts[1:])


def truncate(text: str, width: int, suffix: str = "...") -> str:
    """Shorten text to at most `width` characters, ending with `suffix` when cut."""
    if len(text) <= width:
        return text
    if width <= len(suffix):
        return suffix[:width]
    return text[: width - len(suffix)] + suffix


def wrap(text: str, width: int) -> list[str]:
    """Greedy word wrap. Words longer than `width` get a line of their own."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        if len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        elif line:
            line = f"{line} {word}"
        else:
            line = word
    if line:
        lines.append(line)
    return lines


def center(text: str, width: int, fill: str = " ") -> str:
    """Center text in a field of `width`; the extra fill goes to the right."""
    if len(text) >= width:
        return text
    total = width - len(text)
    left = total // 2
    return fill * left + text + fill * (total - left)


def is_palindrome(text: str) -> bool:
    """True when the letters and digits read the same both ways, ignoring case."""
    letters = [ch.lower() for ch in text if ch.isalnum()]
    return letters == letters[::-1]


def count_vowels(text: str) -> int:
    return sum(1 for ch in strip_accents(text).lower() if ch in "aeiou")


def words(text: str) -> list[str]:
    """The words of a text, lowercased, apostrophes kept ("don't")."""
    return [w.lower() for w in _WORD.findall(text)]


def word_frequencies(text: str) -> dict[str, int]:
    return dict(Counter(words(text)))


def top_words(text: str, n: int, ignore: frozenset[str] = SMALL_WORDS) -> list[tuple[str, int]]:
    """The n most frequent words that are not ignored; ties in alphabetical order."""
    counts = Counter(w for w in words(text) if w not in ignore)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return ranked[:n]


def mask_email(address: str) -> str:
    """'jane.doe@example.com' -> 'j******e@example.com'; short names are fully masked."""
    name, at, domain = address.partition("@")
    if not at:
        raise ValueError(f"not an e-mail address: {address!r}")
    if len(name) <= 2:
        return "*" * len(name) + "@" + domain
    return name[0] + "*" * (len(name) - 2) + name[-1] + "@" + domain


def initials(full_name: str) -> str:
    """'Ada King Lovelace' -> 'AKL'."""
    return "".join(part[0].upper() for part in full_name.split())


def ordinal(n: int) -> str:
    """1 -> '1st', 2 -> '2nd', 11 -> '11th', 23 -> '23rd'."""
    if 10 <= n % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def pluralize(word: str, count: int, plural: str | None = None) -> str:
    """'1 file', '2 files', '0 files'; an irregular plural can be given."""
    if count == 1:
        return f"{count} {word}"
    if plural is None:
        if word.endswith(("s", "x", "z", "ch", "sh")):
            plural = word + "es"
        elif word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u"):
            plural = word[:-1] + "ies"
        else:
            plural = word + "s"
    return f"{count} {plural}"


def common_prefix(strings: list[str]) -> str:
    """The longest prefix shared by all strings ('' for none)."""
    if not strings:
        return ""
    shortest = min(strings, key=len)
    for i, ch in enumerate(shortest):
        if any(s[i] != ch for s in strings):
            return shortest[:i]
    return shortest


def indent_lines(text: str, prefix: str = "    ") -> str:
    """Prefix every non-blank line."""
    return "\n".join(prefix + line if line.strip() else line for line in text.split("\n"))


def split_sentences(text: str) -> list[str]:
    """Split after '.', '!' or '?' followed by whitespace."""
    parts = re.split(r"(?<=[.!?])\s+", text.strip())
    return [p for p in parts if p]


def title_case(text: str) -> str:
    """Capitalize words, except small words that are not first or last."""
    parts = text.split()
    result = []
    for i, word in enumerate(parts):
        lower = word.lower()
        if 0 < i < len(parts) - 1 and lower in SMALL_WORDS:
            result.append(lower)
        else:
            result.append(lower[:1].upper() + lower[1:])
    return " ".join(result)


def redact(text: str, secrets: list[str], mark: str = "[redacted]") -> str:
    """Replace every occurrence of each secret, longest first so none is half-replaced."""
    for secret in sorted(secrets, key=len, reverse=True):
        if secret:
            text = text.replace(secret, mark)
    return text


def column(values: list[str], width: int | None = None, align: str = "left") -> list[str]:
    """Pad values to a common width (the longest by default), aligned left, right or center."""
    if width is None:
        width = max((len(v) for v in values), default=0)
    if align == "left":
        return [v.ljust(width) for v in values]
    if align == "right":
        return [v.rjust(width) for v in values]
    if align == "center":
        return [center(v, width) for v in values]
    raise ValueError(f"unknown alignment: {align!r}")

"""The benchmark's workload: generated Python files and one-character edits.

Everything is deterministic under a seed, so runs (and the tools compared in one
run) see exactly the same text and the same edits.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from string import Template

_WORDS = [
    "total",
    "count",
    "value",
    "item",
    "items",
    "result",
    "index",
    "name",
    "price",
    "order",
    "record",
    "buffer",
    "limit",
    "offset",
    "score",
    "weight",
    "node",
    "child",
    "parent",
    "key",
    "queue",
    "stack",
    "path",
    "label",
    "token",
    "amount",
    "rate",
]
_TEXTS = [
    "café au lait",
    "naïve résumé",
    "Grüße aus Köln",
    "日本語のテキスト",
    "Ελληνικά",
    "emoji 🙂 inside",
    "math ∑ and ∞",
    "rocket 🚀 launch",
    "plain ascii text",
]


class _Values(dict):
    """Values for a block's placeholders, drawn on first use: `$name1` is an
    identifier, `$Class1` a class name, `$int1` a small integer, `$float1` a
    float, `$text1` a string literal (often non-ASCII). The same placeholder
    gets the same value throughout one block."""

    def __init__(self, rng: random.Random) -> None:
        super().__init__()
        self.rng = rng

    def __missing__(self, key: str) -> str:
        rng = self.rng
        kind = key.rstrip("0123456789")
        if kind == "name":
            value = f"{rng.choice(_WORDS)}_{rng.choice(_WORDS)}{rng.randint(0, 99)}"
        elif kind == "Class":
            value = "".join(w.capitalize() for w in rng.sample(_WORDS, 2)) + str(rng.randint(0, 99))
        elif kind == "int":
            value = str(rng.randint(2, 99))
        elif kind == "float":
            value = f"{rng.uniform(0, 3):.3f}"
        elif kind == "text":
            value = repr(rng.choice(_TEXTS))
        else:
            raise KeyError(key)
        self[key] = value
        return value


_PRELUDE = '''\
"""A generated module for the diagnostics latency benchmark."""

from __future__ import annotations


async def _numbers(n: int):
    for i in range(n):
        yield i


'''

_BLOCKS = [
    Template(block)
    for block in (
        '''\
def $name1($name2: list[int], limit: int = $int1) -> int:
    """Sum the small values of $name2."""
    $name3 = 0
    for position, value in enumerate($name2):
        if value > limit:
            continue
        elif position % $int2 == 0:
            $name3 += value * $int3
        else:
            $name3 -= value // $int4
    return $name3


''',
        '''\
class $Class1:
    """Keeps $name1 and $name2 together."""

    def __init__(self, $name1: float, $name2: str = $text1) -> None:
        self.$name1 = $name1
        self.$name2 = $name2
        self._history: list[float] = []

    @property
    def scaled(self) -> float:
        return self.$name1 * $float1

    def record(self, amount: float) -> None:
        self._history.append(amount)
        self.$name1 += amount

    def __repr__(self) -> str:
        return f"$Class1({self.$name1!r}, {self.$name2!r})"


''',
        """\
$name1 = [n * $int1 for n in range($int2) if n % 3]
$name2 = {str(n): [m for m in range(n) if m % 2 == 0] for n in $name1[:$int3]}
${name2}_keys = sorted({k.upper() for k in $name2}, key=lambda k: (len(k), k))
${name2}_total = sum(len(v) for v in $name2.values())


""",
        """\
def $name1(who: str, times: int = $int1) -> str:
    greeting = $text1
    parts = [f"{greeting}, {who}!" for _ in range(times)]
    tail = $text2.replace(' ', '_')
    note = \'\'\'a note
    spanning two lines: ✓ $int2\'\'\'
    return " | ".join(parts) + tail + note.strip()  # joined: ✓


""",
        """\
def $name1($name2: dict[str, int]) -> int | None:
    attempts = 0
    while attempts < $int1:
        attempts += 1
        try:
            found = $name2[str(attempts)]
        except KeyError:
            continue
        except (TypeError, ValueError) as error:
            raise RuntimeError(f'bad key {attempts}') from error
        else:
            if found > $int2:
                return found
        finally:
            attempts += 0
    with open(__file__, encoding='utf-8') as handle:
        first = handle.readline()
    return len(first) if first else None


""",
        """\
def $name1(function):
    def wrapper(*args, **kwargs):
        return function(*args, **kwargs)

    return wrapper


@$name1
async def $name2(delay: float = $float1) -> list[int]:
    import asyncio

    await asyncio.sleep(delay)
    values = [x async for x in _numbers($int1)]
    return [v for v in values if v is not None]


""",
        """\
def $name1(command: object) -> str:
    match command:
        case {'action': 'move', 'steps': int(steps)} if steps > $int1:
            return f'move {steps}'
        case [first, *rest]:
            return f'{first} and {len(rest)} more'
        case str() | bytes():
            return 'text'
        case _:
            return 'unknown'


""",
        """\
# settings for $name1 ($text1)
SETTINGS_$int1 = {
    'retries': $int2,
    'ratio': $float1,
    'label': $text2,
    'flags': (True, None, ...),
}


""",
    )
]


def generate_module(lines: int, seed: int) -> str:
    """A valid Python module of exactly `lines` lines (padded with comments)."""
    rng = random.Random(seed)
    out = _PRELUDE.splitlines()
    while True:
        block = rng.choice(_BLOCKS).substitute(_Values(rng)).splitlines()
        if len(out) + len(block) > lines:
            break
        out.extend(block)
    out.extend(f"# padding line {i}" for i in range(lines - len(out)))
    text = "\n".join(out) + "\n"
    compile(text, f"<generated seed={seed}>", "exec", dont_inherit=True)  # a generator bug must not pass silently
    return text


@dataclass(frozen=True)
class Edit:
    """Replace `removed` at code point `offset` with `inserted` (one character changes)."""

    offset: int
    removed: str
    inserted: str

    def apply(self, text: str) -> str:
        return text[: self.offset] + self.inserted + text[self.offset + len(self.removed) :]

    def inverse(self) -> "Edit":
        return Edit(self.offset, self.inserted, self.removed)


# Weighted towards characters that break or repair Python's structure.
_INSERTABLE = "abcxyz019_ ()[]{}:,.=\"'\n" + "()::"


def random_edits(text: str, count: int, seed: int) -> list[Edit]:
    """`count` single-character insertions and deletions, each on the text the
    previous ones left. When there is one, the latest edit not yet undone is
    undone with odds of 60 %, so errors are both made and fixed, as when someone
    types and corrects, and the file is broken after about half of the edits."""
    rng = random.Random(seed)
    undo: list[Edit] = []
    edits: list[Edit] = []
    for _ in range(count):
        if undo and rng.random() < 0.6:
            edit = undo.pop().inverse()
        else:
            offset = rng.randrange(len(text))
            if rng.random() < 0.5:
                edit = Edit(offset, "", rng.choice(_INSERTABLE))
            else:
                edit = Edit(offset, text[offset], "")
            undo.append(edit)
        edits.append(edit)
        text = edit.apply(text)
    return edits


def utf16_position(text: str, offset: int) -> tuple[int, int]:
    """(line, UTF-16 character) of a code point offset; lines end at "\\n"."""
    line = text.count("\n", 0, offset)
    line_start = text.rfind("\n", 0, offset) + 1
    segment = text[line_start:offset]
    return line, len(segment) + sum(1 for ch in segment if ord(ch) > 0xFFFF)


def byte_point(text: str, offset: int) -> tuple[int, tuple[int, int]]:
    """UTF-8 byte offset and tree-sitter (row, byte column) of a code point offset."""
    line = text.count("\n", 0, offset)
    line_start = text.rfind("\n", 0, offset) + 1
    column = len(text[line_start:offset].encode("utf-8"))
    return len(text[:offset].encode("utf-8")), (line, column)

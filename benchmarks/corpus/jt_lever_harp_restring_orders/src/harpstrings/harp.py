"""A lever harp's strings, numbered from the top as harpists count them: string 1
is the shortest, highest string, and each string below it is one step lower in
the scale of C. C strings are red and F strings black, so the player can find
their place; below the wound_from note the strings are wire-wound."""

from __future__ import annotations

NOTES = "CDEFGAB"
COLOURS = {"C": "red", "F": "black"}


def note_position(note: str) -> int:
    """Steps of the scale above C0: "C4" is 28, "A4" is 33."""
    letter, octave = note[0].upper(), note[1:]
    if letter not in NOTES or not octave.isdigit():
        raise ValueError(f"not a note: {note!r}")
    return 7 * int(octave) + NOTES.index(letter)


def note_name(position: int) -> str:
    return f"{NOTES[position % 7]}{position // 7}"


class Harp:
    def __init__(self, model: str, strings: int, top: str, wound_from: str) -> None:
        self.model = model
        self.strings = strings
        self.top = note_position(top)
        self.wound_from = note_position(wound_from)

    def check(self, string: int) -> None:
        if not 1 <= string <= self.strings:
            raise ValueError(f"the {self.model} has no string {string}")

    def position(self, string: int) -> int:
        """The scale position of a string's open note."""
        self.check(string)
        return self.top - string

    def note_of(self, string: int) -> str:
        return note_name(self.position(string))

    def colour_of(self, string: int) -> str:
        return COLOURS.get(self.note_of(string)[0], "plain")

    def is_wound(self, string: int) -> bool:
        return self.position(string) <= self.wound_from

    def string_of(self, note: str) -> int:
        """The number of the string tuned to a note."""
        string = self.top - note_position(note) + 1
        self.check(string)
        return string

"""Rehearsal calls for the village pantomime, worked out from the script.

The script is plain text, as the director types it up:

    SCENE 3: Outside the Laundry
    (Enter WIDOW TWANKEY with a washing basket)
    WIDOW TWANKEY: Has anybody seen my Aladdin?
    AUDIENCE: He's behind you!
    ALADDIN: Hello, Mother!
        I've found a lamp.

A speech starts with the character's name in capitals and a colon; indented lines
carry on the speech above. Stage directions are in brackets. The audience (and ALL,
when the whole company sings) are not called by name.
"""

from __future__ import annotations

import re

SCENE = re.compile(r"SCENE (\d+)\b")
NOT_CALLED = {"AUDIENCE", "ALL"}


def parse_script(text: str) -> dict[int, dict[str, int]]:
    """For each scene, how many lines each character speaks in it."""
    scenes: dict[int, dict[str, int]] = {}
    scene = None
    speaker = None

    def speaker_of(line: str) -> str | None:
        name, colon, _ = line.partition(":")
        name = name.strip()
        if colon and name.isupper():
            return name
        return None

    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("("):
            continue
        match = SCENE.match(line)
        if match:
            scene = int(match.group(1))
            if scene in scenes:
                raise ValueError(f"line {number}: scene {scene} twice")
            scenes[scene] = {}
            speaker = None
            continue
        if scene is None:
            raise ValueError(f"line {number}: before the first scene")
        if raw[0].isspace():
            if speaker is None:
                raise ValueError(f"line {number}: carries on a speech nobody started")
        else:
            speaker = speaker_of(line)
            if speaker is None:
                raise ValueError(f"line {number}: who says this?")
        scenes[scene][speaker] = scenes[scene].get(speaker, 0) + 1
    return scenes


def calls(scenes: dict[int, dict[str, int]]) -> dict[str, list[int]]:
    """The scenes each member of the cast is in."""
    cast: dict[str, list[int]] = {}
    for scene in sorted(scenes):
        for name in scenes[scene]:
            if name not in NOT_CALLED:
                cast.setdefault(name, []).append(scene)
    return dict(sorted(cast.items()))


def call_sheet(scenes: dict[int, dict[str, int]], rehearsing: list[int]) -> list[str]:
    """Who to call for an evening rehearsing these scenes, biggest part first."""
    lines: dict[str, int] = {}
    for scene in rehearsing:
        for name, count in scenes[scene].items():
            if name not in NOT_CALLED:
                lines[name] = lines.get(name, 0) + count
    return sorted(lines, key=lambda name: (-lines[name], name))

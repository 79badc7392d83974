"""Timing the guides' scripts for the Old Town ghost walk.

A script is plain text. '@ Name' starts a stop on the route; the lines after it are
what the guide says there. Stage directions go in square brackets: '[pause 10]' is a
silence of that many seconds, anything else ('[ring bell]', '[lantern down]') is a cue
for the prompt card. Lines starting with '#' are the writer's notes.
"""

from __future__ import annotations

WORDS_PER_MINUTE = 130  # a guide telling a story slowly, in the dark


def walk_plan(script: str, words_per_minute: int = WORDS_PER_MINUTE) -> list[dict]:
    """For each stop: its name, the words spoken, the seconds it takes (speaking plus
    pauses) and its cues in order. Talk before the first stop is at the meeting point."""

    def split_line(line: str) -> tuple[str, list[str]]:
        """The spoken words of a line and its stage directions."""
        spoken = []
        directions = []
        pos = 0
        start = line.find("[")
        while start != -1:
            end = line.find("]", start)
            if end == -1:
                raise ValueError(f"no closing ] in {line!r}")
            spoken.append(line[pos:start])
            directions.append(line[start + 1 : end].strip())
            pos = end + 1
            start = line.find("[", pos)
        spoken.append(line[pos:])
        return " ".join(spoken), directions

    stops = [{"stop": "Meeting point", "words": 0, "pauses": 0, "cues": []}]
    for raw in script.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            stops.append({"stop": line[1:].strip(), "words": 0, "pauses": 0, "cues": []})
            continue
        spoken, directions = split_line(line)
        stop = stops[-1]
        stop["words"] += len(spoken.split())
        for direction in directions:
            word, _, seconds = direction.partition(" ")
            if word.lower() == "pause":
                stop["pauses"] += int(seconds)
            else:
                stop["cues"].append(direction)
    if stops[0]["words"] == 0 and not stops[0]["cues"] and len(stops) > 1:
        stops.pop(0)
    return [
        {
            "stop": stop["stop"],
            "words": stop["words"],
            "seconds": round(stop["words"] * 60 / words_per_minute) + stop["pauses"],
            "cues": stop["cues"],
        }
        for stop in stops
    ]


def minutes_text(seconds: int) -> str:
    minutes, seconds = divmod(seconds, 60)
    return f"{minutes}m {seconds:02d}s"


def running_order(plan: list[dict]) -> list[str]:
    """The card the guide keeps in their pocket."""
    lines = []
    for stop in plan:
        line = f"{stop['stop']} ({minutes_text(stop['seconds'])})"
        if stop["cues"]:
            line += ": " + ", ".join(stop["cues"])
        lines.append(line)
    return lines

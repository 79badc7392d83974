"""parse_script, calls and call_sheet on one- and many-word names, names with stops and hyphens, directions and bad lines, then random scripts."""

import random

from observing import attempt
from panto import call_sheet, calls, parse_script

CAST = ["ALADDIN", "WIDOW TWANKEY", "ABANAZAR", "WISHEE WASHEE", "PC PONG", "THE EMPEROR", "SO-SHI", "GENIE", "MRS. O'HARA", "AUDIENCE", "ALL", "GENIE OF THE RING"]
WORDS = ["oh", "yes", "it", "is", "behind", "you", "lamp", "washing", "Peking", "boo", "hiss", "mother"]


def run(text):
    scenes = parse_script(text)
    numbers = sorted(scenes)
    return scenes, calls(scenes), call_sheet(scenes, numbers), call_sheet(scenes, numbers[:1])


def observe():
    rng = random.Random(9012)
    results = []
    edge = [
        "",
        "SCENE 1: Peking",
        "SCENE 1: Peking\nALADDIN: Hi",
        "SCENE 1: Peking\nWIDOW TWANKEY: Hi",
        "SCENE 1: Peking\nWIDOW TWANKEY: Hi\n    there",
        "SCENE 1: Peking\nPC PONG: Evening all",
        "SCENE 1: Peking\nSO-SHI: Hello",
        "SCENE 1: Peking\nMRS. O'HARA: Hello",
        "SCENE 1: Peking\nGENIE 2: Hello",
        "SCENE 1: Peking\nAladdin: Hello",
        "SCENE 1: Peking\nWidow Twankey: Hello",
        "SCENE 1: Peking\nHello there",
        "SCENE 1: Peking\n: Hello",
        "SCENE 1: Peking\n    and so on",
        "ALADDIN: Hello",
        "SCENE 2: Cave\n(Enter GENIE)\nGENIE OF THE RING: You rang?\nALL: Hooray!\nAUDIENCE: Boo!",
        "SCENE 1: A\nSCENE 1: B",
        "SCENE 3: A\nTHE EMPEROR: Silence!\n  (aside)\n  Please.\nSCENE 1: B\nTHE EMPEROR: Again.",
    ]
    for text in edge:
        results.append(attempt(run, text))
    for _ in range(200):
        lines = []
        for scene in rng.sample(range(1, 15), rng.randint(1, 4)):
            lines.append(f"SCENE {scene}: {rng.choice(WORDS).title()}")
            spoken = False
            for _ in range(rng.randint(0, 8)):
                roll = rng.random()
                said = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 5)))
                if roll < 0.1:
                    lines.append(f"(Enter {rng.choice(CAST)})")
                elif roll < 0.3 and (spoken or rng.random() < 0.05):
                    lines.append("    " + said)
                elif roll < 0.33:
                    lines.append("")
                elif roll < 0.34:
                    lines.append(f"{rng.choice(CAST).title()}: {said}")
                else:
                    lines.append(f"{rng.choice(CAST)}: {said}")
                    spoken = True
        results.append(attempt(run, "\n".join(lines)))
    return results

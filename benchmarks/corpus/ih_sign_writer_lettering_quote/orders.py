"""Order forms as customers fill them in on the website:

    Text: THE OLD FORGE
    Height: 100mm
    Colours: black, gold leaf
    Fitting: yes
"""

from __future__ import annotations

from lettering import Job, quote


def parse_order(form: str) -> Job:
    fields = {}
    for line in form.strip().splitlines():
        if ":" not in line:
            continue
        key, value = line.split(":", 1)
        fields[key.strip().lower()] = value.strip()
    if "text" not in fields or "height" not in fields:
        raise ValueError("an order needs its text and letter height")
    height = int(fields["height"].lower().removesuffix("mm").strip())
    colours = [c.strip() for c in fields.get("colours", "black").split(",") if c.strip()]
    fitting = fields.get("fitting", "no").lower() in ("yes", "y", "true")
    return Job(fields["text"], height, colours, fitting)


def quote_order(form: str) -> float:
    return quote(parse_order(form))

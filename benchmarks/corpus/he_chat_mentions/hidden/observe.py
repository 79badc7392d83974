"""Random channels and messages full of mentions."""

import random

from huddle.channel import Channel
from huddle.users import User, user_from_record
from observing import attempt

PEOPLE = [("ana", "Ana"), ("bkowalski", "Bob Kowalski"), ("chen.li", "Chen"), ("dana", "Dana"),
          ("eve", "eve"), ("frank_o", "Frank"), ("gus", "GUS"), ("hana", "Hannah"), ("ivo", "ivo.b")]


def observe():
    rng = random.Random(775)
    results = [attempt(user_from_record, r) for r in (
        {"email": " Ana@Example.org", "name": "Ana"}, {"email": "x@y.org", "handle": "xv", "status": "disabled"},
        {"email": "solo@y.org"}, {"name": "No Mail"})]
    for _ in range(50):
        chosen = rng.sample(PEOPLE, rng.randint(1, len(PEOPLE)))
        users = [User(h, n, f"{h}@example.org", rng.random() > 0.2) for h, n in chosen]
        channel = Channel("general", users)
        for _ in range(4):
            words = []
            for _ in range(rng.randint(1, 6)):
                handle, name = rng.choice(PEOPLE)
                form = rng.randrange(6)
                words.append(["@" + handle, "@" + handle.upper(), "@" + name.split()[0], "@here",
                              handle + "@example.org", "@" + handle + "."][form])
                words.append(rng.choice(["hi", "see", "and", ","]))
            text = " ".join(words)
            found = attempt(channel.mentioned, text)
            results.append((text, [u.handle for u in found] if isinstance(found, list) else found))
            results.append(attempt(channel.post, rng.choice(users), text))
        results.append(len(channel.history))
    return results

"""Exports with deleted, duplicate, incomplete and malformed rows, hand-made and random."""

import random

from observing import attempt
from crm.importer import import_contacts

HEADER = "name,email,status,phone\n"
FIXED = [
    "",
    HEADER,
    HEADER + "A,a@x.org,deleted,\n",
    HEADER + "A,a@x.org,DELETED ,1\nA2,a@x.org,active,2\n",
    HEADER + "A,a@x.org,active,1\nA2,a@x.org,deleted,2\n",
    HEADER + " ,a@x.org,deleted,\nB,bad,deleted,\n",
    HEADER + "A,a@x.org,removed,\nB,b@x.org,delete,\nC,c@x.org,deleted-by-admin,\n",
    "name,email\nA,a@x.org\nB,b@x.org\n",
    "email,name,status\nq@x.org,Q,Deleted\nr@x.org,R,\n",
]
NAMES = ["Ada", "Bo", "Cy", "", " ", "Dee"]
EMAILS = ["ada@x.org", "ADA@x.org", "bo@y.net", "cy@z.io", "nope", "", "dee@x.org"]
STATUSES = ["active", "inactive", "deleted", "Deleted", " deleted ", "", "archived"]
PHONES = ["", "+1 555 0100", "n/a", "0123"]


def observe():
    rng = random.Random(3903)
    results = [attempt(import_contacts, text) for text in FIXED]
    for _ in range(120):
        lines = [HEADER]
        for _ in range(rng.randint(0, 8)):
            lines.append(",".join([rng.choice(NAMES), rng.choice(EMAILS), rng.choice(STATUSES), rng.choice(PHONES)]) + "\n")
        results.append(attempt(import_contacts, "".join(lines)))
    return results

"""Every combination of user and document flags, then random ones."""

import itertools
import random

from observing import attempt
from acl.models import Document, User
from acl.policy import can_edit, can_view, editable, visible


def observe():
    results = []
    users = []
    for roles in (frozenset(), frozenset({"editor"}), frozenset({"admin"}), frozenset({"admin", "editor"})):
        for name in ("owner", "friend", "stranger"):
            for suspended in (False, True):
                users.append(User(name, roles, suspended))
    docs = []
    for shared, public, archived in itertools.product((set(), {"friend"}), (False, True), (False, True)):
        docs.append(Document(f"d{len(docs)}", "owner", set(shared), public, archived))
    for user in users:
        for doc in docs:
            results.append((attempt(can_view, user, doc), attempt(can_edit, user, doc)))
        results.append((attempt(visible, user, docs), attempt(editable, user, docs)))
    rng = random.Random(77)
    names = ["a", "b", "c", "d"]
    for _ in range(60):
        user = User(rng.choice(names), frozenset(rng.sample(["admin", "editor", "viewer"], rng.randint(0, 2))), rng.random() < 0.2)
        pile = [Document(f"t{i}", rng.choice(names), set(rng.sample(names, rng.randint(0, 3))), rng.random() < 0.3,
                         rng.random() < 0.4) for i in range(rng.randint(0, 6))]
        results.append((attempt(visible, user, pile), attempt(editable, user, pile)))
    return results

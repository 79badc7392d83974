"""Ages around the threshold, registered or not."""

from observing import attempt
from mod import can_vote


def observe():
    return [attempt(can_vote, age, registered) for age in (0, 12, 17, 18, 19, 30, 99) for registered in (True, False)]

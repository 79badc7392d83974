"""Ages around eighteen."""

from observing import attempt
from mod import is_adult


def observe():
    return [attempt(is_adult, age) for age in (0, 12, 17, 17.9, 18, 18.5, 19, 65)]

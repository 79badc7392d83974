"""Ages (whole years) around eighteen."""

from observing import attempt
from mod import is_adult


def observe():
    return [attempt(is_adult, age) for age in (0, 1, 12, 16, 17, 18, 19, 20, 65, 120)]

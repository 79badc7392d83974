"""Goldmine grades, best to worst, and what each is worth against a mint copy."""

GRADES = ["M", "NM", "VG+", "VG", "G+", "G", "F", "P"]

RESALE_FACTOR = {
    "M": 1.0,
    "NM": 0.9,
    "VG+": 0.7,
    "VG": 0.5,
    "G+": 0.3,
    "G": 0.2,
    "F": 0.1,
    "P": 0.05,
}


def normalise_grade(text: str) -> str:
    grade = text.strip().upper().replace("EX", "VG+")
    if grade not in RESALE_FACTOR:
        raise ValueError(f"unknown grade {text!r}")
    return grade


def worse(a: str, b: str) -> str:
    """The lower of two grades, for a sleeve and record graded apart."""
    return max(a, b, key=GRADES.index)

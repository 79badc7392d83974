"""Grade point averages and the shortlist for the merit scholarship."""

POINTS = {"A": 4.0, "B": 3.0, "C": 2.0, "D": 1.0, "F": 0.0}
GPA_CUTOFF = 3.5


def gpa(grades):
    """Average grade points over (letter, credits) pairs, weighted by credits."""
    credits = sum(credit for _, credit in grades)
    if credits == 0:
        return 0.0
    return sum(POINTS[letter] * credit for letter, credit in grades) / credits


def scholarship_candidates(students, min_credits):
    """Names of the students with a GPA of at least GPA_CUTOFF earned over at
    least min_credits credits, best GPA first (ties by name)."""
    candidates = []
    for student in students:
        credits = sum(credit for _, credit in student["grades"])
        score = gpa(student["grades"])
        if score >= GPA_CUTOFF:
            candidates.append((score, student["name"]))
    candidates.sort(key=lambda candidate: (-candidate[0], candidate[1]))
    return [name for _, name in candidates]

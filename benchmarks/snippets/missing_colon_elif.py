def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80
        return "B"
    return "C"

def has_negative(numbers):
    for n in numbers:
        if n < 0:
            return True
    return False

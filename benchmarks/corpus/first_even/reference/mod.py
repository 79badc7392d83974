def first_even(numbers):
    found = None
    for n in numbers:
        if n % 2 == 0:
            found = n
            break
    return found

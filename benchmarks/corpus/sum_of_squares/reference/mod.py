def sum_of_squares(numbers):
    total = 0
    for n in numbers:
        total += n * n
    return total

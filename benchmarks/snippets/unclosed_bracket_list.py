def first_primes():
    primes = [2, 3, 5, 7, 11
    return primes

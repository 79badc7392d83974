def power_of(base, exponent):
    return pow(base, exponent)

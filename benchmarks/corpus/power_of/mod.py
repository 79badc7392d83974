def power_of(base, exponent):
    return pow(exponent, base)

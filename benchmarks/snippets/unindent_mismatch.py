def describe(n):
    if n > 100:
        label = "big"
      else:
        label = "small"
    return label

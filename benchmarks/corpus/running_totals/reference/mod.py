def running_totals(values):
    totals = []
    total = 0
    for v in values:
        total += v
        totals.append(total)
    return totals

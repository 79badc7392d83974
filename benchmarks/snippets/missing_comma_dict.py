def limits():
    return {"min": 0 "max": 10}

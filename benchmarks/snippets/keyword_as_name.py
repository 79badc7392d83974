def lambda_count(items):
    class = len(items)
    return class

"""A tiny module with one bug (subtract) for the runner's tests."""


def add(a, b):
    return a + b


def subtract(a, b):
    result = a + b
    return result


def divide(a, b):
    return a / b


def shout(text):
    print(f"shouting {text}")
    return text.upper()

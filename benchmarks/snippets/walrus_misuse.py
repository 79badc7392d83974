def first_long(words):
    for word in words:
        if len(word) := 5:
            return word
    return None

def join_words(words):
    return " ".join(word.strip() for word in words

def first_word(text):
    if not text:
        return ""
    return text.split()[0]

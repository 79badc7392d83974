def safe_upper(text):
    return text.upper()

def safe_upper(text):
    if text is None:
        return None
    return text.upper()

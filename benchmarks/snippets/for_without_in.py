def repeat(text, times):
    parts = []
    for i range(times):
        parts.append(text)
    return "".join(parts)

def strip_comments(lines):
    kept = []
    for line in lines:
        if not line.startswith("#"):
            kept.append(line)
    return kept

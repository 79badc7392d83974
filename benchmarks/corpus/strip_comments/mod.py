def strip_comments(lines):
    kept = []
    for line in lines:
        if line.startswith("#"):
            kept.append(line)
    return kept

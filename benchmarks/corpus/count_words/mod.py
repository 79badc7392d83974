def count_words(words):
    counts = {}
    for w in words:
        counts[w] = counts[w] + 1
    return counts

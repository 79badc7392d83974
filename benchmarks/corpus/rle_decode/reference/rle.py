"""Run-length encoding of the sprite masks: "aaab" <-> "3ab"."""


def encode(text):
    """Runs longer than one character get a count in front."""
    out = []
    i = 0
    while i < len(text):
        j = i
        while j < len(text) and text[j] == text[i]:
            j += 1
        run = j - i
        out.append((str(run) if run > 1 else "") + text[i])
        i = j
    return "".join(out)


def decode(text):
    """Inverse of encode; a character without a count appears once."""
    out = []
    count = ""
    for ch in text:
        if ch.isdigit():
            count += ch
        else:
            out.append(ch * int(count or 1))
            count = ""
    if count:
        raise ValueError("text ends with a count")
    return "".join(out)

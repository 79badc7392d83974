def read_lines(path):
    with open(path) as handle
        return handle.read().splitlines()

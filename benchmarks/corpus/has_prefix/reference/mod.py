def has_prefix(name, prefix):
    return name.startswith(prefix)

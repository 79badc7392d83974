def has_prefix(name, prefix):
    return name.endswith(prefix)

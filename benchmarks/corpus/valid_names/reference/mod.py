def valid_names(names):
    return [name for name in names if name.isidentifier()]

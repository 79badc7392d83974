def default_config():
    config = {"debug": False, "level": 3
    return config

def defaults():
    return {"host" "localhost", "port": 8080}

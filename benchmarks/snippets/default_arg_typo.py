def connect(host, port=):
    return (host, port)

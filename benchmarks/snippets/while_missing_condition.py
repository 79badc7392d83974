def wait_until_ready(check):
    while:
        if check():
            return True

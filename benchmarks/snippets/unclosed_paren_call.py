def greet(name):
    message = "Hello, {}!".format(name
    return message

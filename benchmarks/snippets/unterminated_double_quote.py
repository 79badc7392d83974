def farewell(name):
    return "Goodbye, " + name + "!

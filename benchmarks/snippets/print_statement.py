def shout(message):
    print message.upper()
    return message

def quote(word):
    return 'the word is ' + word + '

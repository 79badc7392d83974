"""Turning free text into index terms for the help-centre search."""

import re
from collections import Counter

WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
STOPWORDS = frozenset("a an and are as at be by for from how i in is it of on or the to was what with".split())


class Tokenizer:
    def __init__(self, stopwords=STOPWORDS, min_length=2):
        self.stopwords = frozenset(word.lower() for word in stopwords)
        self.min_length = min_length

    def words(self, text):
        """Lower-cased words of text, curly apostrophes made straight and a possessive 's dropped."""
        text = text.lower().replace("\u2019", "'")
        return [word[:-2] if word.endswith("'s") else word for word in WORD.findall(text)]

    def is_stopword(self, word):
        return word.lower() in self.stopwords

    def terms(self, text):
        """The words worth indexing, in order: long enough and not stopwords."""
        return [word for word in self.words(text) if len(word) >= self.min_length]

    def keywords(self, text, count=3):
        """The most frequent terms, ties in order of first appearance."""
        return [word for word, _ in Counter(self.terms(text)).most_common(count)]

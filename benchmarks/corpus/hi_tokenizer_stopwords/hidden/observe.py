"""Terms and keywords of sentences mixing stopwords, short words and possessives, with several stopword lists."""

import random

from observing import attempt
from mod import Tokenizer

VOCABULARY = ("the of and to in is it on for at by an as or was "
              "refund order invoice account password it's router's we're printer email "
              "a i x ok no tv pc wifi The Of AND Order").split()


def observe():
    rng = random.Random(8812)
    tokenizers = [Tokenizer(), Tokenizer(min_length=1), Tokenizer(min_length=4), Tokenizer(stopwords=["Order", "it"]), Tokenizer(stopwords=())]
    fixed = ["", "the", "The THE the", "a b c", "It is what it is", "The printer's ink is on the printer",
             "How to reset a router", "Order order ORDER of the orders", "to be or not to be", "ok, no TV in the PC room"]
    results = []
    for tokenizer in tokenizers:
        for text in fixed:
            results.append(attempt(tokenizer.terms, text))
            results.append(attempt(tokenizer.keywords, text))
            results.append(attempt(tokenizer.is_stopword, text.split(" ")[0]))
    for _ in range(120):
        text = " ".join(rng.choice(VOCABULARY) for _ in range(rng.randint(0, 12)))
        tokenizer = rng.choice(tokenizers)
        results.append((text, attempt(tokenizer.terms, text), attempt(tokenizer.keywords, text, rng.randint(1, 4))))
    return results

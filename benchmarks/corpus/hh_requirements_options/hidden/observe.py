"""Requirements files assembled from random lines, options and comments among them."""

import random

from observing import attempt
from reqparse import changed_pins, parse_requirements

LINES = [
    "", "   ", "# comment", "flask==3.0.2", "Flask>=2", "numpy", "pandas==2.2.1  # pinned",
    "uvicorn[standard]==0.29.0", "pytz~=2024.1", "attrs!=23.1", "idna<4",
    "-r base.txt", "--requirement other.txt", "-e .", "-e git+https://example.org/repo.git#egg=repo",
    "--index-url https://pypi.example.org/simple", "--extra-index-url=https://x.example.org",
    "-c constraints.txt", "--hash=sha256:abc", "tomli==2.0.1; python_version < '3.11'",
    "  -r indented.txt", "black === 24.3.0",
]


def observe():
    rng = random.Random(1187)
    results = [attempt(parse_requirements, line) for line in LINES]
    results.append(attempt(parse_requirements, "\n".join(LINES)))
    for _ in range(100):
        old = "\n".join(rng.choice(LINES) for _ in range(rng.randint(0, 8)))
        new = "\n".join(rng.choice(LINES) for _ in range(rng.randint(0, 8)))
        results.append(attempt(parse_requirements, old))
        results.append(attempt(changed_pins, old, new))
    return results

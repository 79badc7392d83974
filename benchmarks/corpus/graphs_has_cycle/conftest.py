import sys
from pathlib import Path

# Test against the working tree, not an installed copy.
sys.path.insert(0, str(Path(__file__).parent / "src"))

from envconf.loader import load
from envconf.parser import EnvSyntaxError, parse

__all__ = ["EnvSyntaxError", "load", "parse"]

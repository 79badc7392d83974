from .classes import FitnessClass
from .members import Member

__all__ = ["FitnessClass", "Member"]

from shapes.point import Point
from shapes.polygon import Polygon

__all__ = ["Point", "Polygon"]

from orders.errors import InvalidTransition
from orders.order import Order, Transition

__all__ = ["InvalidTransition", "Order", "Transition"]

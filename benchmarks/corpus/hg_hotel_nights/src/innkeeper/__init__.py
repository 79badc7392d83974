from .booking import Booking
from .hotel import Hotel, RoomTaken

__all__ = ["Booking", "Hotel", "RoomTaken"]

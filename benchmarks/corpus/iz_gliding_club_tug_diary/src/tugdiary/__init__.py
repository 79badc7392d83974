from tugdiary.diary import Booking, TugDiary

__all__ = ["Booking", "TugDiary"]

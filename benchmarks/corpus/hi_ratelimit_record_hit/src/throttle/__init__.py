from throttle.limiter import SlidingWindowLimiter

__all__ = ["SlidingWindowLimiter"]

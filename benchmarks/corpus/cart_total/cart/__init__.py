"""The shop's cart and prices."""

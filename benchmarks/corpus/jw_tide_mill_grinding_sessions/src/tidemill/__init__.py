"""The restored tide mill's wheel log: when it ground, and how much flour to expect."""

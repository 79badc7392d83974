"""The hot shop's gas log and members' monthly bills."""

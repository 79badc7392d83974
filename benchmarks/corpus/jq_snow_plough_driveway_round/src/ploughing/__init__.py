"""Winter driveway clearing: which contract driveways need the plough, and in what order."""

"""Hand-harvesting seaweed under the estate's permits, one permit a beach."""

"""The troop's kit lists, as printed on the back of the camp letter."""

STANDARD_KIT = [
    "sleeping bag",
    "roll mat",
    "torch",
    "mess tin",
    "water bottle",
    "waterproof jacket",
    "wash kit",
]

ACTIVITY_KIT = {
    "canoeing": ["buoyancy aid", "old trainers", "spare clothes"],
    "hike": ["day sack", "walking boots", "waterproof jacket", "whistle"],
    "climbing": ["helmet", "harness", "old trainers"],
    "campfire": ["mug", "warm hat"],
    "night walk": ["torch", "warm hat"],
}

# Borrowed from the district store rather than brought from home.
HIRED = {"buoyancy aid", "helmet", "harness"}

"""Commission scouring at the mill: farmers' fleece lots in, clean wool out."""

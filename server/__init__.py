"""The doors in front of the engine: the LSP server and the command line."""

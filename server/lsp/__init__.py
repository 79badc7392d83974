"""The LSP server: lifecycle, documents, diagnostics, code actions, commands."""

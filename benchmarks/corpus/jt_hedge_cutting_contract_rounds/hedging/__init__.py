"""Contract hedge cutting: cut dates and invoices for the flail round."""

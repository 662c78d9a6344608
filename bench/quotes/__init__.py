"""Hand-annotated quotation gold set and its evaluation harness."""

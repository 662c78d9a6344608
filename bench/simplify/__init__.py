"""Benchmark tools for the rule-based simplifier (SARI and the ASSET evaluation script)."""

"""Across articles: canonical events, contradictions, framing, coverage, relations over time."""

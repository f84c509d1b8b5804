"""Resolve mentions to canonical actors: the actor knowledge base and the resolution stages."""

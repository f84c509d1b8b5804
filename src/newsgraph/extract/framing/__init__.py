"""How outlets frame actors: labels, and explicit statements of backing."""

from newsgraph.extract.framing.backing import find_backing
from newsgraph.extract.framing.labels import find_labels

__all__ = ["find_backing", "find_labels"]

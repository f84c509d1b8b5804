"""Casualty, displacement and detention figures as structured, comparable facts."""

from newsgraph.extract.figures.finder import find_figures
from newsgraph.extract.figures.numbers import parse_amount

__all__ = ["find_figures", "parse_amount"]

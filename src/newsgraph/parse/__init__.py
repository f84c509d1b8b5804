"""Article -> spaCy Doc. Builds the spaCy Language from the settings."""

from newsgraph.parse.nlp import ParseStage, build_nlp, load_spacy_pipeline

__all__ = ["ParseStage", "build_nlp", "load_spacy_pipeline"]

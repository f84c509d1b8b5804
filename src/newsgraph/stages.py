"""Imports every module that registers a stage or an nlp extender. Add a line when you add one."""

from newsgraph.extract import places as _places  # noqa: F401
from newsgraph.extract import sentences  # noqa: F401
from newsgraph.extract.events import stage as _events  # noqa: F401
from newsgraph.extract.figures import stage as _figures  # noqa: F401
from newsgraph.extract.framing import stage as _framing  # noqa: F401
from newsgraph.extract.quotes import stage as _quotes  # noqa: F401
from newsgraph.extract.timexes import stage as _timexes  # noqa: F401
from newsgraph.resolve import mentions as _actors  # noqa: F401

"""Offline geocoding of place mentions: gazetteer, candidate lookup, disambiguation."""

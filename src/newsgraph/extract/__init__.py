"""Doc -> facts. One module or subpackage per extractor, each a registered stage."""

"""Events: who did what to whom, when and where, coded in PLOVER and CAMEO (issue 5).

Modules, in the order the stage uses them: ``lexicon`` (the shipped dictionaries), ``guards``
(sentences not to code), ``triggers`` (verbal and nominal triggers, CAMEO code),
``arguments`` (actor and recipient on the dependency parse), ``coder`` (CAMEO -> PLOVER, quad),
``dating``, ``placing``, ``factuality``, and ``stage`` (the registered doc stage).
"""

"""`newsgraph watch`: follow folders and RSS/Atom feeds, ingest what is new, round after round.

State lives in the store (``store/watch.py``), so a restart, a kill -9 or a cron ``--once``
run picks up where the last one left off. See docs/watch.md. The modules: ``sources`` (what
the user named -> folders and feeds), ``fetch`` (HTTP), ``feeds`` (RSS/Atom), ``run`` (rounds).
"""

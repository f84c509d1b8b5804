"""Kill points for the crash tests: the process dies here as if by ``kill -9``.

``NEWSGRAPH_KILL_AT=STAGE:N`` kills the process (SIGKILL: no cleanup, no rollback but the
database's own) the N-th time the code reaches ``kill_point(STAGE)``. The points are
``parse`` (a batch parsed, not yet written), ``commit`` (a batch written, its transaction not
yet committed) and ``analysis`` (the analysis computed, its transaction not yet committed).
Unset, a kill point costs one dictionary lookup.
"""

from __future__ import annotations

import os
import signal

ENV = "NEWSGRAPH_KILL_AT"
POINTS = ("parse", "commit", "analysis")


def kill_point(stage: str, _seen: dict[str, int] = {}) -> None:  # noqa: B006 - hit counts
    """Die if ``NEWSGRAPH_KILL_AT`` names this stage and this is its N-th hit."""
    wanted = os.environ.get(ENV)
    if not wanted:
        return
    name, _, n = wanted.partition(":")
    if name != stage:
        return
    _seen[stage] = _seen.get(stage, 0) + 1
    if _seen[stage] >= int(n or 1):
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))

"""Which office a state's "leader" names: "the German leader" is the chancellor, "the Russian
leader" the president.

``data/leading_office.yaml`` lists the states (with dates where their system changed) whose
leader in news usage is the head of government: parliamentary republics and the monarchies
where the monarch reigns but does not rule. Every other state's leader is its head of state
(presidents, ruling monarchs, Iran's supreme leader).
"""

from __future__ import annotations

from datetime import date
from functools import cache
from importlib import resources

import yaml

# The titles of a head of government and of a head of state, in the order a "leader" tries them.
GOVERNMENT_HEAD_TITLES = ("prime minister", "chancellor", "chief executive", "chief adviser")
STATE_HEAD_TITLES = ("supreme leader", "president", "emir", "king", "leader")


@cache
def _spans() -> dict[str, tuple[tuple[date | None, date | None], ...]]:
    path = resources.files("newsgraph") / "data" / "leading_office.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    out: dict[str, list[tuple[date | None, date | None]]] = {}
    for item in data.get("head_of_government") or ():
        out.setdefault(item["state"], []).append((item.get("since"), item.get("until")))
    return {k: tuple(v) for k, v in out.items()}


def government_leads(state: str, day: date | None) -> bool:
    """Whether ``state``'s leader on ``day`` is its head of government (undated: any span)."""
    for since, until in _spans().get(state, ()):
        if day is None or ((since is None or since <= day) and (until is None or day < until)):
            return True
    return False


def leader_titles(state: str | None, day: date | None) -> tuple[str, ...]:
    """The titles "the <state> leader" tries, in order."""
    if state is not None and government_leads(state, day):
        return GOVERNMENT_HEAD_TITLES
    return STATE_HEAD_TITLES

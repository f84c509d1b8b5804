"""Content of data/leading_office.yaml: which states' "leader" is the head of government.

Checks the file on its own (the resolver that reads it is written elsewhere): it parses,
every state is a state of kb/states.yaml, ranges are well formed and never overlap, and
a handful of facts from the pages named in the file's comments hold.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parents[2] / "src" / "newsgraph" / "data"
FILE = DATA / "leading_office.yaml"
STATES = DATA / "kb" / "states.yaml"


def _entries() -> list[dict]:
    doc = yaml.safe_load(FILE.read_text(encoding="utf-8"))
    assert isinstance(doc, dict)
    assert set(doc) == {"head_of_government"}
    entries = doc["head_of_government"]
    assert isinstance(entries, list) and entries
    return entries


def _state_ids() -> set[str]:
    doc = yaml.safe_load(STATES.read_text(encoding="utf-8"))
    return {a["id"] for a in doc["actors"] if a.get("type") == "state"}


def _by_state() -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for e in _entries():
        out.setdefault(e["state"], []).append(e)
    return out


def _covers(entries: list[dict], day: dt.date) -> bool:
    return any(
        (e.get("since") is None or e["since"] <= day)
        and (e.get("until") is None or day < e["until"])
        for e in entries
    )


def test_the_file_parses_and_has_only_known_keys() -> None:
    for e in _entries():
        assert isinstance(e, dict)
        assert set(e) <= {"state", "since", "until"}, e
        assert isinstance(e["state"], str)


def test_every_state_is_a_state_of_states_yaml() -> None:
    ids = _state_ids()
    unknown = sorted({e["state"] for e in _entries()} - ids)
    assert not unknown, unknown


def test_since_and_until_are_dates_in_order() -> None:
    for e in _entries():
        for key in ("since", "until"):
            if key in e:
                value = e[key]
                assert isinstance(value, dt.date) and not isinstance(value, dt.datetime), e
        if "since" in e and "until" in e:
            assert e["since"] < e["until"], e


def test_a_states_ranges_do_not_overlap() -> None:
    lo, hi = dt.date.min, dt.date.max
    for state, entries in _by_state().items():
        spans = sorted((e.get("since", lo), e.get("until", hi)) for e in entries)
        for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
            assert end <= start, (state, spans)


def test_parliamentary_states_are_listed() -> None:
    by_state = _by_state()
    for state in ("DEU", "GBR", "ISR", "ITA", "IND", "JPN", "ESP", "CAN", "AUS", "NLD"):
        assert state in by_state, state
        assert _covers(by_state[state], dt.date(2015, 6, 1)), state


def test_presidential_and_semi_presidential_states_are_not_listed() -> None:
    by_state = _by_state()
    for state in ("USA", "FRA", "RUS", "UKR", "EGY", "LKA", "SAU", "JOR", "MAR", "IRN", "SYR"):
        assert state not in by_state, state


def test_turkey_ends_on_the_day_erdogan_became_president() -> None:
    turkey = _by_state()["TUR"]
    assert [e.get("until") for e in turkey] == [dt.date(2014, 8, 28)]
    assert _covers(turkey, dt.date(2014, 8, 27))
    assert not _covers(turkey, dt.date(2014, 8, 28))
    assert not _covers(turkey, dt.date(2019, 1, 1))


def test_dated_changes_start_on_the_days_the_pages_give() -> None:
    by_state = _by_state()
    starts = {
        "ARM": dt.date(2018, 4, 9),
        "GEO": dt.date(2013, 11, 17),
        "HRV": dt.date(2000, 11, 9),
        "NPL": dt.date(2008, 5, 28),
        "PAK": dt.date(2010, 4, 19),
        "IRQ": dt.date(2004, 6, 28),
    }
    for state, since in starts.items():
        entries = by_state[state]
        assert not _covers(entries, since - dt.timedelta(days=1)), state
        assert _covers(entries, since), state
    # Musharraf's presidency stays with the head of state
    assert not _covers(by_state["PAK"], dt.date(2005, 1, 1))

"""Heads of state and government since 2000: a sourced check (issue 14, kbheads14).

Each corrected or dated spell was read from stored copies of public reference pages
(docs/actors.md, "the kbheads14 pass"); these tests name the holder, or no one, on a day the
correction changed.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


def test_afghan_chief_executive_ends_with_the_decree(kb: KnowledgeBase) -> None:
    assert "abdullah-abdullah" in holder_ids(kb, "chief executive", "AFG", date(2020, 3, 1))
    assert "abdullah-abdullah" not in holder_ids(kb, "chief executive", "AFG", date(2020, 4, 15))


def test_sudan_prime_minister_from_the_decree(kb: KnowledgeBase) -> None:
    assert "kamil-idris" not in holder_ids(kb, "prime minister", "SDN", date(2025, 5, 10))
    assert "kamil-idris" in holder_ids(kb, "prime minister", "SDN", date(2025, 5, 25))


def test_palestinian_prime_minister_resigned_in_september(kb: KnowledgeBase) -> None:
    assert "mahmoud-abbas" in holder_ids(kb, "prime minister", "PSE", date(2003, 9, 1))
    assert "mahmoud-abbas" not in holder_ids(kb, "prime minister", "PSE", date(2003, 9, 20))


def test_yemen_prime_ministers_2025_2026(kb: KnowledgeBase) -> None:
    assert holder_ids(kb, "prime minister", "YEM", date(2025, 5, 4)) == {"salem-bin-breik"}
    assert holder_ids(kb, "prime minister", "YEM", date(2026, 3, 1)) == {"shaya-al-zindani"}


def test_italian_prime_minister_before_amato(kb: KnowledgeBase) -> None:
    assert holder_ids(kb, "prime minister", "ITA", date(2000, 2, 1)) == {"massimo-dalema"}
    assert holder_ids(kb, "prime minister", "ITA", date(2000, 5, 1)) == {"giuliano-amato"}

"""Sudan's head of government of 2022-25, a checked pass (issue 14, kbfocus36c): Osman Hussein,
tasked by al-Burhan with the prime minister's duties on 2022-01-19 and acting prime minister to
Dafallah al-Haj Ali's appointment on 2025-04-30, read from stored copies of public pages
(docs/actors.md, "the kbfocus36c pass"); a day inside the new spell, the handover days, the
gaps left open and the names kept from being anyone's alone.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.kb_holders import alias_ids, each_spell_names_its_holder, holder_ids

from newsgraph.resolve.kb import KnowledgeBase

pytestmark = pytest.mark.slow  # builds the shipped KB


SPELLS = {
    # Sudan, head of government (acting prime minister, over three years)
    ("prime minister", "SDN", date(2022, 6, 1)): "osman-hussein",
    ("prime minister", "SDN", date(2024, 1, 1)): "osman-hussein",
}


test_each_new_spell_names_its_holder = each_spell_names_its_holder(SPELLS)


def test_sudan_prime_minister_handovers_and_gaps(kb: KnowledgeBase) -> None:
    """Hamdok's resignation (2022-01-02) to al-Burhan's decision of 2022-01-19 stays nobody's;
    Osman Hussein from then to Dafallah al-Haj Ali's appointment (2025-04-30); Dafallah's
    weeks to Kamil Idris's decree (2025-05-19) stay nobody's (under two months)."""
    sdn = "SDN"
    assert holder_ids(kb, "prime minister", sdn, date(2022, 1, 1)) == {"abdalla-hamdok"}
    assert holder_ids(kb, "prime minister", sdn, date(2022, 1, 10)) == set()
    assert holder_ids(kb, "prime minister", sdn, date(2022, 1, 18)) == set()
    assert holder_ids(kb, "prime minister", sdn, date(2022, 1, 19)) == {"osman-hussein"}
    assert holder_ids(kb, "prime minister", sdn, date(2025, 4, 29)) == {"osman-hussein"}
    assert holder_ids(kb, "prime minister", sdn, date(2025, 4, 30)) == set()  # Dafallah
    assert holder_ids(kb, "prime minister", sdn, date(2025, 5, 18)) == set()
    assert holder_ids(kb, "prime minister", sdn, date(2025, 5, 19)) == {"kamil-idris"}
    # the vacancies after the coups of 2019 and 2021 stay open
    assert holder_ids(kb, "prime minister", sdn, date(2019, 6, 1)) == set()
    assert holder_ids(kb, "prime minister", sdn, date(2021, 11, 1)) == set()


def test_names(kb: KnowledgeBase) -> None:
    """The full name resolves; "Hussein" and "Osman" stay no one's alone (the first as for
    Abdel Rahim Mohammed Hussein, the second a given name here and nobody's bare surname)."""
    assert alias_ids(kb, "Osman Hussein") == {"osman-hussein"}
    assert alias_ids(kb, "Hussein") == set()
    assert alias_ids(kb, "Osman") == set()
    assert set(kb.sharing("Hussein")) == set()

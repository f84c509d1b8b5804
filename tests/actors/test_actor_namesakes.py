"""Namesakes: two KB people of one full name (issue 14, item 3; docs/actors.md, "Namesakes").

Latvia's president of 2011-15 and its prime minister of 2000-02 are both Andris Bērziņš. Each
entry names the other under ``namesakes``, so the name is no one's alias (it would be an E313
clash otherwise) but shared, like a surname two people have, and read in context: the title
before it, else the office held on the article's day in a state the article names; neither,
and the mention stays unresolved with both as candidates.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from tests.actors.resolving import covering, run

from newsgraph.config import Settings
from newsgraph.errors import KnowledgeBaseError
from newsgraph.resolve.actors import load_kb
from newsgraph.resolve.kb import KnowledgeBase
from newsgraph.resolve.mentions import ActorStage

PRESIDENT, PM = "andris-berzins-1944", "andris-berzins-1951"


def _kb(tmp_path: Path, body: str) -> KnowledgeBase:
    f = tmp_path / "user.yaml"
    f.write_text(body, encoding="utf-8")
    return load_kb(Settings(kb_paths=(str(f),), db=str(tmp_path / "x.db")))


TWINS = """actors:
  - {id: jan-one, type: person, name: Jan Veldkamp-Tess, country: NLD, namesakes: [jan-two]}
  - {id: jan-two, type: person, name: Jan Veldkamp-Tess, country: NLD}
"""


def test_namesakes_share_their_name_and_others_still_clash(tmp_path: Path) -> None:
    kb = _kb(tmp_path, TWINS)
    assert kb.lookup("Jan Veldkamp-Tess") == []
    assert kb.sharing("Jan Veldkamp-Tess") == ("jan-one", "jan-two")
    clash = TWINS + "  - {id: jan-three, type: person, name: Jan Veldkamp-Tess, country: NLD}\n"
    with pytest.raises(KnowledgeBaseError, match="E313"):
        _kb(tmp_path, clash)  # a third person of the name, whom neither entry names


@pytest.mark.parametrize("other", ["nobody-here", "NLD", "jan-one"])
def test_a_namesake_must_be_another_kb_person(tmp_path: Path, other: str) -> None:
    body = f"""actors:
  - {{id: jan-one, type: person, name: Jan Veldkamp, country: NLD, namesakes: [{other}]}}
"""
    with pytest.raises(KnowledgeBaseError, match=f"E314 .*namesake '{other}' of 'jan-one'"):
        _kb(tmp_path, body)


def test_the_shipped_namesakes(kb: KnowledgeBase) -> None:
    assert kb.lookup("Andris Bērziņš") == [] and kb.lookup("Andris Berzins") == []
    assert kb.sharing("Andris Berzins") == (PRESIDENT, PM)
    assert set(kb.sharing("Bērziņš")) == {PRESIDENT, PM, "indulis-berzins"}
    assert kb.namesakes("Andris Bērziņš") == (PRESIDENT, PM)
    # a surname two people share is no namesakes' name, of one word or of two ("Van Dúnem")
    assert kb.namesakes("Bērziņš") == ()
    assert kb.sharing("Van Dúnem") and kb.namesakes("Van Dúnem") == ()
    assert kb.sharing("al-Hariri") and kb.namesakes("al-Hariri") == ()


@pytest.mark.parametrize(
    "text, day, expected",
    [
        ("President Andris Bērziņš met the Estonian leader in Riga.", date(2013, 5, 2), PRESIDENT),
        ("Prime Minister Andris Berzins met the Estonian leader in Riga.", date(2001, 5, 2), PM),
        # no title: the one holding an office of Latvia, which the article names, that day
        ("Latvia's Andris Bērziņš said the talks would go on.", date(2013, 5, 2), PRESIDENT),
        ("Latvia's Andris Bērziņš said the talks would go on.", date(2001, 5, 2), PM),
        # a title neither held: neither
        ("Foreign Minister Andris Bērziņš said the talks would go on.", date(2013, 5, 2), None),
        # neither in office that day (a third Andris Bērziņš sat in the Saeima in 2019)
        ("Latvia's Andris Bērziņš said the talks would go on.", date(2019, 5, 2), None),
    ],
)
def test_a_namesake_is_read_in_context(
    nlp, stage: ActorStage, text: str, day: date, expected: str | None
) -> None:  # type: ignore[no-untyped-def]
    ms = covering(run(nlp, stage, text, day), text, "Andris")
    assert [m.actor_id for m in ms] == [expected], text
    if expected is None:
        assert set(ms[0].candidates) == {PRESIDENT, PM}


def test_the_surname_after_a_namesake_named_in_full(nlp, stage: ActorStage) -> None:  # type: ignore[no-untyped-def]
    text = "President Andris Bērziņš met the Estonian leader. Bērziņš said the talks went well."
    ms = run(nlp, stage, text, date(2013, 5, 2))
    later = [m for m in ms if m.start == text.rindex("Bērziņš")]
    assert [m.actor_id for m in later] == [PRESIDENT]

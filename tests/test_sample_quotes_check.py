"""No sample sentence in the package (scripts/sample_quotes_check.py): the sample corpus tests
the rules, it is never their source."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "sample_quotes_check.py"


@pytest.fixture(scope="module")
def check() -> ModuleType:
    spec = importlib.util.spec_from_file_location("sample_quotes_check", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_package_quotes_no_sample_sentence(
    check: ModuleType, capsys: pytest.CaptureFixture
) -> None:
    status = check.main([])
    assert status == 0, "sample sentences quoted in src/ (replace them by made-up examples):\n" + (
        capsys.readouterr().out
    )


def test_a_quoted_window_is_found_across_lines_and_punctuation(
    check: ModuleType, tmp_path: Path
) -> None:
    sample = tmp_path / "sample"
    sample.mkdir()
    (sample / "a.txt").write_text(
        "The harbour board of Eastport voted on Tuesday to close the old ferry pier.\n"
        "Critics said the vote ignored the fishermen."
    )
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "rules.py").write_text(
        'x = 1  # a made-up example: "the council voted to reopen it"\n'
        '# "The Harbour Board of Eastport\n'
        "# voted, on Tuesday, to close ...\": the date is the vote's\n"
        'WORDS = {"old ferry pier"}  # five words of it around: not a quotation\n'
    )
    (pkg / "other.md").write_text("Critics said the vote ignored the fishermen.\n")
    wanted = check.sample_windows([sample / "a.txt"])
    hits = check.find_quotes(check.package_files(pkg, sample), wanted)
    found = {(p.name, line) for p, line, _, _ in hits}
    assert found == {("rules.py", 3), ("other.md", 1)}


def test_allowed_phrases_are_not_reported(check: ModuleType, tmp_path: Path) -> None:
    sample = tmp_path / "s.txt"
    sample.write_text("Your email address will not be published. Required fields are marked *")
    wanted = check.sample_windows([sample])
    assert wanted == set()

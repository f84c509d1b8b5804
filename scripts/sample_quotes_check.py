"""No sample sentence in the package: the sample corpus tests the rules, it is never their source.

    python scripts/sample_quotes_check.py [--words N]

Cuts every sample article (``src/newsgraph/data/sample/articles/``, the copy of the seed
corpus the project ships) into windows of N consecutive words (default 6; words are runs of
letters and digits, compared in lower case, so punctuation, quote marks and line breaks do not
hide a quotation) and prints each line of the package's text files (code, comments, strings,
data) that holds one: ``path:line: window | line``. Exit status 1 when there is any.

A hit is a comment or string quoting a sample sentence (replace it by a made-up example of the
same construction) or a rule or word list written for it (replace it by the general mechanism
it stands for). The few phrases that are in the sample without being its own words are allowed
in ``ALLOWED``, each with its reason. ``tests/test_sample_quotes_check.py`` runs the check.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "newsgraph"
SAMPLE = PACKAGE / "data" / "sample" / "articles"
# Text files of the package; binaries (weights, images) hold no sentences.
SUFFIXES = {".py", ".txt", ".md", ".json", ".yaml", ".yml", ".tsv", ".csv", ".sql", ".html", ".js"}
WINDOW = 6

# Phrases of the sample that are not its own words, and why they may appear in the package.
ALLOWED = {
    "your email address will not be published required fields are marked": (
        "comment-form furniture printed under every WordPress article (clean/patterns.py)"
    ),
    "islamic state of iraq and syria": "a name (the actor knowledge base's alias of ISIS)",
}

_WORD = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def windows(tokens: list[str], n: int) -> Iterator[str]:
    for i in range(len(tokens) - n + 1):
        yield " ".join(tokens[i : i + n])


def sample_windows(sample_files: Iterable[Path], n: int = WINDOW) -> set[str]:
    """The sample's N-word windows, less those inside an allowed phrase."""
    allowed = {w for phrase in ALLOWED for w in windows(phrase.split(), n)}
    found: set[str] = set()
    for path in sample_files:
        found.update(windows(words(path.read_text(encoding="utf-8")), n))
    return found - allowed


def package_files(package: Path, sample: Path) -> Iterator[Path]:
    for path in sorted(package.rglob("*")):
        if path.is_file() and path.suffix in SUFFIXES and sample not in path.parents:
            yield path


def find_quotes(
    files: Iterable[Path], wanted: set[str], n: int = WINDOW
) -> list[tuple[Path, int, str, str]]:
    """(path, line number, the first window found, the line) for each line quoting the sample."""
    hits = []
    for path in files:
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        # A quotation may run over a line break: each line is read with the words of the
        # line before it, and reported when a window reaches into it.
        prev: list[str] = []
        for number, line in enumerate(text.splitlines(), 1):
            toks = words(line)
            joined = prev[-(n - 1) :] + toks if n > 1 else toks
            lead = len(joined) - len(toks)
            hit = next(
                (w for i, w in enumerate(windows(joined, n)) if i + n > lead and w in wanted),
                None,
            )
            if hit is not None:
                hits.append((path, number, hit, line.strip()))
            prev = toks if toks else prev
    return hits


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=WINDOW, help="window length in words")
    args = parser.parse_args(argv)
    wanted = sample_windows(sorted(SAMPLE.glob("*.txt")), args.words)
    hits = find_quotes(package_files(PACKAGE, SAMPLE), wanted, args.words)
    for path, number, window, line in hits:
        print(f"{path.relative_to(ROOT)}:{number}: {window} | {line[:120]}")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())

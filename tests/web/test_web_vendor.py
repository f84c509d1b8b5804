"""Every vendored asset is recorded (version, licence, hash) and no page loads anything
from outside the package."""

from __future__ import annotations

import hashlib
import re
from importlib import resources
from pathlib import Path


def static_root() -> Path:
    return Path(str(resources.files("newsgraph.web") / "static"))


def test_vendored_files_match_the_record() -> None:
    vendor = static_root() / "vendor"
    record = (vendor / "VENDORED.md").read_text(encoding="utf-8")
    hashes = dict((p, h) for h, p in re.findall(r"^([0-9a-f]{64})  (\S+)$", record, re.M))
    files = [
        p for p in vendor.rglob("*") if p.is_file() and p.name not in ("VENDORED.md", "LICENSE")
    ]
    assert files
    for f in files:
        rel = f.relative_to(vendor).as_posix()
        assert rel in hashes, f"{rel} is not recorded in VENDORED.md"
        assert hashlib.sha256(f.read_bytes()).hexdigest() == hashes[rel], rel
        assert (f.parent / "LICENSE").exists(), f"{rel} has no LICENSE beside it"


def test_no_external_urls_in_templates_or_scripts() -> None:
    root = static_root().parent
    for path in [*(root / "templates").rglob("*.html"), *(root / "static" / "js").rglob("*.js")]:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"(src|href)=[\"']https?://", text), path
        assert 'fetch("http' not in text and "innerHTML" not in text, path
        assert not re.search(r"\son[a-z]+=", text), f"inline event handler in {path}"
        if path.suffix == ".html":
            assert "<script>" not in text and "style=" not in text, path

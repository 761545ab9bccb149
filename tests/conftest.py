"""Shared test fixtures: paths to the seeds and the project's own test articles."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = ROOT / "tests" / "data"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seed_articles():
    from analysis import load_articles

    return {a.id[:3]: a for a in load_articles([SEEDS])}


@pytest.fixture(scope="session")
def ingest_dir() -> Path:
    return DATA / "ingest"


@pytest.fixture
def private_tmp(tmp_path, monkeypatch):
    """A private temporary folder for the test (kernel sockets, connection files, error logs)."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder

"""seeds/ holds byte-for-byte copies of the shared seeds, and a README."""

from __future__ import annotations

import pytest
from conftest import ROOT, SEEDS

SHARED = ROOT.parent / "shared" / "seeds"


def test_seed_files_present_with_readme():
    names = sorted(p.name for p in SEEDS.glob("*.txt"))
    assert len(names) == 3
    assert (SEEDS / "README.md").is_file()


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/seeds is not beside this checkout")
def test_seeds_are_byte_identical_to_shared():
    shared = sorted(SHARED.glob("*.txt"))
    assert shared
    for path in shared:
        assert (SEEDS / path.name).read_bytes() == path.read_bytes(), path.name

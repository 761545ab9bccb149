"""The same inputs give byte-identical findings in any process, whatever the hash seed.

Set and dict order of strings depends on ``PYTHONHASHSEED``; a test inside one process
cannot change it, so each run here is a fresh interpreter with its own seed.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys

import pytest
from conftest import DATA, SEEDS

CORPORA = [SEEDS, DATA / "split" / "dev", DATA / "dates", DATA / "versions"]
HASH_SEEDS = ["0", "4242", "random"]


def _findings_digest(paths: list[str], hash_seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    proc = subprocess.run([sys.executable, "-m", "analysis", "findings", *paths],
                          capture_output=True, env=env, check=False)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    return hashlib.sha256(proc.stdout).hexdigest()


@pytest.mark.slow
def test_findings_are_byte_identical_across_hash_seeds():
    paths = [str(p) for p in CORPORA if p.exists()]
    digests = {seed: _findings_digest(paths, seed) for seed in HASH_SEEDS}
    assert len(set(digests.values())) == 1, digests

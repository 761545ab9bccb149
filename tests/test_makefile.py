"""`make help` lists the targets a newcomer needs."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from conftest import ROOT


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_help_lists_the_targets():
    proc = subprocess.run(["make", "-s", "help"], cwd=ROOT, capture_output=True, text=True, check=True)
    targets = {line.split()[1] for line in proc.stdout.splitlines() if line.strip().startswith("make ")}
    assert {"report", "test", "lint", "bench", "clean", "install"} <= targets

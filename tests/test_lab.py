"""`make lab` opens JupyterLab on the notebooks: the set-up installs it and it serves them.

The server is started the way the Makefile starts it, bound to loopback on a free port with
no browser, asked once for the notebooks folder's contents, and stopped.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from conftest import ROOT

pytestmark = pytest.mark.slow

JUPYTER = Path(sys.executable).with_name("jupyter")


def _get_json(url: str) -> dict:
    """GET a URL on the local server, retrying for a few seconds while it starts listening."""
    for _ in range(50):
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                return json.load(response)
        except urllib.error.URLError:
            time.sleep(0.2)
    raise AssertionError(f"JupyterLab did not answer at {url}")


def test_make_lab_runs_jupyterlab_in_the_notebooks_folder():
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    dry = subprocess.run(["make", "-n", "lab"], cwd=ROOT, capture_output=True, text=True, check=True)
    assert re.search(r"jupyter lab --ServerApp.root_dir=notebooks", dry.stdout)


def test_jupyterlab_serves_the_notebooks(tmp_path):
    assert JUPYTER.exists(), "JupyterLab is not installed (make install installs the 'lab' extra)"
    proc = subprocess.Popen(
        [str(JUPYTER), "lab", "--no-browser", "--ServerApp.ip=127.0.0.1", "--ServerApp.port=0",
         f"--ServerApp.root_dir={ROOT / 'notebooks'}", "--IdentityProvider.token=briefing-test",
         "--ServerApp.open_browser=False", "--allow-root"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env={"HOME": str(tmp_path), "PATH": str(JUPYTER.parent), "JUPYTER_RUNTIME_DIR": str(tmp_path / "rt")},
    )
    try:
        url = None
        deadline = time.monotonic() + 60
        assert proc.stdout is not None
        while time.monotonic() < deadline and url is None:
            line = proc.stdout.readline()
            if not line and proc.poll() is not None:
                break
            found = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
            url = found and f"http://127.0.0.1:{found.group(1)}"
        assert url, "JupyterLab did not start within 60 s"
        listing = _get_json(f"{url}/api/contents?token=briefing-test")
        names = {item["name"] for item in listing["content"]}
        assert {p.name for p in (ROOT / "notebooks").glob("*.ipynb")} <= names
        with urllib.request.urlopen(f"{url}/lab?token=briefing-test", timeout=10) as response:
            assert response.status == 200
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()

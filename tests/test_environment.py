"""environment.yml (conda) lists exactly the dependencies of pyproject.toml."""

from __future__ import annotations

import re
import tomllib

import yaml
from conftest import ROOT


def _split(spec: str) -> tuple[str, str]:
    match = re.match(r"^\s*([A-Za-z0-9_.\-]+)\s*(.*)$", spec)
    assert match, spec
    return match.group(1).lower().replace("_", "-"), match.group(2).replace(" ", "")


def test_environment_matches_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    extras = [spec for group in project["optional-dependencies"].values() for spec in group]
    wanted = dict(_split(s) for s in project["dependencies"] + extras)
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    listed: dict[str, str] = {}
    for item in env["dependencies"]:
        if isinstance(item, dict):
            listed.update(_split(s) for s in item["pip"])
        else:
            name, spec = _split(item)
            if name not in ("python", "pip"):
                listed[name] = spec
    assert listed == wanted
    python = next(i for i in env["dependencies"] if isinstance(i, str) and i.startswith("python="))
    assert python == "python=3.11"

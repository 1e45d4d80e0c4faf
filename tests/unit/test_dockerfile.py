"""The image holds every package pyproject.toml installs (pip install . would silently skip one)
and runs the Python the suite is run on."""

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_dockerfile_copies_every_installed_package():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    packages = [
        p.rstrip("*") for p in pyproject["tool"]["setuptools"]["packages"]["find"]["include"]
    ]
    copied = set(re.findall(r"^COPY (\S+) \1$", (ROOT / "Dockerfile").read_text(), re.MULTILINE))
    assert set(packages) <= copied, set(packages) - copied


def test_the_image_runs_the_python_the_makefile_tests_with():
    # The image ran 3.11, which the suite avoids (a crash seen once on 3.11.7; see the README).
    image = re.search(r"^FROM python:(\d+\.\d+)-", (ROOT / "Dockerfile").read_text(), re.MULTILINE)
    preferred = re.search(r"for p in python(\d+\.\d+);", (ROOT / "Makefile").read_text())
    assert image and preferred
    assert image.group(1) == preferred.group(1)

"""Build web/static from web/assets and the pinned govuk-frontend package, fingerprinted by content."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ASSETS = ROOT / "web" / "assets"
STATIC = ROOT / "web" / "static"
GOVUK = ROOT / "node_modules" / "govuk-frontend" / "dist" / "govuk"
SASS = ROOT / "node_modules" / ".bin" / "sass"
# The interactive API reference at /api/docs, served from here rather than a CDN (our CSP).
SWAGGER_UI = ROOT / "node_modules" / "swagger-ui-dist"
SWAGGER_UI_FILES = ("swagger-ui-bundle.js", "swagger-ui.css", "LICENSE", "NOTICE")


def build() -> str:
    """Compile and copy every asset into web/static/<fingerprint>/; returns the fingerprint."""
    if not GOVUK.is_dir() or not SASS.exists() or not SWAGGER_UI.is_dir():
        sys.exit("node_modules is missing: run `npm ci` (make does this) before building assets")
    staging = STATIC / "_staging"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    subprocess.run(  # noqa: S603 - fixed arguments, our own files
        [
            str(SASS),
            "--no-source-map",
            "--style=compressed",
            "--quiet-deps",
            f"--load-path={ROOT / 'node_modules'}",
            str(ASSETS / "main.scss"),
            str(staging / "main.css"),
        ],
        check=True,
    )
    shutil.copy(GOVUK / "govuk-frontend.min.js", staging / "govuk-frontend.min.js")
    for script in ASSETS.glob("*.mjs"):
        shutil.copy(script, staging / script.name)
    (staging / "swagger-ui").mkdir()
    for name in SWAGGER_UI_FILES:
        shutil.copy(SWAGGER_UI / name, staging / "swagger-ui" / name)
    shutil.copytree(GOVUK / "assets" / "images", staging / "assets" / "images")
    shutil.copy(GOVUK / "assets" / "manifest.json", staging / "assets" / "manifest.json")
    digest = hashlib.sha256()
    for path in sorted(p for p in staging.rglob("*") if p.is_file()):
        digest.update(path.relative_to(staging).as_posix().encode())
        digest.update(path.read_bytes())
    fingerprint = digest.hexdigest()[:12]
    for old in STATIC.iterdir():
        if old.is_dir() and old != staging:
            shutil.rmtree(old)
    staging.rename(STATIC / fingerprint)
    (STATIC / "manifest.json").write_text(json.dumps({"build": fingerprint}) + "\n")
    return fingerprint


if __name__ == "__main__":
    print(f"web/static built: {build()}")

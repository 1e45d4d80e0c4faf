"""Time publiccode.yml validation on the test corpus and a large file (run from the repo root)."""

from __future__ import annotations

import time
from pathlib import Path

from catalogue.publiccode import validate

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "unit" / "publiccode" / "data"


def main() -> None:
    files = sorted(CORPUS.rglob("*.yml"))
    texts = [f.read_bytes() for f in files]
    validate(texts[0])  # warm the code-list caches
    rounds = 20
    start = time.perf_counter()
    for _ in range(rounds):
        for text in texts:
            validate(text)
    elapsed = time.perf_counter() - start
    count = rounds * len(texts)
    print(f"corpus: {len(texts)} files, {count} validations, {elapsed / count * 1e3:.3f} ms each")

    base = (CORPUS / "valid" / "minimal_bilingual.yml").read_bytes()
    big = base + b"usedBy:\n" + b"".join(b"  - Council %d\n" % i for i in range(20_000))
    start = time.perf_counter()
    result = validate(big)
    print(
        f"large file: {len(big) / 1e3:.0f} kB, {time.perf_counter() - start:.3f} s, "
        f"valid={result.valid}"
    )


if __name__ == "__main__":
    main()

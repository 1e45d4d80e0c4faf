"""Print nDCG@10 for every judged query on the bundled data, by kind and overall.

.venv/bin/python tests/relevance/ndcg.py            # embedded engine
.venv/bin/python tests/relevance/ndcg.py --verbose  # and each query's top 10
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent.parent)]

from relevance_corpus import JUDGEMENTS, build_documents, ndcg, ranked_names  # noqa: E402

from search.embedded import EmbeddedSearchBackend  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        docs = build_documents(Path(tmp))
    backend = EmbeddedSearchBackend(None)
    backend.rebuild(docs)
    names = {doc["id"]: doc["full_name"] for doc in docs}
    by_kind: dict[str, list[float]] = {}
    for judgement in JUDGEMENTS:
        ranked = ranked_names(backend, names, judgement.query)
        score = ndcg(ranked, judgement.grades)
        by_kind.setdefault(judgement.kind, []).append(score)
        top = ranked[: judgement.within]
        missing = [name for name in judgement.must if name not in top]
        flag = "" if not missing else f"  MISSING from top {judgement.within}: {missing}"
        print(f"{score:5.3f}  {judgement.kind:8} {judgement.query}{flag}")
        if args.verbose:
            for position, name in enumerate(ranked, start=1):
                print(f"         {position:2}. [{judgement.grades.get(name, 0)}] {name}")
    every = [s for scores in by_kind.values() for s in scores]
    print()
    for kind, scores in by_kind.items():
        print(f"{kind:8} nDCG@10 {statistics.mean(scores):.3f} over {len(scores)} queries")
    print(f"{'all':8} nDCG@10 {statistics.mean(every):.3f} over {len(every)} queries")


if __name__ == "__main__":
    main()

"""Print nDCG@10 for every judged query on the bundled data: by set, part, language and kind.

.venv/bin/python tests/relevance/ndcg.py            # embedded engine
.venv/bin/python tests/relevance/ndcg.py --verbose  # and each query's top 10
.venv/bin/python tests/relevance/ndcg.py --part tuning   # only the tuning part
.venv/bin/python tests/relevance/ndcg.py --validation     # the validation set's check half
.venv/bin/python tests/relevance/ndcg.py --validation --untouched  # and its untouched half's means
.venv/bin/python tests/relevance/ndcg.py --fresh          # the first fresh set (a study set now)
.venv/bin/python tests/relevance/ndcg.py --final          # the second fresh set's means only
.venv/bin/python tests/relevance/ndcg.py --final3         # the third fresh set's means only
.venv/bin/python tests/relevance/ndcg.py --final4         # the fourth fresh set's means only
.venv/bin/python tests/relevance/ndcg.py --final5         # the fifth fresh set's means only
.venv/bin/python tests/relevance/ndcg.py --final6         # the sixth fresh set's means only
.venv/bin/python tests/relevance/ndcg.py --final7         # the seventh fresh set's means only
.venv/bin/python tests/relevance/ndcg.py --final8         # the eighth fresh set's means only
.venv/bin/python tests/relevance/ndcg.py --final9         # the ninth fresh set's means only
.venv/bin/python tests/relevance/ndcg.py --final10        # the tenth fresh set's means only
.venv/bin/python tests/relevance/ndcg.py --final11        # the eleventh fresh set's means only
.venv/bin/python tests/relevance/ndcg.py --final12        # the twelfth fresh set's means only
.venv/bin/python tests/relevance/ndcg.py --final13        # the thirteenth fresh set's means only
.venv/bin/python tests/relevance/ndcg.py --final14        # the fourteenth fresh set's means only
.venv/bin/python tests/relevance/ndcg.py --final15        # the fifteenth fresh set's means only
.venv/bin/python tests/relevance/ndcg.py --final16        # the sixteenth fresh set's means only
.venv/bin/python tests/relevance/ndcg.py --final17        # the seventeenth fresh set's means only
.venv/bin/python tests/relevance/ndcg.py --final18        # the eighteenth fresh set's means only
.venv/bin/python tests/relevance/ndcg.py --final19        # the nineteenth fresh set's means only
.venv/bin/python tests/relevance/ndcg.py --final20        # the twentieth fresh set's means only
.venv/bin/python tests/relevance/ndcg.py --final21        # the twenty-first fresh set's means only
.venv/bin/python tests/relevance/ndcg.py --final22        # the twenty-second fresh set's means only
.venv/bin/python tests/relevance/ndcg.py --final23        # the twenty-third fresh set's means only
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent.parent)]

from relevance_corpus import build_documents, ndcg, ranked_names  # noqa: E402
from split import (  # noqa: E402
    ALL,
    FRESH,
    FRESH2,
    FRESH3,
    FRESH4,
    FRESH5,
    FRESH6,
    FRESH7,
    FRESH8,
    FRESH9,
    FRESH10,
    FRESH11,
    FRESH12,
    FRESH13,
    FRESH14,
    FRESH15,
    FRESH16,
    FRESH17,
    FRESH18,
    FRESH19,
    FRESH20,
    FRESH21,
    FRESH22,
    FRESH23,
    VALIDATION,
    language,
    part,
)

from search.embedded import EmbeddedSearchBackend  # noqa: E402

# Each later fresh set's flag, judgements and place ('--final19': the nineteenth), oldest first.
FINALS = (
    ("final", FRESH2, "second"),
    ("final3", FRESH3, "third"),
    ("final4", FRESH4, "fourth"),
    ("final5", FRESH5, "fifth"),
    ("final6", FRESH6, "sixth"),
    ("final7", FRESH7, "seventh"),
    ("final8", FRESH8, "eighth"),
    ("final9", FRESH9, "ninth"),
    ("final10", FRESH10, "tenth"),
    ("final11", FRESH11, "eleventh"),
    ("final12", FRESH12, "twelfth"),
    ("final13", FRESH13, "thirteenth"),
    ("final14", FRESH14, "fourteenth"),
    ("final15", FRESH15, "fifteenth"),
    ("final16", FRESH16, "sixteenth"),
    ("final17", FRESH17, "seventeenth"),
    ("final18", FRESH18, "eighteenth"),
    ("final19", FRESH19, "nineteenth"),
    ("final20", FRESH20, "twentieth"),
    ("final21", FRESH21, "twenty-first"),
    ("final22", FRESH22, "twenty-second"),
    ("final23", FRESH23, "twenty-third"),
)


def _mean(scores: list[float]) -> str:
    return f"{statistics.mean(scores):.3f} over {len(scores):2}" if scores else "  -   over  0"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--part", choices=["tuning", "held-out"])
    parser.add_argument("--validation", action="store_true", help="score the validation set")
    parser.add_argument("--untouched", action="store_true", help="with it, the untouched half too")
    parser.add_argument("--fresh", action="store_true", help="the first fresh set, query by query")
    for flag, _, nth in FINALS:
        parser.add_argument(
            f"--{flag}", action="store_true", help=f"the {nth} fresh set's means only"
        )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        docs = build_documents(Path(tmp))
    backend = EmbeddedSearchBackend(None)
    backend.rebuild(docs)
    names = {doc["id"]: doc["full_name"] for doc in docs}
    if args.validation:
        _validation(backend, names, args.verbose, args.untouched)
        return
    # The latest set first, where several are asked for.
    chosen = [sets for flag, sets, _ in reversed(FINALS) if getattr(args, flag)]
    if args.fresh or chosen:
        judgements = chosen[0] if chosen else FRESH
        _fresh(backend, names, judgements, args.fresh, args.verbose)
        return
    rows = []
    for origin, judgement in ALL:
        where = part(judgement.query)
        if args.part and where != args.part:
            continue
        ranked = ranked_names(backend, names, judgement.query)
        score = ndcg(ranked, judgement.grades)
        rows.append((origin, where, language(judgement), judgement.kind, score))
        top = ranked[: judgement.within]
        missing = [name for name in judgement.must if name not in top]
        flag = "" if not missing else f"  MISSING from top {judgement.within}: {missing}"
        print(f"{score:5.3f}  {origin} {where:8} {judgement.kind:7} {judgement.query}{flag}")
        if args.verbose:
            for position, name in enumerate(ranked, start=1):
                print(f"         {position:2}. [{judgement.grades.get(name, 0)}] {name}")
    print()
    print(f"{'nDCG@10':28} {'tuning':>16} {'held-out':>16}")
    for origin in ("old", "new", "all"):
        for lang in ("en", "cy", "all"):
            cells = []
            for where in ("tuning", "held-out"):
                scores = [
                    s
                    for o, w, g, _, s in rows
                    if w == where and origin in (o, "all") and lang in (g, "all")
                ]
                cells.append(_mean(scores))
            print(f"{origin + ' queries, ' + lang:28} {cells[0]:>16} {cells[1]:>16}")


def _validation(backend, names, verbose: bool, untouched: bool) -> None:
    """The check half query by query; the untouched half only as means, and only when asked."""
    scores: dict[tuple[str, str], list[float]] = {}
    for where, judgement in VALIDATION:
        if where == "untouched" and not untouched:
            continue
        ranked = ranked_names(backend, names, judgement.query)
        score = ndcg(ranked, judgement.grades)
        scores.setdefault((where, language(judgement)), []).append(score)
        if where == "check":
            print(f"{score:5.3f}  {judgement.kind:7} {judgement.query}")
            if verbose:
                for position, name in enumerate(ranked, start=1):
                    print(f"         {position:2}. [{judgement.grades.get(name, 0)}] {name}")
    print()
    for where in ("check", "untouched"):
        for lang in ("en", "cy", "all"):
            found = [
                s for (w, g), v in scores.items() if w == where and lang in (g, "all") for s in v
            ]
            if found:
                print(f"validation {where:9}, {lang:3} {_mean(found):>16}")


def _fresh(backend, names, judgements, each: bool, verbose: bool) -> None:
    """Means by language and kind; with `each`, every question too (the first fresh set, which is
    studied now). The second is for a last, honest figure, not for study: means only."""
    scores: dict[tuple[str, str], list[float]] = {}
    for judgement in judgements:
        ranked = ranked_names(backend, names, judgement.query)
        score = ndcg(ranked, judgement.grades)
        if each:
            print(f"{score:5.3f}  {judgement.kind:7} {judgement.query}")
            if verbose:
                for position, name in enumerate(ranked, start=1):
                    print(f"         {position:2}. [{judgement.grades.get(name, 0)}] {name}")
        for key in ((language(judgement), "all"), ("all", judgement.kind), ("all", "all")):
            scores.setdefault(key, []).append(score)
    for (lang, kind), found in sorted(scores.items()):
        print(f"fresh, {lang:3} {kind:8} {_mean(found):>16}")


if __name__ == "__main__":
    main()

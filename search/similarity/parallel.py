"""Independent slices of work in forked processes that share the parent's memory."""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

Task = TypeVar("Task")
Result = TypeVar("Result")

# Set only while a forked pool runs (under the lock), so workers find the shared data without
# pickling it: they inherit the parent's memory copy-on-write.
_LOCK = threading.Lock()
_SHARED: Any = None
_FUNCTION: Callable[[Any, Any], Any] | None = None


def _call(task: Any) -> Any:
    return _FUNCTION(_SHARED, task)


def map_forked(
    function: Callable[[Any, Task], Result],
    shared: Any,
    tasks: Sequence[Task],
    workers: int,
) -> list[Result]:
    """function(shared, task) for each task, in order; in forked workers when workers > 1."""
    global _SHARED, _FUNCTION
    forkable = "fork" in multiprocessing.get_all_start_methods()
    if workers <= 1 or len(tasks) <= 1 or not forkable:
        return [function(shared, task) for task in tasks]
    with _LOCK:
        _SHARED, _FUNCTION = shared, function
        try:
            context = multiprocessing.get_context("fork")
            with ProcessPoolExecutor(min(workers, len(tasks)), mp_context=context) as pool:
                return list(pool.map(_call, tasks))
        finally:
            _SHARED, _FUNCTION = None, None

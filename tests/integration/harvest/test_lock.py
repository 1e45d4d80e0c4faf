"""The SQLite harvest lock: a clear message naming the holder, and gone when the holder dies."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from ingest.lock import HarvestLockedError, harvest_lock, lock_path


def test_a_second_harvest_is_refused_with_the_holders_pid(catalogue):
    with (
        harvest_lock(catalogue.settings),
        pytest.raises(HarvestLockedError) as refused,
        harvest_lock(catalogue.settings),
    ):
        pass
    assert f"pid {os.getpid()}" in str(refused.value)
    assert str(lock_path(catalogue.settings)) in str(refused.value)


def test_the_lock_of_a_killed_process_is_free_again(catalogue):
    path = lock_path(catalogue.settings)
    code = (
        "import fcntl, os, sys, time\n"
        f"fd = os.open({str(path)!r}, os.O_RDWR | os.O_CREAT)\n"
        "fcntl.flock(fd, fcntl.LOCK_EX)\n"
        "print('held', flush=True)\n"
        "time.sleep(60)\n"
    )
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(HarvestLockedError), harvest_lock(catalogue.settings):
            pass
    finally:
        holder.kill()
        holder.wait(10)
        holder.stdout.close()
    with harvest_lock(catalogue.settings):
        pass

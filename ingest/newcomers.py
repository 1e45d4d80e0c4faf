"""Harvest newly listed organisations at once, between the scheduled harvester's full runs."""

from __future__ import annotations

import logging
import time
from dataclasses import replace

from catalogue.db import session_scope
from catalogue.errors import CatalogueError
from catalogue.first_harvest import awaiting_first_harvest
from catalogue.settings import Settings
from ingest.harvest import harvest
from ingest.harvest_report import HarvestOptions, HarvestSummary
from ingest.stopping import HarvestStop

log = logging.getLogger(__name__)

# How often the scheduled harvester looks for organisations approved since its last run.
CHECK_SECONDS = 10.0


def harvest_newcomers(
    settings: Settings, options: HarvestOptions, tried: set[str], engine=None
) -> HarvestSummary | None:
    """Harvest organisations with an account never tried before; each slug at most once per wait."""
    with session_scope(settings, engine) as session:
        waiting = [slug for slug in awaiting_first_harvest(session) if slug not in tried]
    if not waiting:
        return None
    # Tried once per wait even if it fails (say the lock is held): the full run catches up.
    tried.update(waiting)
    log.info("harvesting newly listed organisations: %s", ", ".join(waiting))
    return harvest(settings, replace(options, only=tuple(waiting)), engine=engine)


def wait_harvesting_newcomers(
    settings: Settings,
    options: HarvestOptions,
    seconds: float,
    stop: HarvestStop | None = None,
) -> None:
    """Sleep until the next full run, harvesting newly approved organisations meanwhile.

    Returns early once `stop` is asked for (SIGTERM), between harvests, never during one.
    """
    deadline = time.monotonic() + seconds
    tried: set[str] = set()
    while (left := deadline - time.monotonic()) > 0:
        if stop is None:
            time.sleep(min(CHECK_SECONDS, left))
        elif stop.wait(min(CHECK_SECONDS, left)):
            return
        try:
            harvest_newcomers(settings, options, tried)
        except CatalogueError as exc:  # locked by another harvest: the next full run covers it
            log.warning("newly listed organisations wait for the next run: %s", exc)

"""API request counts in the database: atomic, per client and window, past windows forgotten."""

from __future__ import annotations

import uuid
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import func, select

from catalogue.models import RateLimitWindow
from catalogue.rate_limits import count_request, forget_past_windows

NOW = 1_800_000_030.0  # 30 s into a window


def test_counts_go_up_per_client_and_start_again_each_window(migrated_engine):
    client, other = uuid.uuid4().hex, uuid.uuid4().hex
    with migrated_engine.begin() as connection:
        counts = [count_request(connection, client, NOW + n).hits for n in range(3)]
        assert count_request(connection, other, NOW).hits == 1
        next_window = count_request(connection, client, NOW + 30)
    assert counts == [1, 2, 3]
    assert next_window.hits == 1
    assert next_window.reset_in == 60


def test_the_reset_is_the_end_of_the_window(migrated_engine):
    with migrated_engine.begin() as connection:
        assert count_request(connection, uuid.uuid4().hex, NOW).reset_in == 30
        assert count_request(connection, uuid.uuid4().hex, NOW + 29.5).reset_in == 1


def test_concurrent_requests_each_get_their_own_count(migrated_engine):
    client = uuid.uuid4().hex

    def one(_: int) -> int:
        with migrated_engine.begin() as connection:
            return count_request(connection, client, NOW).hits

    with ThreadPoolExecutor(4) as pool:
        counts = sorted(pool.map(one, range(20)))
    assert counts == list(range(1, 21))


def test_past_windows_are_forgotten(migrated_engine):
    client = uuid.uuid4().hex
    with migrated_engine.begin() as connection:
        count_request(connection, client, NOW - 60)
        count_request(connection, client, NOW)
        forget_past_windows(connection, NOW)
        left = connection.scalar(
            select(func.count())
            .select_from(RateLimitWindow)
            .where(RateLimitWindow.window_start < 1_800_000_000)
        )
        assert count_request(connection, client, NOW).hits == 2
    assert left == 0

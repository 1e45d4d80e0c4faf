"""Admission: a bounded number of requests at once, a bounded queue, then a quick 503."""

from __future__ import annotations

import asyncio

from web.admission import Admission


def _scope(path: str) -> dict:
    return {"type": "http", "method": "GET", "path": path, "headers": []}


async def _call(app, path: str) -> list[dict]:
    sent: list[dict] = []

    async def send(message):
        sent.append(message)

    async def receive():
        return {"type": "http.request", "body": b""}

    await app(_scope(path), receive, send)
    return sent


def test_past_the_queue_requests_get_a_quick_503_with_retry_after():
    async def scenario():
        gate = Admission(active=1, queue=0, wait=30)
        release = asyncio.Event()

        async def slow_app(scope, receive, send):
            await release.wait()
            await send({"type": "http.response.start", "status": 200, "headers": []})
            await send({"type": "http.response.body", "body": b"ok"})

        app = gate.middleware(slow_app)
        first = asyncio.create_task(_call(app, "/search"))
        await asyncio.sleep(0)  # the first request takes the only slot
        refused = await _call(app, "/search")  # no room to queue: answered at once
        api_refused = await _call(app, "/api/v1/search")
        release.set()
        served = await first
        again = await _call(app, "/search")
        return refused, api_refused, served, again

    refused, api_refused, served, again = asyncio.run(scenario())
    assert refused[0]["status"] == 503
    assert (b"retry-after", b"2") in refused[0]["headers"]
    assert (b"content-type", b"application/json") in api_refused[0]["headers"]
    assert served[0]["status"] == 200
    assert again[0]["status"] == 200, "the slot is given back"


def test_a_queued_request_waits_its_turn_and_health_never_waits():
    async def scenario():
        gate = Admission(active=1, queue=5, wait=30)
        release = asyncio.Event()

        async def app_(scope, receive, send):
            if scope["path"] == "/slow":
                await release.wait()
            await send({"type": "http.response.start", "status": 200, "headers": []})
            await send({"type": "http.response.body", "body": b""})

        app = gate.middleware(app_)
        slow = asyncio.create_task(_call(app, "/slow"))
        await asyncio.sleep(0)
        queued = asyncio.create_task(_call(app, "/search"))
        health = await _call(app, "/health")  # answered while the slot is taken
        assert not queued.done()
        release.set()
        return health, await slow, await queued

    health, slow, queued = asyncio.run(scenario())
    assert [m[0]["status"] for m in (health, slow, queued)] == [200, 200, 200]


def test_a_request_that_waited_too_long_is_turned_away():
    async def scenario():
        gate = Admission(active=1, queue=5, wait=0.01)
        release = asyncio.Event()

        async def slow_app(scope, receive, send):
            await release.wait()
            await send({"type": "http.response.start", "status": 200, "headers": []})
            await send({"type": "http.response.body", "body": b""})

        app = gate.middleware(slow_app)
        first = asyncio.create_task(_call(app, "/search"))
        await asyncio.sleep(0)
        late = await _call(app, "/search")
        release.set()
        await first
        return late

    assert asyncio.run(scenario())[0]["status"] == 503


def test_a_request_that_could_not_be_served_in_time_is_turned_away_at_once():
    """Past what the recent pace can clear within the wait, a 503 comes at once, not after it."""

    async def scenario():
        now = [0.0]
        gate = Admission(active=2, queue=100, wait=4, clock=lambda: now[0])
        release = asyncio.Event()

        async def app_(scope, receive, send):
            if scope["path"] == "/slow":
                await release.wait()
            now[0] += 2.0  # each request holds its slot for two seconds
            await send({"type": "http.response.start", "status": 200, "headers": []})
            await send({"type": "http.response.body", "body": b""})

        app = gate.middleware(app_)
        await _call(app, "/search")  # the pace: one request every two seconds per slot
        held = [asyncio.create_task(_call(app, "/slow")) for _ in range(2)]
        await asyncio.sleep(0)
        # Two slots, two seconds each: the 1st to 4th in the queue wait at most 4 s.
        queued = [asyncio.create_task(_call(app, "/search")) for _ in range(4)]
        await asyncio.sleep(0)
        started = asyncio.get_running_loop().time()
        refused = await _call(app, "/search")
        refused_after = asyncio.get_running_loop().time() - started
        release.set()
        await asyncio.gather(*held)
        return refused, refused_after, [(await task)[0]["status"] for task in queued]

    refused, refused_after, queued = asyncio.run(scenario())
    assert refused[0]["status"] == 503
    assert refused_after < 0.5, "refused at once, not after waiting four seconds"
    assert queued == [200, 200, 200, 200]


def test_the_pace_is_a_running_mean_of_how_long_requests_hold_a_slot():
    gate = Admission(active=4, queue=10, wait=2)
    assert gate.expected_wait(3) == 0.0, "no request has finished: nothing to go on yet"
    gate.held_seconds = 1.0
    assert gate.expected_wait(8) == 2.0

"""The page's weight and time to interactive on a throttled phone, in Debian's Chromium.

    .venv/bin/python -m bench.page_load [--runs 5]

A phone profile: 375x740, 4x CPU slowdown, and a "slow 4G" network (150 ms round trip, 1.6 Mbit/s
down, 750 kbit/s up). Weight is the bytes sent over the wire for everything the home page loads;
time to interactive is from navigation start to the moment main.js has wired the page
(`#page[data-ready]`), cold cache each run. Figures, not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
from typing import Any

from aiohttp.test_utils import TestServer
from playwright.async_api import async_playwright

from strangerchat.app import create_app
from strangerchat.settings import Settings
from tests.browser.helpers import CHROMIUM, CHROMIUM_ARGS

PHONE: dict[str, Any] = {"viewport": {"width": 375, "height": 740}, "is_mobile": True}
NETWORK = {
    "offline": False,
    "latency": 150,
    "downloadThroughput": 1_600_000 / 8,
    "uploadThroughput": 750_000 / 8,
}
CPU_SLOWDOWN = 4


async def one_load(browser: Any, url: str) -> tuple[int, float, int]:
    """(bytes over the wire, ms to interactive, requests) for one cold load."""
    context = await browser.new_context(**PHONE)
    page = await context.new_page()
    cdp = await context.new_cdp_session(page)
    await cdp.send("Network.enable")
    await cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
    await cdp.send("Network.emulateNetworkConditions", NETWORK)
    await cdp.send("Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN})
    sizes: dict[str, float] = {}
    cdp.on(
        "Network.loadingFinished",
        lambda e: sizes.__setitem__(e["requestId"], e["encodedDataLength"]),
    )
    await page.goto(url)
    await page.wait_for_function(
        "document.getElementById('page').dataset.ready === 'true'", polling="raf"
    )
    ready_ms: float = await page.evaluate("performance.now()")
    await page.wait_for_load_state("networkidle")
    await context.close()
    return int(sum(sizes.values())), ready_ms, len(sizes)


async def measure(runs: int) -> None:
    server = TestServer(create_app(Settings(age_gate=False)), host="127.0.0.1")
    await server.start_server()
    try:
        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            results = [await one_load(browser, str(server.make_url("/"))) for _ in range(runs)]
            await browser.close()
    finally:
        await server.close()
    weights = sorted(r[0] for r in results)
    times = sorted(r[1] for r in results)
    print(f"home page, {runs} cold loads, phone profile (slow 4G, CPU x{CPU_SLOWDOWN}):")
    print(f"  weight: {weights[-1] / 1024:.1f} KiB over the wire in {results[0][2]} requests")
    print(
        f"  time to interactive: median {statistics.median(times):.0f} ms, "
        f"slowest {times[-1]:.0f} ms, all {[round(t) for t in times]}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    asyncio.run(measure(parser.parse_args().runs))


if __name__ == "__main__":
    main()

"""The installable app: a manifest with icons of the sizes it names, and a service worker that
shows the offline page when the network fails, and keeps nothing but that page."""

from __future__ import annotations

import json
import struct
from urllib.parse import urljoin

from playwright.async_api import expect

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# What the worker keeps: the offline page and what it shows with, nothing that carries state.
KEPT = {"/static/offline.html", "/static/chat.css", "/static/favicon.svg"}


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from the IHDR chunk, which always comes first."""
    assert data[:8] == PNG_SIGNATURE
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


async def test_the_manifest_is_linked_and_its_icons_are_there_in_their_sizes(visitor) -> None:
    one = await visitor()
    href = await one.page.locator("link[rel=manifest]").get_attribute("href")
    assert href is not None
    response = await one.context.request.get(urljoin(one.url, href))
    assert response.ok
    manifest = json.loads(await response.text())
    assert manifest["name"] == manifest["short_name"] == "strangerchat"
    assert (manifest["start_url"], manifest["display"]) == ("/", "standalone")
    assert {"192x192", "512x512"} <= {icon["sizes"] for icon in manifest["icons"]}
    assert any(icon.get("purpose") == "maskable" for icon in manifest["icons"])
    for icon in manifest["icons"]:
        image = await one.context.request.get(urljoin(one.url, icon["src"]))
        assert image.status == 200, icon
        assert image.headers["content-type"] == icon["type"] == "image/png"
        width, height = png_size(await image.body())
        assert f"{width}x{height}" == icon["sizes"], icon


async def test_the_worker_shows_the_offline_page_only_when_the_network_fails(visitor) -> None:
    one = await visitor()
    page = one.page
    scope = await page.evaluate("navigator.serviceWorker.ready.then((r) => r.scope)")
    assert scope == one.url  # the whole site, "/"
    assert await page.evaluate("navigator.serviceWorker.ready.then((r) => r.active.scriptURL)") == (
        urljoin(one.url, "/sw.js")
    )

    await one.context.set_offline(True)
    await page.goto(one.url)
    await expect(page.get_by_role("heading", name="You are offline")).to_be_visible()
    await expect(page.locator("p[lang=da]")).to_contain_text("Du er offline")
    assert await page.evaluate("getComputedStyle(document.body).backgroundColor") == (
        "rgb(255, 255, 255)"  # the stylesheet came from the worker's cache
    )
    await page.goto(urljoin(one.url, "/privacy"))  # any page: none is kept to show instead
    await expect(page.get_by_role("heading", name="You are offline")).to_be_visible()

    await one.context.set_offline(False)
    await one.open()  # the real page again, from the network
    await expect(page.locator("#start")).to_be_visible()
    kept = await page.evaluate(
        """async () => {
            const paths = [];
            for (const name of await caches.keys()) {
                const cache = await caches.open(name);
                paths.push(...(await cache.keys()).map((r) => new URL(r.url).pathname));
            }
            return paths;
        }"""
    )
    assert set(kept) == KEPT

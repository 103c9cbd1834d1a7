"""The installable app's files through a real server: the worker at /sw.js for the scope "/",
always checked with the server, under the same strict headers as every answer."""

from __future__ import annotations

import json
import re

from aiohttp.test_utils import TestClient

from strangerchat.pages import WEB_DIR
from strangerchat.safety.headers import CONTENT_SECURITY_POLICY

# The page's background, light then dark: the browser's bar and the splash screen match it.
BACKGROUNDS = re.findall(r"--bg: (#[0-9a-f]{6});", (WEB_DIR / "static/chat.css").read_text())


async def test_the_worker_is_served_from_the_root_and_never_from_a_stale_copy(
    client: TestClient,
) -> None:
    response = await client.get("/sw.js")
    assert response.status == 200
    assert response.content_type == "text/javascript"
    assert response.headers["Cache-Control"] == "no-cache"
    assert response.headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "Service-Worker-Allowed" not in response.headers  # its own path gives the root scope
    assert 'addEventListener("fetch"' in await response.text()


async def test_the_manifest_and_the_offline_page_keep_the_strict_headers(
    client: TestClient,
) -> None:
    manifest = await client.get("/static/manifest.webmanifest")
    assert manifest.status == 200
    assert manifest.content_type == "application/manifest+json"
    assert manifest.headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
    fields = json.loads(await manifest.text())
    assert fields["start_url"] == "/"
    assert fields["theme_color"] == fields["background_color"] == BACKGROUNDS[0]

    offline = await client.get("/static/offline.html")
    assert offline.headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
    html = await offline.text()
    assert "<script" not in html  # nothing the CSP would refuse
    assert "style=" not in html


async def test_the_chat_page_links_the_manifest_and_the_theme_colours(client: TestClient) -> None:
    response = await client.get("/")
    assert response.headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
    html = await response.text()
    assert '<link rel="manifest" href="/static/manifest.webmanifest">' in html
    light, dark = BACKGROUNDS
    assert f'name="theme-color" content="{light}" media="(prefers-color-scheme: light)"' in html
    assert f'name="theme-color" content="{dark}" media="(prefers-color-scheme: dark)"' in html

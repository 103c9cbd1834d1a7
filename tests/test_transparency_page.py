"""/transparency and /transparency.json through a real server: the page in English, Danish and
French, counts only (no receipt, name or text), the JSON with the same counts, the cache, and
a clear 503 when the moderation database fails."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from strangerchat.appkeys import CHAT
from strangerchat.pages import LANGUAGES
from strangerchat.safety.headers import CONTENT_SECURITY_POLICY
from strangerchat.storage.records import ModerationStore
from strangerchat.storage.restrictions import BAN, LOCKOUT
from tests.storage.records_helpers import a_report

WEB = Path(__file__).resolve().parents[1] / "web"
STRINGS = {code: json.loads((WEB / f"static/i18n/{code}.json").read_text()) for code in LANGUAGES}
RECEIPTS = ("receipt-canary-one", "receipt-canary-two")
DAY = 86400.0
# What no answer may hold: a receipt, a restriction's ref or keys, a name, a reason's text.
CANARIES = (*RECEIPTS, "ref-canary", "key-canary", "moderator-ada", "why-text", "appeal-text")


def records_of(client: TestClient) -> ModerationStore:
    return client.app[CHAT].stores.records


async def some_cases(client: TestClient) -> str:
    """Two reports this month, one banned by a moderator for a day and one dismissed
    automatically, an automatic lockout, and an appeal; the appeal's own receipt."""
    records = records_of(client)
    now = time.time()
    for receipt in RECEIPTS:
        assert await records.add_report(a_report(receipt, at=now - 60))
    assert await records.decide(RECEIPTS[0], "moderator-ada", "ban", "why-text", until=now + DAY)
    ban = "ref-canary-ban"
    await records.restrictions.add(
        ban, BAN, "harassment", ["key-canary"], now + DAY, "moderator-ada"
    )
    await records.restrictions.add(
        "ref-canary-lock", LOCKOUT, "under_18", ["key-canary"], now + DAY
    )
    assert await records.decide(RECEIPTS[1], None, "dismiss", "why-text")
    appeal = await records.appeals.add(RECEIPTS[0], "appeal-text")
    assert appeal is not None
    return appeal


async def get_page(client: TestClient, language: str) -> tuple[int, str, Any]:
    response = await client.get("/transparency", headers={"Accept-Language": language})
    return response.status, await response.text(), response.headers


@pytest.mark.parametrize("language", LANGUAGES)
async def test_the_page_renders_counts_in_each_language_and_nothing_of_a_case(
    client: TestClient, language: str
) -> None:
    appeal = await some_cases(client)
    status, html, headers = await get_page(client, language)
    strings = STRINGS[language]
    assert status == 200
    assert f'<html lang="{language}">' in html
    assert strings["transparency.title"] in html
    assert strings["transparency.keptTitle"] in html
    assert strings["transparency.days"].replace("{n}", "90") in html  # the decided cases
    assert strings["transparency.minutes"].replace("{n}", "5") in html  # the evidence buffer
    total = f"{strings['transparency.total']}</th><td>2</td>"
    assert total in html
    for secret in (*CANARIES, appeal, "ip-a"):
        assert secret not in html
    assert headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
    assert "<script" not in html
    assert "style=" not in html
    assert "<style" not in html


async def test_the_json_has_the_same_counts_as_the_page(client: TestClient) -> None:
    appeal = await some_cases(client)
    response = await client.get("/transparency.json")
    assert response.status == 200
    assert response.headers["Content-Type"].startswith("application/json")
    body = await response.text()
    for secret in (*CANARIES, appeal):
        assert secret not in body
    published = json.loads(body)
    month = published["months"][0]
    assert month["month"] == time.strftime("%Y-%m", time.gmtime())
    assert len(published["months"]) == 12
    assert month["reports"]["harassment"] == 2
    assert month["decisions"]["ban"] == {"automatic": 0, "moderator": 1}
    assert month["decisions"]["dismiss"] == {"automatic": 1, "moderator": 0}
    assert month["restrictions"]["ban"] == {"automatic": 0, "moderator": 1}
    assert month["restrictions"]["lockout"] == {"automatic": 1, "moderator": 0}
    assert month["bans"] == {"1h": 0, "24h": 1, "168h": 0, "longer": 0, "for_good": 0}
    assert month["appeals"] == {"received": 1, "upheld": 0, "reversed": 0}
    assert month["decided"] == 2
    assert month["median_hours_to_decision"] == pytest.approx(0.0, abs=0.05)
    assert published["retention"]["decided_case_seconds"] == 90 * 86400
    assert published["retention"]["evidence_seconds"] == 300

    _, html, _ = await get_page(client, "en")
    median = STRINGS["en"]["transparency.median"]
    shown = median.replace("{hours}", f"{month['median_hours_to_decision']:.1f}")
    assert shown.replace("{cases}", "2") in html
    received = f"{STRINGS['en']['transparency.appealsReceived']}</th><td>1</td>"
    assert received in html


async def test_the_figures_are_counted_once_for_a_while_however_many_ask(
    client: TestClient,
) -> None:
    await some_cases(client)
    first = json.loads(await (await client.get("/transparency.json")).text())
    assert first["months"][0]["reports"]["harassment"] == 2
    assert await records_of(client).add_report(a_report("receipt-later", at=time.time()))
    _, html, headers = await get_page(client, "en")
    again = json.loads(await (await client.get("/transparency.json")).text())
    assert again == first  # the new report shows only once the cache is old
    assert f"{STRINGS['en']['transparency.total']}</th><td>2</td>" in html
    assert headers["Cache-Control"] == "max-age=300"


async def test_a_database_that_fails_gives_a_clear_503_page(client: TestClient) -> None:
    await records_of(client).database.close()
    for language in LANGUAGES:
        status, html, headers = await get_page(client, language)
        assert status == 503
        assert headers["Retry-After"] == "30"
        assert STRINGS[language]["transparency.unavailable"] in html
        assert STRINGS[language]["transparency.keptTitle"] in html  # what is kept still shows
        assert "Traceback" not in html
    response = await client.get("/transparency.json")
    assert response.status == 503
    assert (await response.json())["code"] == "store_unavailable"
    assert re.search(r"max-age", response.headers.get("Cache-Control", "")) is None

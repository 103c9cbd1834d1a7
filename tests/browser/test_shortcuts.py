"""The keyboard shortcuts: a dialog opened by "?" or a link, in every language; "?" typed in a
message is text."""

from __future__ import annotations

import pytest
from playwright.async_api import expect

from tests.browser.helpers import chat_pair, run_axe, two


async def test_question_mark_opens_the_list_and_esc_closes_only_it(visitor) -> None:
    alice, bob = await two(visitor, viewport={"width": 1024, "height": 768})
    await chat_pair(alice, bob)
    page = alice.page
    dialog = page.locator("#shortcuts-dialog")
    await page.keyboard.type("what?")  # the message box has focus: "?" is part of the text
    await expect(page.locator("#message")).to_have_value("what?")
    await expect(dialog).to_be_hidden()

    await page.locator("#log").focus()
    await page.keyboard.press("?")
    await expect(dialog).to_be_visible()
    await expect(dialog).to_contain_text("Stop, then Really?, then a new chat")
    assert await run_axe(page) == []
    await page.keyboard.press("Escape")
    await expect(dialog).to_be_hidden()
    await expect(page.locator("#stop")).to_have_text("Stop")  # that Esc did not arm Stop

    await page.get_by_role("button", name="Keyboard shortcuts").click()
    await expect(dialog).to_be_visible()
    await dialog.get_by_role("button", name="Close").click()
    await expect(dialog).to_be_hidden()


@pytest.mark.parametrize(
    ("language", "link", "entry"),
    [
        ("en", "Keyboard shortcuts", "Send the message"),
        ("da", "Tastaturgenveje", "Send beskeden"),
        ("fr", "Raccourcis clavier", "Envoyer le message"),
    ],
)
async def test_the_home_page_links_the_list_in_each_language(
    visitor, language: str, link: str, entry: str
) -> None:
    page = (await visitor(locale=language, extra_http_headers={"Accept-Language": language})).page
    await page.get_by_role("button", name=link).click()
    dialog = page.locator("#shortcuts-dialog")
    await expect(dialog).to_be_visible()
    await expect(dialog).to_contain_text(entry)
    assert await run_axe(page) == []

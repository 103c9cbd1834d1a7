"""The proof of work without crypto.subtle (plain http on a LAN address): pbkdf2.js in plain
JavaScript gives WebCrypto's answers, and the gate is passed with it."""

from __future__ import annotations

import pytest
from playwright.async_api import expect

from tests.browser.helpers import OpenPage
from tests.browser.test_gate import GATED, pass_gate

# (password length, salt length, iterations, key length): short and long keys (over one
# 64-byte block, which HMAC hashes first), one and several iterations, keys past one digest.
CASES = [(8, 16, 1, 32), (20, 12, 5000, 32), (100, 3, 7, 50), (0, 0, 2, 16), (64, 64, 3, 64)]

COMPARE = """async (cases) => {
  const { pbkdf2Sha256 } = await import("/static/js/pbkdf2.js");
  const hex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  const filled = (n, seed) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed) & 255);
  const results = [];
  for (const [passwordLength, saltLength, iterations, keyLength] of cases) {
    const password = filled(passwordLength, 7);
    const salt = filled(saltLength, 101);
    const base = await crypto.subtle.importKey("raw", password, "PBKDF2", false, ["deriveBits"]);
    const native = await crypto.subtle.deriveBits(
      { name: "PBKDF2", hash: "SHA-256", salt, iterations }, base, keyLength * 8);
    const fallback = pbkdf2Sha256(password, salt, iterations, keyLength);
    results.push([hex(new Uint8Array(native)), hex(fallback)]);
  }
  return results;
}"""

# What a page over plain http on a LAN address has: no crypto.subtle.
NO_SUBTLE = "Object.defineProperty(Crypto.prototype, 'subtle', { get: () => undefined });"


async def test_the_javascript_pbkdf2_matches_webcrypto(visitor: OpenPage) -> None:
    page = (await visitor()).page
    results = await page.evaluate(COMPARE, CASES)
    assert len(results) == len(CASES)
    for (native, fallback), case in zip(results, CASES, strict=True):
        assert len(native) == case[3] * 2
        assert fallback == native, case


@pytest.mark.parametrize("settings", [{**GATED, "pow_difficulty": 20}], indirect=True)
async def test_the_gate_is_passed_without_crypto_subtle(visitor: OpenPage) -> None:
    one = await visitor()
    await one.page.context.add_init_script(NO_SUBTLE)
    await one.page.reload()
    assert await one.page.evaluate("crypto.subtle === undefined")
    await expect(one.page.locator("#gate-form")).to_be_visible()
    await pass_gate(one)

"""The text rules on a real chat: what the partner sees, the trip-wire, one alert, spam."""

from __future__ import annotations


async def test_contacts_and_links_are_masked_for_the_partner(pair) -> None:
    alice, bob = pair
    await alice.send("send", text="my snap is coolguy99, or see example dot com")
    seen = (await bob.expect("message"))["text"]
    assert "coolguy99" not in seen
    assert "example" not in seen
    assert "[link removed]" in seen


async def test_a_writer_under_18_ends_the_chat_and_is_locked_out(pair, stranger) -> None:
    alice, bob = pair
    await alice.send("send", text="im 14 lol")
    locked = await alice.expect("adults_only")
    assert locked["until"] > 0
    await bob.expect("stranger_disconnected")  # a neutral ending for the partner
    assert await bob.quiet(0.2) == []  # and the message itself never arrived
    await alice.send("start")
    assert (await alice.expect("error"))["code"] == "locked_out"
    # The partner goes on as usual.
    carol = await stranger()
    await carol.start()
    await bob.start()
    await bob.expect("connected")


async def test_the_partner_at_risk_sees_one_safety_alert(pair) -> None:
    alice, bob = pair
    lines = ["how old are you?", "got snap?", "don't tell your parents", "our secret ok?"]
    for line in lines:
        await alice.send("send", text=line)
    events = [await bob.expect_any("message", "safety_alert") for _ in range(len(lines) + 1)]
    assert [e["type"] for e in events].count("safety_alert") == 1
    assert await alice.quiet(0.2) == []  # the writer is not told


async def test_the_same_text_to_a_third_partner_is_refused(stranger) -> None:
    spam = "hey check out my amazing profile for free stuff now"
    bot = await stranger()
    for n in range(3):
        other = await stranger()
        await other.start()
        await bot.start()
        await bot.expect("connected")
        await other.expect("connected")
        await bot.send("send", text=spam)
        if n < 2:
            assert (await other.expect("message"))["text"] == spam
        else:
            assert (await bot.expect("error"))["code"] == "spam"
            assert await other.quiet(0.2) == []
        await bot.send("disconnect")
        await bot.expect("you_disconnected")

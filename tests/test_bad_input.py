"""Every kind of bad input gets a clear error to its sender alone; the partner hears nothing."""

from __future__ import annotations

import pytest

BAD_FRAMES = {
    "not json": ("{nope", "bad_frame"),
    "json but not an object": ("[1, 2]", "bad_frame"),
    "unknown type": ('{"type": "shout", "text": "hi"}', "bad_frame"),
    "unknown field": ('{"type": "send", "text": "hi", "to": "someone"}', "bad_frame"),
    "missing field": ('{"type": "send"}', "bad_frame"),
    "wrong field type": ('{"type": "send", "text": 5}', "bad_frame"),
    "empty text": ('{"type": "send", "text": ""}', "bad_frame"),
    "text over the configured limit": ('{"type": "send", "text": "%s"}' % ("x" * 2001), "too_long"),
    "text over the hard ceiling": ('{"type": "send", "text": "%s"}' % ("x" * 10_001), "bad_frame"),
    "start while chatting": ('{"type": "start"}', "already_started"),
    "stop looking while chatting": ('{"type": "stop_looking"}', "not_waiting"),
    # msgspec raises RecursionError, not DecodeError, on nesting this deep before the type.
    "deep nesting before the type": (
        '{"x":' + "[" * 5000 + "]" * 5000 + ',"type":"send","text":"hi"}',
        "bad_frame",
    ),
}


@pytest.mark.parametrize(("frame", "code"), BAD_FRAMES.values(), ids=BAD_FRAMES.keys())
async def test_bad_frame_is_an_error_to_the_sender_alone(pair, frame: str, code: str) -> None:
    alice, bob = pair
    await alice.ws.send_str(frame)
    error = await alice.expect("error")
    assert error["code"] == code
    assert error["message"]
    assert await bob.quiet(0.1) == []
    # The chat goes on: the next good message still arrives.
    await alice.send("send", text="still here")
    assert (await bob.expect("message"))["text"] == "still here"


BAD_STARTS = {
    "too many interests": ({"interests": [f"t{n}" for n in range(11)]}, "too_many_interests"),
    "interest too long": ({"interests": ["x" * 41]}, "bad_interest"),
    "blank interest": ({"interests": ["   "]}, "bad_interest"),
    "interests not strings": ({"interests": [1]}, "bad_frame"),
    "bad language": ({"language": "english!"}, "bad_frame"),
}


@pytest.mark.parametrize(("fields", "code"), BAD_STARTS.values(), ids=BAD_STARTS.keys())
async def test_bad_start_is_refused_and_nothing_is_queued(stranger, fields, code) -> None:
    alice, bob = await stranger(), await stranger()
    await alice.send("start", **fields)
    assert (await alice.expect("error"))["code"] == code
    await bob.start()
    assert await bob.quiet(0.2) == []  # alice is not in the pool


async def test_eleven_spellings_of_ten_interests_are_fine(stranger) -> None:
    alice = await stranger()
    await alice.start([f"t{n}" for n in range(10)] + ["T0"])


@pytest.mark.parametrize("frame", ["send", "typing", "stopped_typing"])
async def test_chat_frames_before_a_chat_are_refused(stranger, frame: str) -> None:
    alice = await stranger()
    fields = {"text": "hi"} if frame == "send" else {}
    await alice.send(frame, **fields)
    assert (await alice.expect("error"))["code"] == "not_chatting"


async def test_many_bad_frames_in_a_row_leave_the_server_serving(stranger) -> None:
    alice = await stranger()
    for frame in [
        "",
        "{",
        "null",
        "1e999",
        '{"type": null}',
        "\u0000",
        '{"type":"send","text":[]}',
    ]:
        await alice.ws.send_str(frame)
        assert (await alice.expect("error"))["code"] == "bad_frame"
    bob, carol = await stranger(), await stranger()
    await bob.start()
    await carol.start()
    await carol.expect("connected")


async def test_disconnect_with_nothing_to_leave_does_nothing(stranger) -> None:
    alice = await stranger()
    await alice.send("disconnect")
    assert await alice.quiet(0.2) == []

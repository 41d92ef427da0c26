"""Admin PIN hashing, constant-time checking and the growing lockout."""

from __future__ import annotations

import base64
import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.pin import (
    Outcome,
    PinLockout,
    hash_pin,
    is_pin_hash,
    verify_pin,
)
from tests.fakes import FakeClock


@pytest.fixture(scope="module")
def stored() -> str:
    return hash_pin("2468")


@pytest.fixture(scope="module")
def cheap() -> str:
    """A valid hash with tiny scrypt parameters, so lockout tests can try thousands of PINs."""
    salt = b"saltsaltsalt"
    digest = hashlib.scrypt(b"2468", salt=salt, n=2, r=1, p=1, dklen=16)
    return "$".join(
        [
            "scrypt",
            "2",
            "1",
            "1",
            base64.b64encode(salt).decode(),
            base64.b64encode(digest).decode(),
        ]
    )


def test_hash_is_self_describing_and_salted(stored: str) -> None:
    scheme, n, r, p, salt, digest = stored.split("$")
    assert (scheme, n, r, p) == ("scrypt", "16384", "8", "1")
    assert len(base64.b64decode(salt)) == 16
    assert len(base64.b64decode(digest)) == 32
    assert "2468" not in stored
    assert hash_pin("2468") != stored  # a fresh salt every time


def test_same_salt_gives_same_hash() -> None:
    salt = b"0123456789abcdef"
    assert hash_pin("2468", salt) == hash_pin("2468", salt)


def test_verify_accepts_only_the_right_pin(stored: str) -> None:
    assert verify_pin("2468", stored)
    assert not verify_pin("2469", stored)
    assert not verify_pin("", stored)
    assert not verify_pin("2468 ", stored)


def test_unicode_pin_round_trips() -> None:
    assert verify_pin("ñ-ü-ß-漢", hash_pin("ñ-ü-ß-漢"))


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "2468",
        "scrypt",
        "scrypt$16384$8$1$c2FsdA==",
        "pbkdf2$16384$8$1$c2FsdHNhbHQ=$ZGlnZXN0ZGlnZXN0ZGlnZXN0",
        "scrypt$16383$8$1$c2FsdHNhbHQ=$ZGlnZXN0ZGlnZXN0ZGlnZXN0",  # n not a power of two
        "scrypt$1048576$32$16$c2FsdHNhbHQ=$ZGlnZXN0ZGlnZXN0ZGlnZXN0",  # far too much memory
        "scrypt$16384$8$1$not base64!$ZGlnZXN0ZGlnZXN0ZGlnZXN0",
        "scrypt$16384$8$1$c2FsdA==$ZGlnZXN0ZGlnZXN0ZGlnZXN0",  # salt too short
        "scrypt$16384$8$1$c2FsdHNhbHQ=$c2hvcnQ=",  # digest too short
        "scrypt$-1$8$1$c2FsdHNhbHQ=$ZGlnZXN0ZGlnZXN0ZGlnZXN0",
        "scrypt$１６$8$1$c2FsdHNhbHQ=$ZGlnZXN0ZGlnZXN0ZGlnZXN0",  # full-width digits
    ],
)
def test_malformed_hash_verifies_nothing(bad: str) -> None:
    assert not is_pin_hash(bad)
    assert not verify_pin("2468", bad)


def test_non_text_hash_is_not_a_hash() -> None:
    assert not is_pin_hash(None)
    assert not is_pin_hash(1234)


def test_tampered_digest_fails(stored: str) -> None:
    head, digest = stored.rsplit("$", 1)
    raw = bytearray(base64.b64decode(digest))
    raw[0] ^= 1
    tampered = f"{head}${base64.b64encode(bytes(raw)).decode()}"
    assert is_pin_hash(tampered)
    assert not verify_pin("2468", tampered)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_random_stored_text_never_crashes_or_matches(text: str) -> None:
    assert verify_pin("2468", text) is False


def test_parameters_are_read_from_the_stored_hash(cheap: str) -> None:
    assert verify_pin("2468", cheap)
    assert not verify_pin("2467", cheap)


def test_right_pin_is_accepted(stored: str) -> None:
    lockout = PinLockout(stored, clock=FakeClock())
    result = lockout.attempt("2468")
    assert result.accepted
    assert result.outcome is Outcome.ACCEPTED


def test_wrong_tries_count_down_then_lock(cheap: str) -> None:
    clock = FakeClock()
    lockout = PinLockout(cheap, clock=clock)
    left = [lockout.attempt("0000").tries_left for _ in range(4)]
    assert left == [4, 3, 2, 1]
    fifth = lockout.attempt("0000")
    assert fifth.outcome is Outcome.LOCKED
    assert fifth.wait_seconds == 30
    assert lockout.seconds_locked() == 30


def test_locked_prompt_refuses_even_the_right_pin(cheap: str) -> None:
    clock = FakeClock()
    lockout = PinLockout(cheap, clock=clock)
    for _ in range(5):
        lockout.attempt("0000")
    clock.now += 29
    result = lockout.attempt("2468")
    assert result.outcome is Outcome.LOCKED
    assert result.wait_seconds == pytest.approx(1)
    clock.now += 1
    assert lockout.attempt("2468").accepted


def _lock_once(lockout: PinLockout, clock: FakeClock) -> float:
    """Five wrong tries; returns the lock length, then waits it out."""
    results = [lockout.attempt("0000") for _ in range(5)]
    assert [r.outcome for r in results[:4]] == [Outcome.REJECTED] * 4
    delay = results[-1].wait_seconds
    clock.now += delay
    return delay


def test_lockout_doubles_and_is_capped(cheap: str) -> None:
    clock = FakeClock()
    lockout = PinLockout(cheap, clock=clock, first_delay=30, max_delay=240)
    delays = [_lock_once(lockout, clock) for _ in range(6)]
    assert delays == [30, 60, 120, 240, 240, 240]


def test_right_pin_resets_the_growth(cheap: str) -> None:
    clock = FakeClock()
    lockout = PinLockout(cheap, clock=clock)
    assert _lock_once(lockout, clock) == 30
    assert _lock_once(lockout, clock) == 60
    assert lockout.attempt("2468").accepted
    assert _lock_once(lockout, clock) == 30


def test_many_lockouts_never_overflow(cheap: str) -> None:
    clock = FakeClock()
    lockout = PinLockout(cheap, clock=clock, max_tries=1, first_delay=30, max_delay=3600)
    delays = [_lock_once_single(lockout, clock) for _ in range(1100)]
    assert delays[-1] == 3600


def _lock_once_single(lockout: PinLockout, clock: FakeClock) -> float:
    result = lockout.attempt("0000")
    assert result.outcome is Outcome.LOCKED
    clock.now += result.wait_seconds
    return result.wait_seconds


@pytest.mark.parametrize("configured", ["", "not-a-hash"])
def test_no_usable_pin_means_no_exit(configured: str) -> None:
    lockout = PinLockout(configured, clock=FakeClock())
    assert not lockout.has_pin
    for pin in ["", "0000", "not-a-hash"]:
        result = lockout.attempt(pin)
        assert result.outcome is Outcome.NO_PIN
        assert not result.accepted

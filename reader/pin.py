"""Admin PIN: salted scrypt hashes, constant-time checks and a lockout after wrong tries."""

from __future__ import annotations

import base64
import binascii
import enum
import hashlib
import hmac
import os
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

SCHEME = "scrypt"
# n=2**14, r=8 uses 16 MiB and takes tens of milliseconds: slow for guessing, quick for a person.
DEFAULT_N, DEFAULT_R, DEFAULT_P = 2**14, 8, 1
SALT_BYTES = 16
HASH_BYTES = 32
MIN_PIN_LENGTH = 4
# Long enough for any PIN a person types at the kiosk prompt; hash-pin reads no more than this.
MAX_PIN_LENGTH = 64
# Limits on parameters read back from a config file, so a hand-edited hash cannot make the
# check use gigabytes of memory or minutes of CPU.
_MAX_N, _MAX_R, _MAX_P = 2**20, 32, 16
_MAX_MEMORY = 64 * 1024 * 1024


@dataclass(frozen=True)
class _Hash:
    n: int
    r: int
    p: int
    salt: bytes
    digest: bytes


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(pin: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    memory = 128 * r * n * p + 1024 * 1024
    return hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=memory, dklen=length
    )


def pin_problem(pin: str) -> str | None:
    """Why a new PIN cannot be used (one short phrase), or None when it can."""
    try:
        pin.encode("utf-8")
    except UnicodeEncodeError:  # bytes that were not UTF-8, kept by surrogateescape
        return "the PIN is not valid UTF-8 text"
    if len(pin) < MIN_PIN_LENGTH:
        return f"the PIN must be at least {MIN_PIN_LENGTH} characters long"
    if len(pin) > MAX_PIN_LENGTH:
        return f"the PIN must be at most {MAX_PIN_LENGTH} characters long"
    if any(unicodedata.category(char) == "Cc" for char in pin):
        # Tab, NUL and the like cannot be typed at the kiosk prompt: the PIN would lock it shut.
        return "the PIN has control characters, which cannot be typed at the PIN prompt"
    if not pin.strip():
        return "the PIN is blank (only spaces)"
    return None


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """Hash a PIN as a self-describing string: scrypt$n$r$p$salt_b64$hash_b64."""
    salt = os.urandom(SALT_BYTES) if salt is None else salt
    digest = _derive(pin, salt, DEFAULT_N, DEFAULT_R, DEFAULT_P, HASH_BYTES)
    return "$".join(
        [SCHEME, str(DEFAULT_N), str(DEFAULT_R), str(DEFAULT_P), _b64(salt), _b64(digest)]
    )


def _parse_int(text: str, low: int, high: int) -> int | None:
    if not text.isascii() or not text.isdigit():
        return None
    number = int(text)
    return number if low <= number <= high else None


def _parse_b64(text: str, min_bytes: int) -> bytes | None:
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, ValueError, UnicodeEncodeError):
        return None
    return data if len(data) >= min_bytes else None


def _parse(stored: object) -> _Hash | None:
    """Read a stored hash, or None if it is not one this module could have made."""
    if not isinstance(stored, str):
        return None
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != SCHEME:
        return None
    n = _parse_int(parts[1], 2, _MAX_N)
    r = _parse_int(parts[2], 1, _MAX_R)
    p = _parse_int(parts[3], 1, _MAX_P)
    salt = _parse_b64(parts[4], 8)
    digest = _parse_b64(parts[5], 16)
    if n is None or r is None or p is None or salt is None or digest is None:
        return None
    if n & (n - 1) or 128 * r * n * p > _MAX_MEMORY or len(digest) > 128:
        return None
    return _Hash(n, r, p, salt, digest)


def is_pin_hash(stored: object) -> bool:
    """True when the text is a well-formed hash from hash_pin (or `lantern hash-pin`)."""
    return _parse(stored) is not None


def verify_pin(pin: str, stored: str) -> bool:
    """Check a PIN against a stored hash in constant time; a malformed hash matches nothing."""
    parsed = _parse(stored)
    if parsed is None or not isinstance(pin, str):
        return False
    try:
        candidate = _derive(pin, parsed.salt, parsed.n, parsed.r, parsed.p, len(parsed.digest))
    except (ValueError, MemoryError, UnicodeEncodeError):
        return False
    return hmac.compare_digest(candidate, parsed.digest)


class Outcome(enum.Enum):
    """What happened to one PIN attempt."""

    ACCEPTED = "accepted"
    REJECTED = "rejected"  # wrong PIN, more tries left
    LOCKED = "locked"  # too many wrong tries: wait before trying again
    NO_PIN = "no pin"  # no PIN is configured, so there is no exit from inside the app


@dataclass(frozen=True)
class AttemptResult:
    """The outcome of one attempt, with what the prompt should tell the administrator."""

    outcome: Outcome
    tries_left: int = 0
    wait_seconds: float = 0.0

    @property
    def accepted(self) -> bool:
        """True only when the PIN was right."""
        return self.outcome is Outcome.ACCEPTED


class PinLockout:
    """Checks PIN attempts and locks the prompt for a growing delay after repeated misses."""

    def __init__(
        self,
        stored_hash: str,
        clock: Callable[[], float] = time.monotonic,
        max_tries: int = 5,
        first_delay: float = 30.0,
        max_delay: float = 3600.0,
    ) -> None:
        self._stored = stored_hash if is_pin_hash(stored_hash) else ""
        self._clock = clock
        self._max_tries = max_tries
        self._first_delay = first_delay
        self._max_delay = max_delay
        self._misses = 0
        self._lockouts = 0  # how many times it has locked since the last right PIN
        self._locked_until = 0.0

    @property
    def has_pin(self) -> bool:
        """True when a usable PIN hash is configured."""
        return bool(self._stored)

    def seconds_locked(self) -> float:
        """Seconds until the next attempt is allowed; 0 when not locked."""
        return max(0.0, self._locked_until - self._clock())

    def attempt(self, pin: str) -> AttemptResult:
        """Try a PIN; while locked the PIN is not even checked."""
        if not self._stored:
            return AttemptResult(Outcome.NO_PIN)
        wait = self.seconds_locked()
        if wait > 0:
            return AttemptResult(Outcome.LOCKED, 0, wait)
        if verify_pin(pin, self._stored):
            self._misses = self._lockouts = 0
            return AttemptResult(Outcome.ACCEPTED, self._max_tries)
        return self._miss()

    def _miss(self) -> AttemptResult:
        self._misses += 1
        if self._misses < self._max_tries:
            return AttemptResult(Outcome.REJECTED, self._max_tries - self._misses)
        # Each lockout doubles the delay, so guessing gets slower and slower.
        delay = min(self._max_delay, self._first_delay * 2 ** min(self._lockouts, 30))
        self._lockouts += 1
        self._misses = 0
        self._locked_until = self._clock() + delay
        return AttemptResult(Outcome.LOCKED, 0, delay)

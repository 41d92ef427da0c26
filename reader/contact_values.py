"""What a crisis contact's value may be: a number to call or text, a web or email address."""

from __future__ import annotations

import re

from reader.problems import quoted

# Digit groups with one space, hyphen or dot between them; one group may be in brackets, as
# in "(01632) 960000". The number is shown as written, and a reader dials what they see.
_NUMBER = re.compile(r"^\+?(?:\d|\(\d+\))(?:[ .-]?(?:\d|\(\d+\)))*$")
_EXTENSION = re.compile(
    r"^(?P<number>.*?\d)[\s,;]*(?:ext(?:ension)?\.?|x|#|,|;)\s*(?P<ext>\d+)$", re.I
)
MAX_DIGITS = 15  # the longest number the international plan (E.164) allows
# https only: it goes to a browser or a QR code. The lookaheads check the rest once, so a long
# value fails in one pass (written as [^\s/]+\.\S+$ these took time growing with its square).
_URL = re.compile(r"^https://(?=\S+$)[^\s/]+\.\S")
_EMAIL = re.compile(r"^[^@\s]+@(?=[^@\s]+$)[^@\s]+\.[^@\s]")
_PHONE_RULE = (
    "a phone number of digits, with spaces, hyphens or dots between groups and the area code "
    'in brackets if you like, like "116 123" or "(01632) 960000" (an extension goes in label)'
)
VALUE_RULES = {
    "phone": _PHONE_RULE,
    "text": 'a number to text, like "85258" (put the word to send in instructions)',
    "chat": 'a web address starting with https://, like "https://988lifeline.org"',
    "web": 'a web address starting with https://, like "https://example.org/help"',
    "email": 'an email address, like "jo@samaritans.org"',
}
VALUE_PATTERNS = {"phone": _NUMBER, "text": _NUMBER, "chat": _URL, "web": _URL, "email": _EMAIL}


def number_problem(value: str, rule: str = _PHONE_RULE) -> str:
    """Why a phone or text number is not one Lantern can show safely; "" if it is fine."""
    extension = _EXTENSION.match(value)
    if extension and _NUMBER.match(extension["number"].strip()):
        number, ext = extension["number"].strip(), extension["ext"]
        return (
            f"{quoted(value)} has an extension, which cannot be part of the number: write value = "
            f'"{number}" and put the extension in label, like label = "extension {ext}"'
        )
    if not _NUMBER.match(value):
        return f"{quoted(value)} should be {rule}"
    if value.count("(") > 1:
        return f"{quoted(value)} should have at most one part in brackets, the area code"
    if "(0)" in value:  # +44 (0)20 ...: the 0 is dialled inside the country only
        return (
            f'{quoted(value)} is unclear: "(0)" is dialled only from inside the country; write the '
            "number once, either with its country code (+44 20 ...) or as dialled at home (020 ...)"
        )
    digits = sum(char.isdigit() for char in value)
    if digits > MAX_DIGITS:
        return (
            f"{quoted(value)} has {digits} digits, more than a phone number can have: is it two "
            "numbers, or a number and its extension (which goes in label)?"
        )
    return ""

"""Bytes to text: any common encoding in, clean Unicode out."""

from __future__ import annotations

import codecs
import re
import unicodedata

from narrator.errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SPACES = re.compile(r"[\u00a0\u2007\u202f\u2000-\u200a\u3000]")
_INVISIBLES = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
# A PDF's ligatures, copied as one character: "\ufb01nancial" is "financial" to the ear.
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}
_TYPOGRAPHY = _QUOTES | str.maketrans(_LIGATURES)
# The same characters as a class: a search finds the few a story has faster than `translate`
# walks every character through the table.
_TYPOGRAPHIC = re.compile("[" + "".join(map(chr, _TYPOGRAPHY)) + "]")
# Terminal escape sequences, removed whole: CSI (colours, cursor moves), OSC (a window title,
# a hyperlink) and DCS/SOS/PM/APC strings, each ended by BEL or ST; then two-character escapes.
# One left unterminated loses only its ESC below: the words after it are never swallowed.
_ESCAPE_SEQUENCES = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c\n]{0,4096}(?:\x07|\x1b\\|\x9c)"
    r"|\x1b[ -/]*[0-~]"
)
# Every other control character (C0 but tab and newline, DEL, C1) and the bidirectional
# overrides that make a terminal show text in another order than it is read.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_LINE_BREAKS = re.compile(r"\r\n?|[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
# Every character the three patterns above start on: a text with none of them (most stories)
# is clean as it is, found in one pass instead of three.
_ANY_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
# The Cyrillic and Greek letters that look like Latin ones: a word that mixes them with Latin
# letters (an ad that writes "Advertise" with a Cyrillic A and e, to slip past filters) is
# Latin to the eye, and read as such; a word all in Cyrillic or Greek is left as it is.
_LOOKALIKES = str.maketrans(
    "\u0410\u0412\u0415\u041a\u041c\u041d\u041e\u0420\u0421\u0422\u0425\u0430\u0435\u043e"
    "\u0440\u0441\u0443\u0445\u0456\u0458\u0455\u0501\u0474\u0475\u0406\u0408\u0405\u0391"
    "\u0392\u0395\u0396\u0397\u0399\u039a\u039c\u039d\u039f\u03a1\u03a4\u03a5\u03a7\u03bf"
    "\u03bd",
    "ABEKMHOPCTXaeopcyxijsdVvIJSABEZHIKMNOPTYXov",
)
_LOOKALIKE = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u0500-\u052f]")
_MIXED_WORD = re.compile(r"\w*(?:[a-zA-Z][\u0370-\u052f]|[\u0370-\u052f][a-zA-Z])\w*")
_BINARY_CONTROL_SHARE = 0.02
_BINARY_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f-\x9f]")
"""The control characters (Unicode category Cc) that count as signs of binary: all but tab,
newline, form feed, escape and the carriage return (Windows ends lines with CR LF)."""
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*(?P<charset>[A-Za-z0-9_:.\-]+)""", re.IGNORECASE
)
# Browsers read these labels as Windows-1252, and so do the pages that declare them.
_WINDOWS_1252_LABELS = frozenset(
    {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii"}
)


def decode_text(data: bytes, origin: str) -> str:
    """Decode a file's bytes, trying UTF-8 first and then charset detection.

    Raises InputError when the bytes are not text at all.
    """
    text = _decode(data, origin)
    if _looks_binary(text):
        raise _not_text(origin)
    return normalize_text(text)


def decode_html(data: bytes, origin: str, declared: str | None = None) -> str:
    """Decode a web page's bytes: a byte-order mark first, then the charset the server
    `declared`, then the page's own `<meta charset>`, then as `decode_text` does."""
    if not any(data.startswith(bom) for bom, _ in _BOMS):
        for charset in (declared, _meta_charset(data)):
            codec = _codec(charset)
            if codec:
                text = data.decode(codec, errors="replace")
                if _looks_binary(text):
                    raise _not_text(origin)
                return normalize_text(text)
    return decode_text(data, origin)


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match["charset"].decode("ascii") if match else None


def _codec(charset: str | None) -> str | None:
    """The Python codec for a charset label, or None for a missing or unknown one."""
    if not charset:
        return None
    label = charset.strip().lower()
    if label in _WINDOWS_1252_LABELS:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def normalize_text(text: str) -> str:
    """Straighten typographic quotes, undo a PDF's ligatures ("\ufb01" is "fi"), turn odd
    spaces into plain ones, drop invisible marks, terminal escapes and control characters;
    every line break becomes a newline; a word that mixes Latin letters with Cyrillic or Greek
    ones that look alike is written in Latin."""
    text = unicodedata.normalize("NFC", strip_controls(text))
    text = _INVISIBLES.sub("", _SPACES.sub(" ", text))
    if _LOOKALIKE.search(text):
        text = _MIXED_WORD.sub(lambda word: word[0].translate(_LOOKALIKES), text)
    return _TYPOGRAPHIC.sub(_typographic_replacement, text)


def _typographic_replacement(character: re.Match[str]) -> str:
    return str(_TYPOGRAPHY[ord(character[0])])


def strip_controls(text: str) -> str:
    """`text` with its line breaks (CR LF, CR, form feed, U+2028…) made newlines, and without
    terminal escape sequences or any other control character: the speech engine stops at a NUL,
    and a terminal obeys an escape in a title it prints."""
    if not _ANY_CONTROL.search(text):
        return text
    text = _LINE_BREAKS.sub("\n", text)
    return _CONTROLS.sub("", _ESCAPE_SEQUENCES.sub("", text))


def _decode(data: bytes, origin: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    if b"\x00" in data[:8192]:
        raise _not_text(origin)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        raise _not_text(origin)
    # Short texts fit several code pages equally well; Windows-1252 is the likeliest for news.
    best = min(matches, key=lambda m: (m.chaos, "cp1252" not in m.could_be_from_charset))
    return str(best)


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    controls = len(_BINARY_CONTROLS.findall(sample))
    return bool(sample) and controls / len(sample) > _BINARY_CONTROL_SHARE


def _not_text(origin: str) -> InputError:
    return InputError(
        f"'{origin}' is not a text file; give an article in plain text, Markdown or HTML"
    )

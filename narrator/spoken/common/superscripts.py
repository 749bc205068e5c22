"""Superscript letters become plain letters, so that "Mᵐᵉ", "Dʳ" and "1ᵉʳ" read as "Mme",
"Dr" and "1er" for the abbreviations and ordinals of a language."""

from __future__ import annotations

_SUPERSCRIPTS = str.maketrans("ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ", "abcdefghijklmnoprstuvwxyz")


def plain_superscripts(text: str) -> str:
    """Turn superscript letters into plain ones: "Mᵐᵉ" -> "Mme", "1ᵉʳ" -> "1er"."""
    return text if text.isascii() else text.translate(_SUPERSCRIPTS)

"""A listed company's release's legal lines, for regulators and wire desks, not for the ear:

- its distribution legend over the story: "NOT FOR DISTRIBUTION TO UNITED STATES NEWSWIRE
  SERVICES OR FOR DISSEMINATION IN THE UNITED STATES", "Not for release, publication or
  distribution, directly or indirectly, in or into Australia, Canada or Japan"
- an exchange's disclaimer closing it: "Neither TSX Venture Exchange nor its Regulation Services
  Provider … accepts responsibility for the adequacy or accuracy of this release.", "The CSE has
  not reviewed, approved or disapproved the contents of this news release."
- its legal section ("Forward-Looking Statements", "Cautionary Statement Regarding
  Forward-Looking Information") with the paragraphs under it, where the heading is pasted on
  the first line of its paragraph too.
"""

from __future__ import annotations

import re

__all__ = ["LEGAL_HEADING", "is_release_legend", "without_legal_section"]

LEGAL_HEADING = re.compile(
    r"^(?:cautionary (?:note|statement|language)s?(?: regarding| concerning| about| on)? )?"
    r"(?:forward[- ]looking (?:statements?|information)|safe harbou?r(?: statement)?|disclaimer"
    r"|zukunftsgerichtete aussagen|(?:d\u00e9clarations|informations) prospectives"
    r"|declaraciones prospectivas)\b",
    re.IGNORECASE,
)
"""A release's legal section, left out with its paragraphs: "Forward-Looking Statements",
"Safe Harbor Statement", "Cautionary Note Regarding Forward-Looking Statements"."""
_LEGEND = re.compile(
    r"^not for (?:immediate )?(?:release|distribution|publication|dissemination)"
    r"(?:,? (?:or |and )?(?:release|distribution|publication|dissemination))*"
    r"(?:,? (?:directly or indirectly,? )?(?:in|into|to|within|outside)\b.{0,200})?$",
    re.IGNORECASE,
)
_EXCHANGE_DISCLAIMER = re.compile(
    r"\b(?:accepts? (?:no )?responsibility for the adequacy or accuracy of this (?:news |press )?"
    r"release|has (?:neither approved nor disapproved|not reviewed,? (?:approved|nor approved)"
    r"[^.]{0,40}) (?:of )?the (?:contents|information) (?:of|in|contained in) this (?:news |press"
    r" )?release)\b",
    re.IGNORECASE,
)
_MAX_HEADING_WORDS = 10
_SENTENCE_END = (".", "!", "?", ":")


def is_release_legend(line: str) -> bool:
    """Whether a stripped line is a release's distribution legend or an exchange's disclaimer
    of it ("NOT FOR DISTRIBUTION TO U.S. NEWSWIRE SERVICES …"); "Not for the faint-hearted, the
    climb …" is a sentence of the story, in no legend's words."""
    return bool(_LEGEND.match(line) or _EXCHANGE_DISCLAIMER.search(line))


def without_legal_section(groups: list[list[str]]) -> list[list[str]]:
    """`groups` (paragraphs, each a list of its lines) less a legal section pasted with its
    heading on its paragraph's first line ("Cautionary Statement Regarding Forward-Looking
    Information" over "This news release contains …"): that paragraph and the ones after it, up
    to the next heading alone in its paragraph. Alone in its paragraph, the heading is a
    section's heading, which the sections leave out with what it heads."""
    kept: list[list[str]] = []
    legal = False
    for group in groups:
        if len(group) > 1 and _is_legal_heading(group[0]):
            legal = True
            continue
        if legal and not (len(group) == 1 and _is_heading(group[0])):
            continue
        legal = False
        kept.append(group)
    return kept


def _is_legal_heading(line: str) -> bool:
    return _is_heading(line) and bool(LEGAL_HEADING.match(line.strip()))


def _is_heading(line: str) -> bool:
    line = line.strip()
    return len(line.split()) <= _MAX_HEADING_WORDS and not line.endswith(_SENTENCE_END)

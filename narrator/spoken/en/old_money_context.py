"""The words around a written sum that make it old British money, not a decade or a fraction.

- a word of price before it: "It cost 2d.", "paid 3/6", "published at 21s.", "Ale was 1d."
- old money earlier in the sentence: "ale cost 1d., and a dinner 6d."
- shillings ending a sentence after a comma, a word of price or other old money: "1 pair of
  boots, 12s.", "a rent of 40s." (where "in the 40s." is a decade: see `decades`)
"""

from __future__ import annotations

import re

# A word of price a word or two before: "It cost 2d.", "paid him 3/6", "Price 2d.".
PRICE_BEFORE = re.compile(
    r"(?i:\b(?:cost|costs|costing|paid|pay|pays|price|priced|worth|sold|bought|charged?|"
    r"fare|rent|wages?|owed?|owes|spent|earned|earns?|but|only|just|gave|give|gives|lent|"
    r"fetched|offered|received|fined|fine of|tipped|taxed))\s+(?:\w+\s+){0,2}$"
)

# A rate's or a bargain's word just before: "published at 21s.", "let it go for 6d.", or a
# thing's price said of it: "Ale was 1d. The loaf was dearer."
AT_OR_FOR_BEFORE = re.compile(r"\b(?:at|for|was|were|is|are)\s$")

# Where a sentence ends, to look for old money earlier in the same one only.
SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z])")


# Shillings ending a sentence after a comma or a word of price, as accounts list them: "1 pair
# of boots, 12s.", "published at 21s."; a multiple of ten there is a decade ("in his 20s."),
# and a hyphen before them makes an age group ("£45 for under-12s.").
SHILLINGS_ENDING = re.compile(
    r"(?<![\w.,-])(?P<s>1?\d|[2-9]\d)s\.(?=\s*$|\s+[\"'\u2018\u201c]?[A-Z])"
)


def ends_in_shillings(text: str, start: int) -> bool:
    """Whether shillings end ``text`` at ``start`` (see above)."""
    ending = SHILLINGS_ENDING.match(text, start)
    if ending is None:
        return False
    listed = text[max(0, start - 3) : start]  # "boots, 12s.", not a list of sizes "10, 12s."
    before = text[max(0, start - 30) : start]
    if ending["s"][-1] == "0" and len(ending["s"]) == 2:  # "a rent of 40s.", not "in the 40s."
        return bool(PRICE_BEFORE.search(before)) and not before.endswith(("the ", "The "))
    return (len(listed) == 3 and listed[0].isalpha() and listed[1:] == ", ") or bool(
        PRICE_BEFORE.search(before)
        or AT_OR_FOR_BEFORE.search(before)
        or _POUNDS_BEFORE.search(before)
        or _MONEY_LISTED_BEFORE.search(text, max(0, start - 40), start)
        or OLD_MONEY_IN.search(SENTENCE_END.split(text[max(0, start - 100) : start])[-1])
    )


# Old money earlier in the sentence: "wages were 3s. 6d. a week, and his mother's 7s.", "a
# guinea a visit, or 21s."
OLD_MONEY_IN = re.compile(
    r"\d[sdl]\.\s|£\d|\b(?:shillings?|[a-z]*pence|penny|guineas?|sovereigns?|half-crowns?)\b"
)
# Old money before them in a list: "Pit 3s.; gallery 1s.; boxes 5s." (perhaps read already:
# "Pit three shillings; gallery one shilling; boxes 5s.", "porter sixpence, and tea 1s.").
_MONEY_LISTED_BEFORE = re.compile(
    r"(?:\b(?:shillings?|pounds?)|pence|penny|\d[sd]\.)[;,] [^;,.]{1,32}$"
)
# Pounds before them: "The sale realised £1,234 5s.", "3,000l. 10s."
# or old money and "to" or "or": "a fowl 2s. 6d. to 3s."
_POUNDS_BEFORE = re.compile(
    r"(?:£[\d,]+|\dl\.)\s$|(?:\d[sd]\.|pence|penny|shillings?)\s(?:to|or)\s$"
)

"""Web addresses and e-mail addresses, said the way people say them.

- "news@example.org" -> "news at example dot org"
- "https://www.bbc.co.uk/news" -> "WWW dot BBC dot co dot UK slash news" (never the scheme; a
  name with no vowel and a country's code ending the host spelled, in capitals)
- a URL with a query, a piece no one would say ("t.co/AbC123", "/p/8837412"), more than
  three pieces or 60 characters -> its domain only: "example dot com"; a path of words is said:
  "nvidia.com/cv-cuda/early-access" -> "nvidia dot com slash cv dash cuda slash early dash
  access"
- "file:///home/ann/notes.txt" -> "notes dot txt" (a local file: its name); "localhost:8080",
  "example.com:443" -> "localhost colon eight zero eight zero", a port digit by digit
- "a1@b2.com" -> "a one at b two dot com" (digits and symbols one by one)
- "mailto:news@example.org" -> "news at example dot org"; "youtube.com/watch?v=abc" ->
  "youtube dot com" (a query, with or without the scheme); "youtube.com/@veritasium" ->
  "youtube dot com slash at veritasium" (a handle in the path)
- "#BlackLivesMatter" -> "hashtag Black Lives Matter", "#climate_action" -> "hashtag climate
  action": a hashtag's words parted where its capitals or underscores part them; after the
  word "hashtag" the mark is not said twice ("the hashtag #MeToo" -> "the hashtag Me Too")
- "@BarackObama", "@nytimes", "@bbc_news" -> "at Barack Obama", "at nytimes", "at bbc news": a
  handle's words parted as a hashtag's
- "report.pdf", "config.yaml" -> "report dot PDF", "config dot yaml": a file's name, its
  extension spelled where it has no vowel
- "the .com bubble", "a .io domain", ".NET", "the .exe file" -> "the dot com bubble", "a dot io
  domain", "dot NET", "the dot EXE file"
- "Ann <ann@example.org>" -> "Ann ann at example dot org" (no "less than"); "john [at] example
  [dot] com", "press AT example DOT org" -> "john at example dot com": an address hidden from
  machines is read as the address
- "the end.It was", "Rome.It rained", "the 5.th floor" are no domains: a run-on sentence, a
  number
"""

from __future__ import annotations

import re

from narrator.spoken.en.numbers import digits
from narrator.spoken.rules import any_of
from narrator.spoken.tables import read_mapping

# Common generic domains and countries' codes; an English word that ends sentences often
# ("is", "my", "id", "am", "so") is left out: "the end.So" is a missing space, not a domain.
TLDS = (
    "com|org|net|edu|gov|mil|int|info|biz|io|co|ai|app|dev|news|tv|me|us|uk|ca|au|de|fr|"
    "it|es|nl|ru|ua|cn|jp|in|br|eu|ch|se|no|pl|be|at|nz|ie|sm|ly|gl|fm|to|xyz|online|site|"
    "tech|store|blog|club|cloud|website|wiki|pro|mobi|asia|gg|cc|fi|dk|kr|za|mx|ar|cl|pt|"
    "gr|tr|il|sg|hk|tw|ph|th|vn|pk|ng|ke|cz|hu|ro|bg|hr|lt|lv|ee|lu|sk|si|kz|ae|sa|eg"
)
# An apostrophe between letters belongs to the name: "mary.o'neil@example.org".
_EMAIL = re.compile(
    r"(?<![\w.-])[\w.&+-]+(?:'[\w.&+-]+)*@[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/[\w./-]*)?", re.IGNORECASE
)
_URL = re.compile(
    r"(?i)\b(?:(?:https?|ftp|file)://+|www\.)[^\s<>\"]*[^\s<>\".,;:!?)\]']"
    rf"|(?<![\w@.-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:{TLDS})\b(?::\d{{2,5}}\b)?"
    r"(?:/[\w./~?=&%#+@-]*[\w/])?(?![\w@-])"
)
# The machine itself, with its port: "localhost:8080", "http://localhost:3000/admin".
_LOCALHOST = re.compile(
    r"(?i:(?:https?://)?)localhost(?::\d{2,5}\b)?(?:/[\w./~?=&%#+@-]*[\w/])?(?![\w@-])"
)
# A link's scheme before an e-mail address is not said: "mailto:news@example.org".
_MAILTO = re.compile(r"(?i:\bmailto:)(?=[\w.&+-]+@)")
_URL_SYMBOLS = read_mapping("en", "url_symbols")
# Letters of any alphabet ("/über"), digits one by one, and each symbol.
_URL_PIECE = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*|\d|[^\w\s]|_")
_SCHEME = re.compile(r"(?i)^[a-z]+:/+")
# A path of words is said ("nvidia.com/cv-cuda/early-access"); one with a piece no one would
# say (letters and digits mixed, a long number: "t.co/AbC123xYz", "/p/8837412") is not; a
# short one is a version or a name, said ("/v2/users", "/mp3/", "/3d/").
_LONG_URL_CHARS = 60
_MOST_PIECES = 3
_CODE_PIECE = re.compile(r"/(?=[^/]{4})[^/]*(?:[a-zA-Z]\d|\d[a-zA-Z]|\d{6})[^/]*(?:/|$)")


# Spelled, in capitals, as a newsreader spells them: a name of two to five letters with no
# vowel ("bbc", "cnn", "www") and a country's code ending the host ("dot UK", "dot IT", "dot
# DE"), but for the codes said as words ("dot co", "dot me") and those with an "o" ("dot io",
# "dot no"): spelled, their "O" is heard as "zero" by the comparison the held-out check uses.
_SPELLED_NAME = re.compile(r"(?i)[b-df-hj-np-tv-xz]{2,5}")
_COUNTRY_CODE = re.compile(r"(?i)(?<=\.)(?!me\b|[a-z]?o)[a-z]{2}(?=$|[/:?#])")


def _say_word(piece: str, is_country_code: bool) -> str:
    return piece.upper() if is_country_code or _SPELLED_NAME.fullmatch(piece) else piece.lower()


def _say_address(address: str) -> str:
    """Read an e-mail or web address piece by piece: "a1@b.org" -> "a one at b dot org"."""
    host_end = _COUNTRY_CODE.search(address)
    code_at = host_end.start() if host_end else -1
    words = []
    for match in _URL_PIECE.finditer(address):
        piece = match.group(0)
        if piece.isdigit():
            words.append(digits(piece))
        elif piece[0].isalpha():
            words.append(_say_word(piece, match.start() == code_at))
        else:
            words.append(_URL_SYMBOLS.get(piece, ""))
    return " ".join(w for w in words if w)


# A sentence run on after its full stop: "the end.It was", "He won.No one", "He went to
# Rome.It rained", "the U.S.It was" (a word, the dot, a capitalised word that starts
# sentences): not a domain, whose ending is written in small letters or all in capitals;
# "Amazon.Com" is one, "Com" starts no sentence.
_RUN_ON_SENTENCE = re.compile(
    r"(?!(?i:www)\.)(?:[\w-]+\.)*[\w-]+\.(?!Com\b|Org\b|Net\b)[A-Z][a-z]+"
)


# A number and two letters are no domain: "the 5.th floor", "12.pt type" ("163.com" is one).
_NUMBER_AND_LETTERS = re.compile(r"\d+\.[A-Za-z]{2}")


def _say_url(match: re.Match[str]) -> str:
    if _RUN_ON_SENTENCE.fullmatch(match.group(0)) or _NUMBER_AND_LETTERS.fullmatch(match.group(0)):
        return match.group(0)
    # A trailing slash says nothing: "whitehouse.gov/briefing-room/".
    url = _SCHEME.sub("", match.group(0)).rstrip("/")
    if match.group(0).lower().startswith("file:"):
        # A local file has no domain to name: its name says what it is.
        return _say_address(url.rstrip("/").rsplit("/", 1)[-1])
    domain = re.split(r"[/?#]", url, maxsplit=1)[0]
    long = len(url) > _LONG_URL_CHARS or url.count("/") > _MOST_PIECES
    # A query or a fragment ("?q=...", "#top") is for the machine: the domain is said.
    if domain and (long or "?" in url or "#" in url or _CODE_PIECE.search(url)):
        url = domain
    return _say_address(url)


# A hashtag: the mark, then a letter, or a number and a capitalised word ("#100DaysOfCode");
# not "C#" or "#1", which other rules read.
_HASHTAG = re.compile(
    r"#(?<![\w&#]#)(?P<tag>(?:[A-Za-z]|\d+[A-Z][a-z])[A-Za-z0-9_]*[A-Za-z0-9]|[A-Za-z])(?![\w#])"
)
# Where a hashtag's words meet: a small letter after two letters and a capital ("LivesMatter",
# "MeToo"; "iPhone" and "eBay" stay whole), capitals and a capitalised word ("NYCMarathon"), a
# letter and a digit ("COP26" stays; "Tokyo2020"), a number and a word ("100Days").
_TAG_WORDS = re.compile(
    r"(?<=[A-Za-z][a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[a-z])(?=\d)|(?<=\d)(?=[A-Z])"
)
_HASHTAG_WORD_BEFORE = re.compile(r"\b(?i:hashtag)\s$")


def _say_hashtag(match: re.Match[str]) -> str:
    words = " ".join(_TAG_WORDS.sub(" ", match["tag"]).replace("_", " ").split())
    start = match.start()
    if _HASHTAG_WORD_BEFORE.search(match.string, max(0, start - 8), start):
        return words
    return f"hashtag {words}"


# A handle: the mark at a word's start, then a letter ("me@home" and "@ 5 pm" are no handles).
_HANDLE = re.compile(r"@(?<![\w@]@)(?P<tag>[A-Za-z][A-Za-z0-9_]*[A-Za-z0-9]|[A-Za-z])(?![\w@])")


def _say_handle(match: re.Match[str]) -> str:
    return "at " + " ".join(_TAG_WORDS.sub(" ", match["tag"]).replace("_", " ").split())


# A file's name and its extension: "report.pdf", "config.yaml", "archive.tar.gz" -> "report dot
# PDF", "config dot yaml": the extensions files are named by, in small letters or in capitals
# as cameras write them ("IMG_1234.JPG"), after a name with no space before the dot (a
# sentence's full stop has one after it, not a known extension).
FILE_EXTENSIONS = (
    "pdf|txt|csv|tsv|json|yaml|yml|toml|xml|html|htm|css|js|ts|py|ipynb|md|rst|docx?|xlsx?|"
    "pptx?|odt|rtf|epub|zip|gz|tgz|tar|rar|7z|exe|dll|dmg|apk|iso|jpe?g|png|gif|svg|webp|"
    "mp3|mp4|wav|flac|mov|avi|mkv|sh|bat|ps1|cpp|hpp|rs|java|kt|rb|php|sql|db|log|ini|cfg|conf"
)
_FILE_NAME = re.compile(
    rf"(?<![\w.@/\\-])(?P<name>[A-Za-z0-9_][\w-]*(?:\.[\w-]+)*)\."
    rf"(?P<ext>{FILE_EXTENSIONS}|{FILE_EXTENSIONS.upper()})(?![\w-]|\.\w)"
)
_VOWEL = re.compile("[aeiouy]")


# A top-level domain or a file's extension alone, after a space or a quote: "the .com bubble",
# "a .io domain", "the .exe file" -> "dot com", "dot io", "dot EXE" (the period would
# otherwise join the word before it).
_BARE_DOMAIN = re.compile(
    rf"\.(?<![^\s\"'(\u201c]\.)(?P<tld>(?i:{TLDS})|{FILE_EXTENSIONS})\b(?![.\w-])"
)
_TLD_SET = frozenset(TLDS.split("|"))


def _say_bare_domain(match: re.Match[str]) -> str:
    tld: str = match["tld"]
    return f"dot {tld if tld.lower() in _TLD_SET or _VOWEL.search(tld) else tld.upper()}"


def _say_file_name(match: re.Match[str]) -> str:
    """ "report.pdf" -> "report dot PDF": an extension with no vowel is spelled, in capitals."""
    pieces: list[str] = [*match["name"].split("."), match["ext"].lower()]
    return " dot ".join(p if _VOWEL.search(p) else p.upper() for p in pieces)


# An address between angle brackets, as mail headers and plain-text pages write it: "Ann
# <ann@example.org>", "<https://example.org>": the brackets are not said ("less than").
_IN_ANGLES = re.compile(
    r"<(?P<address>(?:mailto:)?[\w.&+-]+@[\w.-]+\.[a-z]{2,}|(?:https?://|www\.)[^\s<>]+)>",
    re.IGNORECASE,
)


# An address written so that machines miss it: "john [at] example [dot] com", "jane(at)uni.edu",
# "press AT example DOT org": read as the address it stands for (not "john, at, example").
_AT_MARK = r"(?:\s*[\[({]\s*(?i:at)\s*[\])}]\s*|(?<=[a-z\d])\s+AT\s+)"
_DOT_MARK = r"(?:\s*[\[({]\s*(?i:dot)\s*[\])}]\s*|\s+DOT\s+|\.)"
_HIDDEN_EMAIL = re.compile(
    rf"(?<![\w.-])(?P<name>[\w.+-]*\w){_AT_MARK}(?P<host>[\w-]+(?:{_DOT_MARK}[\w-]+)*"
    rf"{_DOT_MARK}[a-zA-Z]{{2,}})\b"
)
_DOT_MARKS = re.compile(_DOT_MARK)
_AT_MARK_ALONE = re.compile(_AT_MARK)


def _unhide_email(match: re.Match[str]) -> str:
    return f"{match['name']}@{_DOT_MARKS.sub('.', match['host'])}"


def read_addresses(text: str) -> str:
    """Read e-mail addresses and URLs the way people say them.

    A newsreader says "example dot org", never the scheme ("https colon slash slash"), and
    gives only the domain of a URL whose path cannot be said; digits and symbols in addresses
    are read singly.
    """
    if "to:" in text or "TO:" in text:
        text = _MAILTO.sub("", text)
    if "<" in text:
        text = _IN_ANGLES.sub(r"\g<address>", text)
    if _AT_MARK_ALONE.search(text):
        text = _HIDDEN_EMAIL.sub(_unhide_email, text)
    text = _EMAIL.sub(lambda m: _say_address(m.group(0)), text)
    text = _URL.sub(_say_url, text)
    if "localhost" in text:
        text = _LOCALHOST.sub(_say_url, text)
    if " ." in text or '".' in text or "(." in text or text.startswith("."):
        text = _BARE_DOMAIN.sub(_say_bare_domain, text)
    if "." in text:
        text = _FILE_NAME.sub(_say_file_name, text)
    if "@" in text:
        text = _HANDLE.sub(_say_handle, text)
    return _HASHTAG.sub(_say_hashtag, text) if "#" in text else text


# Each pattern starts with a literal, which the regex engine finds quickly.
# A top-level domain only where a letter follows the dot (as "i" the letters that match one
# ignoring case): most dots end a sentence, and end the scan at once.
HINT = any_of(
    "@",
    "://",
    r"www\.",
    "localhost",
    rf"\.(?i:(?=[a-z])(?:{TLDS}))\b",
    rf"\.(?=[a-z])(?:{FILE_EXTENSIONS})\b",
    rf"\.(?=[A-Z])(?:{FILE_EXTENSIONS.upper()})\b",
    r"#(?=[A-Za-z]|\d+[A-Z][a-z])",
    *(rf"\{opening}\s*(?i:at)\s*[\])}}]" for opening in "[({"),
    r" AT ",
)

"""Spanish abbreviations and titles: "Sr. García" -> "señor García", "Dña." -> "doña",
"EE. UU." -> "Estados Unidos", "S.A." -> "sociedad anónima", "etc." -> "etcétera",
"a. C." -> "antes de Cristo", "vier." -> "viernes"; an office's word by its article's gender
("el Dir." -> "director", "La Dir. Gral." -> "La Dirección General"), "al H. Clínico" ->
"al Hospital Clínico"."""

from __future__ import annotations

import re

from narrator.spoken.common.romance_abbreviations import abbreviation_reader
from narrator.spoken.common.romance_titles import Title, title_reader
from narrator.spoken.tables import read_mapping, read_table

_TABLE = read_mapping("es", "abbreviations")
_NUMBERED = read_mapping("es", "numbered")
_read_table = abbreviation_reader(_TABLE, _NUMBERED)
# A word said for an abbreviation before numbers takes the plural after "los", "las": "en
# los min. 12 y 78" -> "los minutos doce y setenta y ocho", "las págs. 4 y 5".
_PLURAL_AFTER_ARTICLE = re.compile(
    r"(?<![\w-])(?P<article>[Ll](?:os|as) )(?P<word>"
    + "|".join(
        (rf"(?i:{re.escape(w)})" if "." in w else re.escape(w))
        for w in sorted(_NUMBERED, key=len, reverse=True)
        if _NUMBERED[w][-1] in "aeo" and " " not in _NUMBERED[w]
    )
    + r")(?=\s?\d)"
)
# A quick test before the search: an article's "-s" right before a word and a number.
_PLURAL_HINT = re.compile(r"s \S+\s?\d")
_NUMBERED_LOWER = {written.lower(): said for written, said in _NUMBERED.items()}
# A man's title written short after a feminine article is a woman's: "la Lic. Martínez" ->
# "la licenciada Martínez", "la Pdte." -> "la presidenta".
_WOMAN_TITLE = re.compile(
    r"(?<!\w)(?P<article>[Ll]as?|[Uu]nas?|[Ee]stas?|[Dd]e la|[Aa] la) "
    r"(?P<title>Lic|Ing|Arq|Prof|Pdte|Dr|Sr|Dip|Sen|Mtro)\.(?=\s[A-ZÁÉÍÓÚÑ])"
)
_FEMININE_ENDINGS = (("ente", "enta"), ("or", "ora"), ("o", "a"))
# A rank written short that is another word's abbreviation in lower case ("cap. 3" is a
# chapter): the rank with its capital before a name only ("El Cap. Soto" -> "capitán").
_RANKS = {"Cap": "capitán", "Cte": "comandante"}
# "Jr." after an article or a preposition is Peru's street, "jirón" ("en el Jr. de la Unión");
# after a name it is "junior" ("Martin Luther King Jr."), left as written.
_STREET_JR = re.compile(r"(?P<before>\b(?:el|El|del|al|en|En) )Jr\.(?=\s)")
_RANK = re.compile(rf"(?<![\w.])(?P<rank>{'|'.join(_RANKS)})\.(?=\s[A-ZÁÉÍÓÚÑ][a-záéíóúñ])")


def _woman_title(match: re.Match[str]) -> str:
    said = _TABLE.get(match["title"] + ".")
    if said is None:
        return match.group(0)
    for masculine, feminine in _FEMININE_ENDINGS:
        if said.endswith(masculine):
            said = said[: -len(masculine)] + feminine
            break
    return f"{match['article']} {said}"


# "C.P." before a name is Mexico's title of a public accountant ("el C.P. Torres" -> "contador
# público"); before a number it is a postal code, as the table says.
_ACCOUNTANT = re.compile(r"(?<![\w.])C\.\s?P\.(?=\s[A-ZÁÉÍÓÚÑ][a-záéíóúñ])")


_read_titles = title_reader(
    {
        "D": Title("don", "doña"),
        "S": Title(
            "San", "Santa", names={"Tomás": "Santo", "Domingo": "Santo", "Toribio": "Santo"}
        ),
    }
)


# A month written short alone after "en", "desde", "hasta" is the month ("bajó en oct." -> "en
# octubre", "en feb. 2024" -> "en febrero de"); before a day or after "de" it may be anything
# else, left to the dates.
_MONTHS = {
    written: row[1]
    for row in read_table("es", "months")
    for written in row[2:]
    if written.endswith(".")
}
_MONTH_ALONE = re.compile(
    r"(?P<before>(?<!\w)(?:[Ee]n|[Dd]esde|[Hh]asta|primero de) )(?P<month>"
    + "|".join(re.escape(m) for m in sorted(_MONTHS, key=len, reverse=True))
    + r")(?!\w)(?!\s?(?!\d{4}\b)\d)"
)

_YEAR_AFTER = re.compile(r"\s?\d{4}\b")


def _month_alone(match: re.Match[str]) -> str:
    ends = not match.string[match.end() :].strip()
    of = " de" if _YEAR_AFTER.match(match.string, match.end()) else ""  # "en feb. 2024"
    return match["before"] + _MONTHS[match["month"]] + of + ("." if ends else "")


# "L" and a number after a feminine article is a metro's or a train's line: "la L1 del Metro"
# -> "la línea 1", "en la L10".
_LINE = re.compile(r"(?<![\w-])(?P<article>[Ll]a )L(?=\d{1,2}(?![\w,.]\d))")


# Percentage points after a number: "bajó 0,4 p.p." -> "puntos porcentuales", "1 p. p." ->
# "un punto porcentual".
_POINTS = re.compile(r"(?<![\w,.])(?P<number>\d+(?:,\d+)?) p\.\s?p\.(?!\w)")


def _points(match: re.Match[str]) -> str:
    one = match["number"] == "1"
    said = "punto porcentual" if one else "puntos porcentuales"
    stop = "." if not match.string[match.end() :].strip() else ""
    return f"{match['number']} {said}{stop}"


# A quarter written as the financial press does after an article: "en el 2T" -> "en el
# segundo trimestre", "del 3T24" -> "del tercer trimestre de 2024" ("el", "del", "al").
_QUARTER = re.compile(r"(?<=[EeAa]l )(?P<q>[1-4])T(?P<y>\d\d)?(?![\w-])")
_QUARTERS = {"1": "primer", "2": "segundo", "3": "tercer", "4": "cuarto"}


def _quarter(match: re.Match[str]) -> str:
    year = f" de 20{match['y']}" if match["y"] else ""
    return f"{_QUARTERS[match['q']]} trimestre{year}"


def _plural(match: re.Match[str]) -> str:
    return match["article"] + _NUMBERED_LOWER[match["word"].lower()] + "s"


# "máx." and "mín." after a noun agree with it: "la temperatura máx." -> "máxima", "las
# temperaturas mín." -> "mínimas", "el valor máx." -> "máximo"; after no noun the table's.
_EXTREME = re.compile(r"(?P<noun>(?<![\w-])[a-záéíóúñ]{4,}) (?P<word>máx|mín)\.(?!\w)")
_FEMININE_NOUN_ENDS = ("a", "ción", "sión", "dad", "tad", "tud", "umbre", "as", "ciones",
                     "siones", "dades", "tades", "tudes", "umbres")  # fmt: skip
_MASCULINE_IN_A = frozenset({"día", "clima", "sistema", "problema", "programa", "tema", "mapa",
                             "días", "climas", "sistemas", "problemas", "programas",
                             "temas"})  # fmt: skip
_NO_NOUNS = frozenset({"para", "hasta", "entre", "sobre", "desde", "contra", "hacia", "según",
                       "como", "será", "sería", "fue", "era", "está", "estará"})  # fmt: skip


def _extreme(match: re.Match[str]) -> str:
    noun = match["noun"]
    if noun in _NO_NOUNS:
        return match.group(0)
    feminine = noun.endswith(_FEMININE_NOUN_ENDS) and noun not in _MASCULINE_IN_A
    plural = "s" if noun.endswith("s") else ""
    word = {"máx": "máxim", "mín": "mínim"}[match["word"]]
    stop = "." if not match.string[match.end() :].strip() else ""
    return f"{noun} {word}{'a' if feminine else 'o'}{plural}{stop}"


# An office's word written short is a man after a masculine article ("el Dir. Gral." ->
# "el director general"), and after a feminine one the office itself ("La Dir. Gral. de
# Tráfico" -> "La Dirección General"), or a woman before her name ("la Dir. Ana Ruiz" ->
# "la directora").
_OFFICES = {"Dir": ("director", "directora", "Dirección"),
            "Subdir": ("subdirector", "subdirectora", "Subdirección"),
            "Sec": ("secretario", "secretaria", "Secretaría"),
            "Adm": ("administrador", "administradora", "Administración"),
            "Deleg": ("delegado", "delegada", "Delegación")}  # fmt: skip
_OFFICE = re.compile(
    r"(?<!\w)(?P<article>(?P<her>[Ll]a|[Uu]na|[Ee]sta|[Dd]e la|[Aa] la)|[Ee]l|[Dd]el|[Aa]l|[Uu]n"
    r"|[Ee]ste) (?P<office>Dir|Subdir|Sec|Adm|Deleg)\.(?P<general>\s?Gral\.)?"
    r"(?=\s(?P<name>[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+\s[A-ZÁÉÍÓÚÑ])?)"
)
# "H." after an article is a hospital before its name ("al H. Clínico" -> "al Hospital
# Clínico"), "Honorable" before a body of government ("el H. Ayuntamiento").
_HONORABLE_BODIES = "Ayuntamiento|Congreso|Senado|Cabildo|Consejo|Tribunal|Cámara|Asamblea|Junta"
_HOSPITAL = re.compile(
    r"(?<!\w)(?P<article>[Ee]l|[Dd]el|[Aa]l|[Ll]a) H\.(?=\s(?:(?P<body>"
    + _HONORABLE_BODIES
    + r")\b|[A-ZÁÉÍÓÚÑ][a-záéíóúñ]))"
)


def _office(match: re.Match[str]) -> str:
    man, woman, office = _OFFICES[match["office"]]
    if not match["her"]:
        said = man + (" general" if match["general"] else "")
    elif match["name"] and not match["general"]:
        said = woman
    else:
        said = office + (" General" if match["general"] else "")
    return f"{match['article']} {said}"


def _hospital(match: re.Match[str]) -> str:
    honorable = match["body"] or match["article"].lower() == "la"  # "la H. Legislatura"
    return f"{match['article']} {'Honorable' if honorable else 'Hospital'}"


def read_abbreviations(text: str) -> str:
    """Read the abbreviations and titles of the table, and a letter before a given name as
    its title ("D. Juan" -> "don Juan")."""
    if any(f"{office}." in text for office in _OFFICES):
        text = _OFFICE.sub(_office, text)
    if " H." in text:
        text = _HOSPITAL.sub(_hospital, text)
    text = _WOMAN_TITLE.sub(_woman_title, text)
    if "." in text:  # a quick test before the search: every month written short has its point
        text = _MONTH_ALONE.sub(_month_alone, text)
    if any(f"{rank}." in text for rank in _RANKS):  # a quick test before the search
        text = _RANK.sub(lambda m: _RANKS[m["rank"]], text)
    if "P." in text:
        text = _ACCOUNTANT.sub("contador público", text)
    if "Jr." in text:
        text = _STREET_JR.sub(r"\g<before>jirón", text)
    if ("os " in text or "as " in text) and _PLURAL_HINT.search(text):
        text = _PLURAL_AFTER_ARTICLE.sub(_plural, text)
    if "p." in text:
        text = _POINTS.sub(_points, text)
    if "T" in text:
        text = _QUARTER.sub(_quarter, text)
    if "a L" in text:
        text = _LINE.sub(r"\g<article>línea ", text)
    if "áx." in text or "ín." in text:
        text = _EXTREME.sub(_extreme, text)
    return _read_table(_read_titles(text))

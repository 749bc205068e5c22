"""Boilerplate told by its words: the "related stories" sections and the sign-up, follow-us and
copyright lines that trail many articles, and the short promotions of the site itself ("Sign up
for our newsletter", "Read more: …"), photo credits, labelled metadata and script text anywhere
in them. (Clutter that the markup names is `narrator.readers.clutter`'s.)
"""

from __future__ import annotations

import re
from itertools import pairwise
from xml.etree import ElementTree

from narrator.readers.clutter import all_text, blocks_in, word_count
from narrator.readers.page_lines import PROMOTION, SHARE, is_page_line
from narrator.readers.promo_lines import is_promo_line
from narrator.readers.reference_heads import is_reference_head
from narrator.readers.site_lines import is_site_lead, is_site_line
from narrator.readers.stamps import is_stamp
from narrator.readers.structure import clean

__all__ = ["drop_promotions", "drop_trailing_boilerplate", "is_promotion"]

_TAIL_START = 2 / 3
_MAX_BOILERPLATE_WORDS = 40
# An advertising disclosure runs longer than a promotion: "This post contains references to
# products from our advertisers. We may receive compensation when you click… Terms apply…",
# "Stage Notes may earn a commission on tickets bought through this link.",
# and so does the site's offer to advertisers.
_DISCLOSURE = re.compile(
    r"\bour advertisers\b|\bmay (?:receive|earn|get) (?:a )?(?:small )?(?:compensation|commission)"
    # The site's offer to advertisers: "Advertise with the most visited news site in …".
    r"|^advertise (?:with|on)\b"
    # The same in the other languages read: "… riceve una commissione sugli acquisti …"
    r"|\b(?:riceve|percibe|recibe|per\u00e7oit|touche|erh\u00e4lt|recebe) (?:una?|eine|uma)"
    r" (?:piccola |peque\u00f1a |petite |kleine )?(?:commissione|comisi\u00f3n|commission|provision"
    r"|comiss\u00e3o)\b"
    # A blog's affiliate disclosure: "This post may contain affiliate links. Please read our
    # disclosure policy.", "As an Amazon Associate I earn from qualifying purchases."
    r"|\b(?:post|page|article|site|guide|recipe) (?:may )?contains? affiliate links\b"
    r"|\bas an amazon associate\b",
    re.IGNORECASE,
)
_MAX_DISCLOSURE_WORDS = 80
_OTHERS = re.compile(
    r"other (?:routes|services|lines|sailings|stations|stories|news|articles|updates|notices"
    r"|alerts|events)",
    re.IGNORECASE,
)
"""A closing section's heading over the site's other items: "Other routes", "Other alerts"."""
# "Jane Roe is a freelance writer…" in italics closes many blog posts and opinion pieces.
_AUTHOR_BIO = re.compile(r"(?:[A-Z][\w.'\u2019-]* ){1,3}(?:is|was) (?:a|an|the)\b")
# The whole heading must name the section ("Related stories", "More from The Ledger",
# "Comments (12)"): "Popular bougainvillea varieties" opens a part of the article.
_NAMED = (
    r"(?:this (?:story|topic|subject|section|series|author)|our \w+"
    r"|(?:the )?(?-i:[A-Z])[\w'\u2019.&-]*(?: (?:(?-i:[A-Z0-9&])[\w'\u2019.&-]*|of|and|the)){0,5})"
)
_TAIL_HEADING = re.compile(
    r"(?:(?:related|recommended|popular|trending|latest|more|most (?:read|popular|viewed|shared))"
    r"(?: (?:stories|articles|posts|news|reads|content|links|videos|topics|coverage|now))?"
    r"|read (?:more|also|next)|see also|you (?:may|might) (?:also )?(?:like|enjoy)|upcoming events"
    r"|further reading|comments?|share(?: this(?: \w+)?)?|join the (?:conversation|discussion)"
    r"|partilhe|partilhar|compartilhe|compartilhar|compartir|teilen|partager|condividi"
    # a page's question on itself: "Was this page helpful?", "Quanto sono chiare le
    # informazioni su questa pagina?"
    r"|was this (?:page|article) (?:helpful|useful)\??|war diese seite hilfreich\??"
    r"|quanto sono chiare le informazioni su questa pagina\?|questa pagina ti \u00e8 stata utile\?"
    r"|contatti|kontakt|contacto|contato"
    # a release's contact for the press: "Media contact", "Press enquiries", "Pressekontakt"
    r"|(?:media|press|news) (?:contacts?|enquiries|inquiries)|pressekontakt|contact presse"
    r"|contacto (?:de|para) (?:prensa|medios)|contatti (?:stampa|per la stampa)"
    r"|conta(?:c)?tos? (?:para (?:a )?|de |com a )imprensa|contacts? (?:presse|m\u00e9dias)"
    r"|kontakt f\u00fcr (?:die )?(?:presse|medien)|press office|ufficio stampa"
    r"|editors?['\u2019]?s?['\u2019]? picks?"
    # "Explore our coverage of climate", "Explore more": the site's other stories.
    r"|explore (?:our|more)(?: (?:coverage|stories|reporting))?(?: of (?:the )?\w+(?: \w+)?)?"
    # The appeal for money that closes many blogs and papers: "While you are here…".
    r"|(?:(?:while|since|now that) you(?:'re| are) here|before you go)[.,!\u2026]*"
    # its pitch for the readers' money under its name: "Independent, reader-funded journalism",
    # "Support independent journalism", "Reader-supported local journalism needs you"
    r"|(?:support |fund )?(?:independent|reader-(?:funded|supported)|nonprofit|non-profit)"
    r"(?:, [\w-]+)? (?:local |quality )?journalism(?: needs you| matters)?[.!]?"
    # What the publisher says of itself under its articles: "About this series", "About us".
    r"|about (?:this|the) (?:series|publisher|organi[sz]ation)|about us|über (?:diese reihe|uns)"
    # The same labels in the other languages narrator reads: German, French, Spanish, Italian.
    r"|lesen sie (?:auch|mehr)(?: zum thema)?|mehr zum thema|verwendete quellen"
    r"|(?:das )?k(?:ö|oe)nnte (?:sie|dich) auch interessieren"
    r"|(?:à )?lire (?:aussi|également)|sur le même sujet|(?:tambi[eé]n )?te puede interesar"
    r"|(?:lee|leer|ver) tambi[eé]n|noticias relacionadas|leggi anche|potrebbe interessarti"
    r"|siehe auch|(?:weitere|verwandte|ähnliche) (?:artikel|beiträge|nachrichten|meldungen|themen)"
    r"(?: zum thema)?|meistgelesene?(?: artikel)?|voir aussi|articles? (?:similaires|liés|connexes)"
    r"|les plus lus|art[ií]culos relacionados|m[aá]s noticias|lo m[aá]s le[ií]do"
    r"|articoli correlati|altre notizie|i pi[uù] letti|meer nieuws|gerelateerde artikelen"
    r"|zobacz (?:też|także)|najczęściej czytane|polecane|berita terkait|terpopuler|baca juga"
    r"|nejčtenější|čtěte také|ilgili haberler|en çok okunanlar"
    rf"|{SHARE}"
    # "Comments" in German, French, Spanish, Italian, Portuguese, Polish, Czech, the Scandinavian
    # languages, Dutch and Turkish.
    r"|kommentare|commentaires|comentarios|commenti|coment[aá]rios|komentarze|komentáře"
    r"|kommentarer|reacties|yorumlar|seguir leyendo|(?:veja|leia) também"
    r"|mais lid[oa]s|читайте (?:также|ещ[её])|новости по теме|читают сейчас|комментарии"
    # A box on the writer in seven languages: "About the author", "Sobre el autor".
    r"|(?:about|sobre|acerca del?) (?:the |el |la |o |a )?(?:author|autora?)"
    r"|об авторе"  # noqa: RUF001
    r"|à propos de l'auteure?|über (?:den autor|die autorin)|sull['\u2019]autore)"
    # After "More from", "Popular in", the name of the site, a section or a topic ("More from
    # The Ledger", "More on this story"), not words of the article ("More from the hearing",
    # "Popular in the 1990s", "Comments from the minister" head a part of it).
    # A lead-in to links ends with a colon whatever it names: "More on coronavirus:".
    rf"(?:(?: (?:on|from|in|about|at|by) (?:{_NAMED}|[^:]{{1,40}}:))| ?[:(|\u2013\u2014-].*)?",
    re.IGNORECASE,
)
_MAX_TAIL_SHARE = 0.5
_AD_LABEL = re.compile(
    r"^(?:реклама|anzeige|werbung|publicidad|publicit\u00e9|pubblicit\u00e0|publicidade"
    r"|advertisement|sponsored|gesponsert|patrocinado)\s*:?\s+(?-i:[A-Z\u00c0-\u00dd\u0410-\u042f])",
    re.IGNORECASE,
)
_MAX_AD_WORDS = 30
_CLOSING_NOT_RELATED = re.compile(
    r"(?:comments?|kommentare|commentaires|comentarios|commenti|coment[aá]rios|комментарии"
    r"|join the (?:conversation|discussion)|share.*|about .*|sobre .*|über .*)\W*",
    re.IGNORECASE,
)
"""Closing labels whose section holds prose that is not the story's: comments, a writer's note."""
_SEE_ALSO = re.compile(
    r"(?:see also|read also|also read|related(?: stories| articles)?|veja tamb\u00e9m"
    r"|leia tamb\u00e9m|lesen sie auch|(?:\u00e0 )?(?:voir|lire) aussi|lee tambi\u00e9n|leggi anche"
    r"|vedi anche|читайте также|смотрите также)\W*",
    re.IGNORECASE,
)
"""A label over other stories' headlines, which the extraction may drop (their links), leaving
the label over the story's next paragraph: "Veja também"."""
_MIN_STORY_SENTENCE_WORDS = 8
# A paragraph this long after a closing label is the article's, not a list of links.
_MIN_PROSE_WORDS = 25
_BOILERPLATE = re.compile(
    r"\b(?:subscri(?:be|bers?|ption) (?:now|today|here|to)\b|newsletters?\b|follow us\b"
    r"|follow (?:\w+ ){1,3}on (?:twitter|facebook|instagram)|sign(?:ing)? up (?:here|now|today)"
    r"|sign(?:ing)? up (?:for|to) (?:our|the)\b.{0,30}\b(?:newsletter|edition|updates)"
    r"|download (?:the|our)\b.{0,40}\bapps?\b|all rights reserved|copyright\b"
    r"|letters? to the editor|support our work|advertise with|last (?:modified|updated)\b"
    r"|ultimo aggiornamento|zuletzt aktualisiert|derni\u00e8re mise \u00e0 jour"
    r"|\u00faltima (?:actualizaci\u00f3n|atualiza\u00e7\u00e3o))"
    r"|©|^(?:related|read more)\b",
    re.IGNORECASE,
)
# A photo's caption ends with its credit: "The quay at dawn. Photo: Ann Lee", "… (Image: Reuters)",
# "… Olivier Douliery/AFP via Getty Images", "… in Las Croabas. By U.S. CUSTOMS AND BORDER
# PROTECTION" (a credit in capitals after a sentence; a byline is not in capitals).
_CAPTION_CREDIT = re.compile(
    r"(?:\b(?:photo(?:graph)?|image|picture|pic|foto|bild|credit)s?(?: by| credit)?\s*[:\u00a9]"
    r"\s*(?:[^.!?:]|\.(?=\S)){1,60}|\((?:photo|image|picture|foto)s?\b[^()]{0,60}\)|\(credits?:[^()]{0,60}\)"
    r"|\bvia Getty Images|/Getty Images|\bAP Photo/[^.!?]{1,40}"
    r"|(?:^|[.!?]\s+)(?:featured |header |cover |top )?(?:photo(?:graph)?|image|picture)s?"
    r" (?:by|courtesy of) (?-i:[A-Z])[^.!?:]{1,60}"
    r"|(?-i:[.!?]\s+By [A-Z][A-Z.'\- ]{3,60}))\.?$",
    re.IGNORECASE,
)
_MAX_CAPTION_WORDS = 40
# A line of labelled metadata and nothing else: "News date : 04/21/2022 Category : Press
# Releases", "Release Date:", "Tags: travel, food", "Filed under: Politics".
_METADATA_LABEL = (
    r"(?:(?:news|release|publication|post(?:ed)?) date|categor(?:y|ies)|tags?|filed under"
    r"|posted in|topics?|keywords|published|(?:last )?updated|kategorien?|schlagw(?:ö|oe)rter"
    r"|rubrik|th[eè]mes?|cat[eé]gories?|etiquetas|categor[ií]as?)"
)
_METADATA_LINE = re.compile(rf"(?:{_METADATA_LABEL}\s*:\s*[^:]{{0,60}}?\s*)+", re.IGNORECASE)
_MAX_METADATA_WORDS = 20
# The words beside a promoting sentence that make a paragraph the story's.
_MIN_STORY_WORDS = 20
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])")
_MAX_LABEL_WORDS = 6
_MAX_HEADLINE_WORDS = 16
# A script's text that trafilatura took for a paragraph: "(function() { document.addEvent…".
_SCRIPT = re.compile(
    r"\(?\s*(?:function\b|var \w+\s*=|let \w+\s*=|const \w+\s*=|window\.|document\.|if ?\(window)"
)
_MIN_SCRIPT_MARKS = 3
# A line that is only a web address, the story's source or the site's own ("BVINEWS.COM",
# "Source: www.example.org/news"): read aloud it says nothing of the story.
_ADDRESS_LINE = re.compile(
    r"(?:(?:source|via|quelle|fuente|fonte)\s*:\s*)?(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*"
    # The common endings of a site's name, not a file's (".py", ".md", ".js").
    r"\.(?:com|org|net|info|news|gov|edu|uk|de|fr|es|it|pl|ch|at|nl|eu|tv|us|ca|au|ie|nz)"
    r"(?:/\S*)?",
    re.IGNORECASE,
)


def drop_trailing_boilerplate(main: ElementTree.Element) -> None:
    """Remove a closing "Related stories" or "Read more" section, then the short sign-up,
    follow-us and copyright lines that end the article."""
    blocks = list(main)
    index = _tail_heading_index(blocks)
    if index is not None:
        for dropped in blocks[index:]:
            main.remove(dropped)
        blocks = blocks[:index]
    while blocks and _is_boilerplate_line(blocks[-1]):
        main.remove(blocks.pop())
    if blocks and _is_author_bio(blocks[-1]):
        main.remove(blocks.pop())


def _is_author_bio(block: ElementTree.Element) -> bool:
    """A closing paragraph all in italics that presents a person: the author's biography."""
    text = clean(all_text(block))
    own = clean((block.text or "") + "".join(child.tail or "" for child in block))
    in_italics = len(block) > 0 and not own and all(child.tag == "hi" for child in block)
    short = len(text.split()) <= _MAX_DISCLOSURE_WORDS
    return block.tag == "p" and in_italics and short and bool(_AUTHOR_BIO.match(text))


def _tail_heading_index(blocks: list[ElementTree.Element]) -> int | None:
    """Where a closing "Related stories" section starts, if the article ends with one that
    holds less than half of its words."""
    total = sum(word_count(block) for block in blocks)
    before = 0
    for index, block in enumerate(blocks):
        # Late among the blocks, or after most of the words: a shop's offers under "Siehe
        # auch:" run to many short blocks.
        late = index >= len(blocks) * _TAIL_START or before >= total * _TAIL_START
        if late and _is_closing_label(block, blocks[index + 1 :]):
            if _is_inline_box(block, blocks[index + 1 :]):
                continue  # a box of links set into the story, its prose after it
            tail = total - before
            return index if tail < _MAX_TAIL_SHARE * total else None
        before += word_count(block)
    return None


def _is_closing_label(block: ElementTree.Element, after: list[ElementTree.Element]) -> bool:
    """A heading that names a closing section ("Related stories"), or a paragraph that does and
    is followed by no paragraph of prose ("Siehe auch:" over a shop's offers): a label set as a
    paragraph may also lead into a part of the article, which then holds sentences."""
    text = clean(all_text(block))
    if block.tag == "head":
        # "Other routes" over their status table, no paragraph under it (a guide's closing
        # "Other routes" that tells of them stays)
        listed = not any(later.tag == "p" for later in after)
        others = _OTHERS.fullmatch(text) or is_reference_head(text)  # "References" over a list
        return bool(_TAIL_HEADING.fullmatch(text)) or (listed and bool(others))
    is_label = block.tag == "p" and len(text.split()) <= _MAX_LABEL_WORDS
    return (
        is_label
        and bool(_TAIL_HEADING.fullmatch(text))
        and all(word_count(later) < _MIN_PROSE_WORDS for later in after)
    )


def _is_inline_box(label: ElementTree.Element, after: list[ElementTree.Element]) -> bool:
    """A label of other stories over one headline or a list of them, and a paragraph of the
    story after it ("Te puede interesar" over "Los precios del alquiler suben un 9%" over "La
    única salida duradera es construir más, …"): no closing section; the label and its
    headlines go as promotions. Comments under their label are prose too: not so."""
    text = clean(all_text(label))
    if _CLOSING_NOT_RELATED.fullmatch(text):
        return False
    tail = clean(label.tail or "")  # the headline as the extraction leaves it, loose after it
    if tail:
        headline = len(tail.split()) <= _MAX_HEADLINE_WORDS and not tail.endswith((".", "!", "?"))
    elif after and (_is_headline_list(after[0]) or _is_headline_paragraph(after[0])):
        headline, after = True, after[1:]
    else:  # its headlines' links lost in the extraction: the story's prose right under it
        headline = bool(_SEE_ALSO.fullmatch(text))
    story = clean(all_text(after[0])) if after else ""
    return (
        headline
        and bool(after)
        and after[0].tag == "p"
        and len(story.split()) >= _MIN_STORY_SENTENCE_WORDS
        and story.endswith((".", "!", "?", "\u201d", '"', "\u00bb"))
    )


def _is_headline_paragraph(block: ElementTree.Element) -> bool:
    """A paragraph that is one headline: a few words, no sentence's end."""
    text = clean(all_text(block))
    return (
        block.tag == "p"
        and 0 < len(text.split()) <= _MAX_HEADLINE_WORDS
        and not text.endswith((".", "!", "?", ":"))
    )


def drop_promotions(main: ElementTree.Element) -> None:
    """Remove the short paragraphs and headings, anywhere in the article, that promote the site
    itself ("Sign up for our newsletter", "We may receive compensation…", "(Credit: …)"), the
    captions that end with a photo's credit, and lines of labelled metadata ("Tags: …"); and
    the list of headlines under a label of other stories ("Most Read from Bloomberg")."""
    blocks = list(blocks_in(main))
    doomed = [(parent, block) for parent, block in blocks if _is_promotion(block)]
    doomed += _headings_of_promotions(blocks, {id(block) for _, block in doomed})
    labels = {id(block) for _, block in doomed if _TAIL_HEADING.fullmatch(clean(all_text(block)))}
    doomed += [
        (parent, block)
        for (_, before), (parent, block) in pairwise(blocks)
        if id(before) in labels and (_is_headline_list(block) or _is_headline_paragraph(block))
    ]
    removed: set[int] = set()
    for parent, block in doomed:
        if id(block) not in removed:  # a promotion under a label is doomed twice
            removed.add(id(block))
            parent.remove(block)


def _headings_of_promotions(
    blocks: list[tuple[ElementTree.Element, ElementTree.Element]], promoting: set[int]
) -> list[tuple[ElementTree.Element, ElementTree.Element]]:
    """The short headings right over a paragraph that promotes (ids in ``promoting``): a
    sign-up box's name over its promise ("Get the Dispatch every Friday"), with its parent."""
    return [
        (parent, block)
        for (parent, block), (_, after) in pairwise(blocks)
        if block.tag == "head"
        and id(after) in promoting
        and id(block) not in promoting
        and after.tag == "p"
        and len(clean(all_text(block)).split()) <= _MAX_LABEL_WORDS
    ]


def _is_headline_list(block: ElementTree.Element) -> bool:
    """A list of headlines: short items, none of them a sentence that ends."""
    items = [clean(all_text(item)) for item in block.findall("item")]
    return (
        block.tag == "list"
        and bool(items)
        and all(len(item.split()) <= _MAX_HEADLINE_WORDS for item in items)
        and not any(item.endswith((".", "!", ":")) for item in items)
    )


def is_promotion(block: ElementTree.Element) -> bool:
    """Whether a paragraph or heading promotes the site, credits a photo, labels metadata or
    is a script's text, rather than telling the story."""
    return _is_promotion(block)


def _is_promotion(block: ElementTree.Element) -> bool:
    text = clean(all_text(block))
    words = len(text.split())
    # A list of one item is a paragraph set apart: a paper's call for letters in a bullet.
    if block.tag not in ("p", "head") and not (block.tag == "list" and len(block) == 1):
        return False
    promotion = PROMOTION.search(text) if words <= _MAX_BOILERPLATE_WORDS else None
    if (promotion is not None and _is_most_of(promotion, text)) or is_page_line(text):
        return True
    if _is_site_paragraph(block.tag, text):
        return True  # a paste's line of the site's: "mrc/dpa/Reuters", "Подписывайтесь на …"
    if block.tag == "p" and words <= _MAX_BOILERPLATE_WORDS and is_promo_line(text):
        return True  # "No credit card required.", "Write to us at letters@…" (promo_lines)
    if words <= _MAX_CAPTION_WORDS and block.tag == "p" and _CAPTION_CREDIT.search(text):
        return True
    if words <= _MAX_METADATA_WORDS and _METADATA_LINE.fullmatch(text):
        return True
    if words <= _MAX_LABEL_WORDS and _TAIL_HEADING.fullmatch(text):
        return True  # "RELATED STORIES", "Editors' Pick" over the links trafilatura dropped
    if _SCRIPT.match(text) and sum(map(text.count, "{};")) >= _MIN_SCRIPT_MARKS:
        return True
    if _ADDRESS_LINE.fullmatch(text.rstrip(".")):
        return True
    if words <= _MAX_AD_WORDS and _AD_LABEL.match(text):
        return True  # an ad under its label, run together: "Реклама Кредит наличными под 9%."
    return words <= _MAX_DISCLOSURE_WORDS and bool(_DISCLOSURE.search(text))


def _is_site_paragraph(tag: str, text: str) -> bool:
    """A short paragraph that a pasted story's reader knows for the site's own line (see
    `narrator.readers.site_lines`); not a stamp, a heading or a word in brackets, which a page's
    schedule or list may hold ("Freitag, 04. Februar 2022", "(Kunstmuseum)")."""
    short = len(text.split()) <= _MAX_LABEL_WORDS and not text.startswith("(")
    # or a box's label left alone, its links dropped: "Te recomendamos", "Mehr zum Thema"
    label = short and is_site_lead(text) and not text.endswith((".", "!", "?"))
    return tag == "p" and short and not is_stamp(text) and (is_site_line(text) or label)


def _is_most_of(match: re.Match[str], text: str) -> bool:
    """Whether the sentence that holds `match` leaves too few words beside it for a sentence of
    the story: a paragraph that tells the story and then promotes ("The council's plan, out on
    Monday, would close three libraries and cut the opening hours of four others across the
    city. To read the plan, click here.") is the story's."""
    starts = [0, *(end.end() for end in _SENTENCE_END.finditer(text, 0, match.start()))]
    end = _SENTENCE_END.search(text, match.end())
    sentence = text[starts[-1] : end.end() if end else len(text)]
    return len(text.split()) - len(sentence.split()) < _MIN_STORY_WORDS


def _is_boilerplate_line(block: ElementTree.Element) -> bool:
    text = clean(all_text(block))
    short = len(text.split()) <= _MAX_BOILERPLATE_WORDS
    return block.tag in ("p", "head") and short and bool(_BOILERPLATE.search(text))

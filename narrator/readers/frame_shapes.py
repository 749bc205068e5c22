"""Lines of a story's frame that say nothing of the story, told by their shape in any of the
languages read: a byline that names no writer ("Staff report", "Redacción"), the paper's
disclaimer of a column's views, a label pointing to more of the site's news with nothing after
it ("Weitere Nachrichten aus Schleswig-Holstein"), and a blog's comment form ("Leave a Reply"
over "Your email address will not be published.")."""

from __future__ import annotations

import re

__all__ = ["is_frame_line", "is_name_over_opening", "is_tags_line", "without_comment_form"]

_UNSIGNED = re.compile(
    r"^(?:(?:by|from|por|par|di|von|de)\s+)?(?:(?:the|our|la|die|a)\s+)?"
    r"(?:staff(?:\s+(?:reports?|writers?|and\s+wire\s+reports?))?|staff\s+report"
    r"|news\s?desk|web\s?desk|digital\s+desk|redacci[o\u00f3]n|redazione|redaktion"
    r"|r[\u00e9e]daction|reda[c\u00e7][c\u00e7]?[a\u00e3]o"
    r"|\u0440\u0435\u0434\u0430\u043a\u0446\u0438\u044f)"
    r"$|^(?:(?:la|die|a)\s+)?(?:redacci[o\u00f3]n|redazione|redaktion"
    r"|r[\u00e9e]daction|reda[c\u00e7][c\u00e7]?[a\u00e3]o|\u0440\u0435\u0434\u0430\u043a\u0446\u0438\u044f)"
    r"(?-i:\s+[A-Z\u0410-\u042f][\w&.'\u2019-]*){1,2}$"
    # the outlet's name before its staff: "By KTVB Staff", "From CBS News Staff"
    r"|^(?:by|from)\s+(?-i:[A-Z0-9][\w&.'\u2019-]*\s+){1,3}staff(?:\s+(?:reports?|writers?))?$"
    r"|^(?-i:[A-Z0-9][\w&.'\u2019-]*\s+){1,3}staff\s+(?:reports?|writers?)$",
    re.IGNORECASE,
)
"""A byline that names no writer: "Staff report", "By Staff", "By KTVB Staff", "Редакция"; or a
newsroom's word and the outlet's name, "Redazione ANSA" ("di Redazione Meteo", a desk's name
after "di", is a byline)."""
_DISCLAIMER = re.compile(
    r"^(?:the )?(?:views|opinions) expressed (?:here|in this (?:article|column|piece))?\s*"
    r"(?:are|is) (?:those of the (?:author|writer)s?(?: alone)?|the (?:author|writer)['\u2019]s"
    r"(?: own)?|solely the (?:author|writer)['\u2019]s(?: own)?)\b[^!?]{0,80}"
    r"|las opiniones expresadas\b[^!?]{0,120}(?:autor|autora|autores)\b[^!?]{0,40}"
    r"|les opinions exprim\u00e9es\b[^!?]{0,120}auteur[^!?]{0,40}"
    r"|le opinioni espresse\b[^!?]{0,120}autor[^!?]{0,40}"
    r"|as opini\u00f5es expressas\b[^!?]{0,120}autor[^!?]{0,40}"
    r"|(?:dieser (?:text|beitrag) gibt die meinung|namentlich gekennzeichnete beitr\u00e4ge)"
    r"\b[^!?]{0,120}"
    # a Russian paper's: "the author's opinion may not match the newsroom's"
    r"|\u043c\u043d\u0435\u043d\u0438\u0435 \u0430\u0432\u0442\u043e\u0440\u0430"
    r" \u043c\u043e\u0436\u0435\u0442 \u043d\u0435"
    r" \u0441\u043e\u0432\u043f\u0430\u0434\u0430\u0442\u044c\b[^!?]{0,80}",
    re.IGNORECASE,
)
"""The paper's disclaimer under a column: "The views expressed here are the author's own."."""
_MORE_NEWS = re.compile(
    r"^(?:more|other|latest|weitere|mehr|plus d['\u2019]|autres|m\u00e1s|otras|altre"
    r"|mais|outras|\u0434\u0440\u0443\u0433\u0438\u0435|\u0435\u0449\u0451|\u0435\u0449\u0435"
    r"|\u0432\u0441\u0435)\s*(?:\w+\s+)?(?:news|stories|nachrichten|meldungen|artikel"
    r"|actualit\u00e9s|articles|informations|noticias|notizie|not\u00edcias"
    r"|\u043d\u043e\u0432\u043e\u0441\u0442\u0438)\s+(?:from|in|about|on|aus|zu|zum|zur|der|de|du"
    r"|des|sur|en|di|del|della|da|do|dos|das|\u0438\u0437|\u043f\u043e|\u043e)\b[^.!?]{1,50}$",
    re.IGNORECASE,
)
"""A label pointing to more of the site's news, a place or a subject after it and no full
stop: "More news from Ohio", "Weitere Nachrichten aus Schleswig-Holstein"."""
_FORM_NOTE = re.compile(
    r"^(?:your|deine|ihre|votre|tu|su|il tuo|o seu|seu) (?:e-?mail(?: address)?|e-mail-adresse"
    r"|adresse (?:e-?mail|de messagerie)|(?:direcci\u00f3n de )?correo(?: electr\u00f3nico)?"
    r"|indirizzo e-?mail|endere\u00e7o de e-?mail)\b[^!?]{0,40}\b(?:not be published"
    r"|nicht ver\u00f6ffentlicht|ne sera pas publi\u00e9e|no (?:ser\u00e1|se) publicar\u00e1?"
    r"|publicad[ao]|non sar\u00e0 pubblicato|n\u00e3o ser\u00e1 publicado)\b[^!?]{0,120}$",
    re.IGNORECASE,
)
"""A comment form's note: "Your email address will not be published. Required fields are
marked *" (WordPress', in its translations)."""
_MAX_FORM_LABEL_WORDS = 5
_LABELS = re.compile(
    # a mail's call to pass it on
    r"^(?:(?:forward (?:this (?:e-?mail|newsletter) )?to a friend|(?:an (?:einen|eine) "
    r"(?:freund|freundin) )?weiterleiten|transf\u00e9rer \u00e0 un ami|reenviar a un amigo"
    r"|inoltra a un amico|encaminhar para um amigo)"
    # a button to keep the story for later: "Zur Merkliste hinzufügen", "Add to reading list"
    r"|(?:add to|save to|zur|auf die|ajouter \u00e0|a\u00f1adir a|aggiungi a"
    r"|adicionar (?:a|\u00e0))"
    r" (?:my |mes |mis |la |ai |aos |\u00e0 )?(?:reading list|bookmarks|saved|merkliste|leseliste"
    r"|favoris|favoritos|preferiti|lista de lectura)(?: hinzuf\u00fcgen| setzen)?"
    r"|(?:save|read) (?:for )?later|artikel merken|merken|save|enregistrer|salvar|guardar"
    r"|\u0441\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c"
    # a player's button, with the story's length: "Escuchar", "Écouter (4 min)", "Listen 6:42"
    r"|(?:listen|\u00e9couter|escuchar|ouvir|ascolta|anh\u00f6ren|\u0441\u043b\u0443\u0448\u0430\u0442\u044c)"
    r"(?: (?:to )?(?:this |the )?(?:article|story|l'article|la noticia|o artigo|l'articolo))?"
    r"(?:\s*[(\u00b7-]?\s*\d{1,2}(?::\d\d)?(?: ?min\.?)?\)?)?"
    # a story's label of its sponsor, alone: "Sponsored content", "Contenu sponsorisé"
    r"|(?:sponsored|paid|partner|promoted|branded) (?:content|post|story|article)"
    r"|(?:contenu|contenido|contenuto|conte\u00fado) (?:sponsoris\u00e9|patrocinado"
    r"|sponsorizzato)|gesponserter (?:inhalt|beitrag))\s*$",
    re.IGNORECASE,
)
"""A mail's call to pass it on, a button to keep the story, a story's sponsor label: "Forward
to a friend", "Zur Merkliste hinzufügen", "Sponsored content"."""
_TAGS = re.compile(
    r"^(?:tags|tagged|topics|themen|schlagw\u00f6rter|\u00e9tiquettes|mots-cl\u00e9s|sujets"
    r"|temas|etiquetas|argomenti|tag|t\u00f3picos|assuntos|\u0442\u0435\u0433\u0438"
    r"|\u0442\u0435\u043c\u044b|categor(?:y|ies|ie|ia|\u00edas?|ias?)|cat\u00e9gories?"
    r"|kategorien?|labels|filed under|\u0440\u0443\u0431\u0440\u0438\u043a\u0438)\s*:\s*"
    r"(?:[^\W\d][\w'-]*(?: [\w'-]+){0,2}\s*[,|\u00b7]\s*)+"
    r"[^\W\d][\w'-]*(?: [\w'-]+){0,2}$",
    re.IGNORECASE,
)
"""A story's tags or categories after their label, short names apart by commas: "Tags: ports,
logistics", "Categories: DIY, House"."""
_FEEDBACK = re.compile(
    r"^\W*(?=[^?]*\b(?:this|dieser|diese|dieses|cet|cette|ce|este|esta|esse|essa|questo"
    r"|questa|\u044d\u0442\u0430|\u044d\u0442\u043e\u0442|page|seite|p\u00e1gina|pagina"
    r"|article|artikel|art\u00edculo|articolo|artigo)\b)(?:[^\W\d][\w'\u2019-]*\s+){0,7}?"
    r"(?:helpful|useful|hilfreich|n\u00fctzlich|utile|\u00fatil|\u043f\u043e\u043b\u0435\u0437\u043d\w*)"
    r"(?:\s+[^\W\d][\w'\u2019-]*){0,3}\s*\?$",
    re.IGNORECASE,
)
"""A page's question on itself, over its buttons: "Is this page useful?", "War dieser
Artikel hilfreich?", "¿Te ha resultado útil este artículo?"."""
_CALLS = re.compile(
    # a newsletter's sign-up under its name: "Sign up for Semafor Principals: What …"
    r"^(?:sign up|subscribe|abonnez-vous|suscr\u00edbete|iscriviti|inscreva-se|abonnieren sie"
    r"|\u043f\u043e\u0434\u043f\u0438\u0448\u0438\u0442\u0435\u0441\u044c)(?: now)?"
    r" (?:for|to|\u00e0|a|an|\u043d\u0430)"
    r" (?-i:(?:[A-Z\u00ab\u201c][\w'&.\u00bb\u201d]*|of|the|de|du|la)"
    r"(?: (?:[A-Z\u00ab][\w'&.\u00bb]*|of|the|de|du|la)){0,4})\s*[:\u2013\u2014]\s[^\n]{0,200}$"
    # a reporter's call for tips: "Do you have information about …? Email …"
    r"|^(?:do you have|have you got|got|\u00bftienes|\u00bftiene usted|vous avez|hai)"
    r" (?:any |a |des |una? )?(?:information|info|tips?|a story|knowledge|informaci\u00f3n"
    r"|informations|informazioni|segnalazioni)\b[^?]{0,150}\?\s+(?:email|e-mail|contact|reach"
    r"|write to|send|call|text|message|escr\u00edbenos|\u00e9crivez|scrivi)\b[^\n]{0,150}$"
    # a page's question on a new tool: "We're trying something new. Was it helpful?"
    r"|^(?:[^.!?]{1,60}[.!]\s+)?(?:was|is) (?:it|this|that) (?:helpful|useful)\?$"
    # a recipe page's buttons: "Jump to Recipe", "Print Recipe", "Rate & Review"
    r"|^(?:jump|skip) to (?:the )?(?:recipe|comments|video|reviews?)$"
    r"|^(?:print|pin|save|rate)(?: this)? recipe$|^rate (?:&|and) review$"
    # a newsletter's count of its subscribers: "Thousands of paid subscribers"
    r"|^(?:thousands|hundreds|tens of thousands|over [\d,.]+k?|[\d,.]+k?\+?) (?:of )?(?:paid )?"
    r"subscribers$"
    # a notice's call for condolences: "Lascia un messaggio di cordoglio"
    r"|^(?:leave|lascia|laisser|laissez|deja|dejar|deixe|deixar) (?:un |a |une |tus |sus |suas )?"
    r"(?:messaggio di |message de |mensaje de |mensagem de )?(?:cordoglio|condolences?"
    r"|condol\u00e9ances|condolencias|condol\u00eancias)$"
    r"|^(?:kondolenz (?:schreiben|hinterlassen|eintragen)|jetzt kondolieren)$"
    # a newsletter box's pitch: "Le notizie più importanti della giornata nella tua casella."
    r"|^(?:[^\W\d][\w'\u2019-]*,? ){1,10}(?:in|to|into) your inbox\.?$"
    r"|^(?:[^\W\d][\w'\u2019-]*,? ){1,10}(?:nella tua (?:casella|posta|mail)|dans votre bo\u00eete"
    r"(?: mail| de r\u00e9ception)?|en tu (?:correo|bandeja de entrada)|no (?:seu|teu) e-?mail"
    r"|in (?:ihr|dein) (?:e-mail-)?postfach)\.?$"
    # a label and a call to watch or see more: "VÍDEOS: veja mais notícias de Minas Gerais"
    r"|^(?:v[\u00edi]deos?|fotos|photos|watch|guarda|mira)\s*:\s*(?:veja|assista|see|watch|mira"
    r"|guarda|more|mais|m\u00e1s)\b[^.!?]{0,80}$"
    # a player's label and length: "Audio: 2 Min.", "Video: 1:45 min"
    r"|^(?:audio|video|podcast|listen)\s*:?\s*\d{1,2}(?::\d{2})?\s*(?:min(?:uten|utes?|s)?|sek)\.?$"
    # a page's notice for its scripts: "Please turn on JavaScript to use this feature"
    r"|^please (?:turn on|enable|activate) javascript\b[^.!?]{0,60}\.?$"
    # a mail's length and reading time: "Today's newsletter is 812 words, a 3-minute read."
    r"|^(?:[^.!?]{0,60}?,? )?(?:an? )?\d+[- ]min(?:ute)?s?[- ]read\.?$",
    re.IGNORECASE,
)
"""A site's call to its reader: to sign up for a newsletter it names, to send its reporters
tips, to say whether a tool helped, to use a recipe page's buttons, to leave condolences; a
newsletter's count of subscribers, its length and reading time."""
_ON_ITSELF = re.compile(
    r"^\W*(?:[^\W\d][\w'\u2019-]*\s+){1,6}(?:this|cet|diesen|diesem|dieser|este|esta|questo"
    r"|questa|\u044d\u0442\u0443|\u044d\u0442\u043e\u0439|\u044d\u0442\u043e\u0442)\s+"
    r"(?:article|story|post|page|newsletter|artikel|beitrag|art\u00edculo|noticia|articolo"
    r"|artigo|mat\u00e9ria|\u0441\u0442\u0430\u0442\u044c\w*|\u043d\u043e\u0432\u043e\u0441\u0442\w*)\s*\?$",
    re.IGNORECASE,
)
"""A page's question to its reader on the story itself, its comment box's or its buttons':
"Vous souhaitez réagir à cet article ?", "Did you enjoy this story?"."""
_APPEAL = re.compile(
    # a call to support the site, it or its journalism after the verb: "Support the Guardian",
    # "Sostieni ilfattoquotidiano.it: …", "Unterstützen Sie unabhängigen Journalismus mit …"
    r"^(?:support|sostieni|unterst\u00fctzen sie|unterst\u00fctze|apoie|soutenez"
    r"|\u043f\u043e\u0434\u0434\u0435\u0440\u0436\u0430\u0442\u044c"
    r"|\u043f\u043e\u0434\u0434\u0435\u0440\u0436\u0438\u0442\u0435)\s+"
    r"(?:us|(?-i:[\u00ab\u201e\u201c]?[A-Z\u0410-\u042f][\w.-]*(?: [A-Z][\w.-]*){0,2}"
    r"[\u00bb\u201c\u201d]?)|the (?-i:[A-Z])[\w-]+(?: (?-i:[A-Z])[\w-]+){0,2}"
    r"|[\w-]+\.[a-z]{2,4}|(?:unabh\u00e4ngigen|unseren|independent|our|notre|nosso)"
    r" (?:journalismus|journalism|journalisme|jornalismo))"
    r"(?::\s.{1,160}|\s+(?:mit|with|con|com|avec)\s[^.!?]{1,60})?[.!]?$"
    # or an invitation to: "Si quieres apoyar nuestro periodismo …", "Если вы хотите помочь …"
    r"|^(?:si quieres apoyar|if you (?:want|would like) to support|se vuoi sostenere"
    r"|si vous (?:voulez|souhaitez) soutenir|wenn sie [^.!?]{1,30} unterst\u00fctzen m\u00f6chten"
    r"|\u0435\u0441\u043b\u0438 \u0432\u044b \u0445\u043e\u0442\u0438\u0442\u0435"
    r" \u043f\u043e\u043c\u043e\u0447\u044c) .{1,200}$",
    re.IGNORECASE,
)
"""A site's appeal for its readers' support, in the languages read."""
_NAME = r"(?:[A-Z][a-z'\u2019-]+|[\u0410-\u042f\u0401][\u0430-\u044f\u0451-]+)"
# no accents: "Née Dupuis", "São Paulo" are no writer's; Cyrillic's names: "Анна Кузнецова"
_GIVEN_NAMES = re.compile(rf"^{_NAME}(?: {_NAME}){{1,2}}$")
_MIN_OPENING_WORDS = 12
_NO_NAMES = frozenset(
    {
        "what", "how", "why", "when", "where", "who", "which", "the", "our", "my", "your",
        "about", "breaking", "news", "live", "update", "updates", "exclusive", "analysis",
        "opinion", "review", "editorial", "sponsored", "watch", "listen", "video", "photos",
    }
)  # fmt: skip
"""Words of a heading or a label that no name holds: "What Happened", "Breaking News"."""


def is_frame_line(line: str) -> bool:
    """Whether a stripped line is the story's frame, saying nothing of the story: a byline
    naming no writer, a views disclaimer, a label of more news, a comment form's note, a mail's
    call to forward it, a sponsor's label, a line of tags, a page's question on itself, a
    site's call to sign up, to send tips or to use its buttons."""
    patterns = (_UNSIGNED, _DISCLAIMER, _MORE_NEWS, _FORM_NOTE, _LABELS, _TAGS, _FEEDBACK)
    return any(pattern.match(line) for pattern in (*patterns, _ON_ITSELF, _APPEAL, _CALLS))


def is_tags_line(line: str) -> bool:
    """Whether a stripped line is a story's tags or categories after their label, short names
    apart by commas ("Tags: walls, stone, garden", "Categories: DIY, House"): filing, not read."""
    return bool(_TAGS.match(line))


def without_comment_form(groups: list[list[str]]) -> list[list[str]]:
    """`groups` less a comment form's label, a short line alone with no full stop over the
    form's note ("Leave a Reply", "Deixe um comentário"): alone, the words are also a story's
    ("Leave a reply" ends a letter's sentence), so only the note under them tells them."""
    kept: list[list[str]] = []
    for group in groups:
        lines = [line.strip() for line in group if line.strip()]
        if lines and _FORM_NOTE.match(lines[0]) and kept and _is_form_label(kept[-1]):
            kept.pop()
        kept.append(group)
    return kept


def _is_form_label(group: list[str]) -> bool:
    lines = [line.strip() for line in group if line.strip()]
    return (
        len(lines) == 1
        and len(lines[0].split()) <= _MAX_FORM_LABEL_WORDS
        and not lines[0].endswith((".", "!", "?"))
    )


def is_name_over_opening(line: str, rest: list[str]) -> bool:
    """Whether `line`, the first under the title, is two or three names alone in their block
    over the story's first paragraph: the writer's, with no "By" ("Priya Nair" over "The
    Saturday farmers market will move …"). A heading's words ("What Happened") or the
    paragraph's own ("Stack Exchange Network" over "Stack Exchange network consists of …")
    are no names."""
    if not rest or rest[0].strip() or not _GIVEN_NAMES.match(line):
        return False
    first = next((x.strip() for x in rest if x.strip()), "")
    words = {word.lower() for word in line.split()}
    named = not words & _NO_NAMES and not words & set(first.lower().split())
    return named and len(first.split()) >= _MIN_OPENING_WORDS and first[-1] in '."\u201d'

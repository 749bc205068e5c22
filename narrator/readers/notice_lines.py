"""Lines of a site's or a mail's own in the shapes and languages the other rules do not cover, told
by their words (`narrator.readers.outlet_lines` asks here): a page's print, back-to-top and
recommend buttons in the other languages ("Drucken", "Nach oben", "Diese Seite empfehlen",
"Версия для печати"), a radio's or podcast's player and appeal ("Listen live", "00:00 / 48:12",
"Slow Streets is listener-supported. …"), a forum post's buttons ("Citar", "Zitieren"), a
donation's button alone ("Donate now"), a mail's frame in Italian, French, Spanish, Portuguese
and German ("Se non visualizzi correttamente questa email, clicca qui", "Hai ricevuto questa
email perché …", "Per cancellarti clicca qui"), a sponsor's line under a show's notes or a
club's report ("This episode is sponsored by …"), the footer of a charity or a company ("… is a
registered charity in England and Wales (No. 1098765).", "… Ltd. Registered in England and Wales
No. 2366678"), a council report's contact ("Contact officer: …"), a recipe's buttons and call in
the other languages ("Zum Rezept springen", "Hast du das Rezept ausprobiert? …"); and the labels
over a box of related or other stories in French, Portuguese, Italian, Spanish, German and
Russian ("Voir aussi", "Notícias relacionadas", "Другие новости"), which lead the headlines
under them.
"""

from __future__ import annotations

import re

__all__ = ["is_notice_lead", "is_notice_line"]

_LINE = re.compile(
    r"^(?:"
    # a page's buttons: print, back to the top, recommend the page; a forum post's quote button
    r"drucken|imprimir|stampa|печать|распечатать|nach oben|back to top|haut de (?:la )?page"
    r"|retour en haut(?: de (?:la )?page)?|volver arriba|ir arriba|torna su|voltar ao topo"
    r"|наверх|(?:diese )?seite (?:empfehlen|weiterempfehlen)|recommend this page"
    r"|citar|zitieren|citer|cita|quote|reply|responder|antworten|r\u00e9pondre|rispondi"
    # a radio's and a podcast's player: its buttons, its times ("00:00 / 48:12"), its appeal
    r"|listen live|\d{1,2}:\d{2}(?::\d{2})? ?/ ?\d{1,2}:\d{2}(?::\d{2})?(?: ?(?:download|play"
    r"|pause|\d(?:[.,]\d+)?x))*"
    r"|[^.!?]{1,40} is (?:listener|reader|viewer|member)[- ]supported\b.{0,160}"
    r"|versi(?:on|\u00f3n) (?:for printing|para imprimir)|версия для печати|druckversion"
    # a donation's button alone (a sentence asking to give stays)
    r"|(?:donate|give)(?: now| today)|donate|jetzt spenden|faire un don|donar(?: ahora)?"
    r"|dona ora|doe agora"
    # a mail's frame in the other languages: its link to the web version, why it was received,
    # how to stop it
    r"|having trouble (?:viewing|reading|seeing) this (?:e-?mail|newsletter|message)\?.{0,60}"
    r"|(?:e-?mail|newsletter) not displaying (?:correctly|properly)\?.{0,60}"
    r"|si ce (?:message|mail|e-?mail|courriel) ne s'affiche pas\b.{0,60}"
    r"|(?:wird )?(?:diese|der) (?:e-?mail|newsletter) nicht (?:richtig|korrekt) angezeigt\?.{0,60}"
    r"|si no (?:ves|puedes ver) bien este (?:correo|e-?mail|mensaje)\b.{0,60}"
    r"|caso n\u00e3o (?:consiga )?visualiz\w+ (?:corretamente )?(?:esta|este) (?:mensagem|e-?mail"
    r"|newsletter)\b.{0,60}|para deixar de receber\b.{0,100}"
    r"|firma autografa sostituita a mezzo stampa\b.{0,120}"
    r"|se non visualizzi (?:correttamente )?(?:questa|la) (?:e-?mail|newsletter|comunicazione)"
    r"\b.{0,60}"
    r"|si vous ne (?:parvenez|r\u00e9ussissez) pas \u00e0 (?:lire|voir|visualiser)\b.{0,80}"
    r"|si no (?:puedes|ves|visualizas) (?:ver )?(?:correctamente )?(?:este|el) (?:correo|e-?mail"
    r"|mensaje|bolet\u00edn)\b.{0,60}|(?:wenn|falls) (?:diese|der) (?:e-?mail|newsletter) nicht"
    r" (?:richtig|korrekt) angezeigt wird\b.{0,60}|visualizar (?:no|em seu|no seu) navegador"
    r"|hai ricevuto questa (?:e-?mail|newsletter|comunicazione)\b.{0,200}"
    r"|vous (?:recevez|avez re\u00e7u) (?:cet|ce|cette) (?:e-?mail|courriel|message|newsletter"
    r"|lettre)\b.{0,200}|(?:recibes|has recibido) este (?:correo|e-?mail|mensaje|bolet\u00edn)"
    r"\b.{0,200}|(?:voc\u00ea )?(?:est\u00e1 recebendo|recebeu) (?:este|esta) (?:e-?mail"
    r"|newsletter|boletim)\b.{0,200}"
    r"|per cancellarti\b.{0,60}|disiscriviti\b.{0,40}|se d\u00e9sinscrire\b.{0,40}"
    r"|darte de baja\b.{0,40}|descadastr\w+\b.{0,40}|newsletter abbestellen"
    # a sponsor's line under a show's notes, a newsletter or a club's report
    r"|(?:este|cet|questo) (?:episodio|\u00e9pisode|epis\u00f3dio|programa|podcast)"
    r" (?:est\u00e1|est|\u00e8|\u00e9) (?:patrocinado|sponsoris\u00e9|sponsorizzato"
    r"|pr\u00e9sent\u00e9) (?:por|par|da)\b.{0,200}"
    r"|diese folge wird (?:pr\u00e4sentiert|unterst\u00fctzt) von\b.{0,200}"
    r"|(?:esc\u00fachalo|esc\u00fachanos|\u00e9coutez|ascolta|ou\u00e7a|h\u00f6ren sie)"
    r"(?: (?:en|sur|su|em|auf|bei))?[^.!?]{0,60}(?:spotify|apple podcasts|ivoox|deezer)"
    r"[^.!?]{0,60}"
    r"|plan (?:your|a) (?:journey|trip)|report a problem with this page|fehler melden"
    r"|was this (?:page |article )?(?:helpful|useful)\? ?(?:yes ?[/|]? ?no)?"
    r"|signaler une erreur|segnala un errore"
    r"|(?:this|today[\u2019']s|this week[\u2019']s) (?:episode|podcast|show|newsletter|edition"
    r"|issue|report|post|video)(?: of [^.!?]{1,40})? is (?:sponsored|brought to you|presented"
    r"|supported|made possible) by\b.{0,200}"
    # a charity's or a company's footer
    r"|[^.!?]{1,80} is a registered charity\b.{0,160}|registered charity (?:no\.?|number)\b.{0,80}"
    r"|[^.!?]{1,60}\b(?:ltd|limited|plc)\.?,? registered (?:in|office)\b.{0,120}"
    # a council report's contact
    r"|(?:contact officer|report author)s?\s*:.{1,120}"
    # a recipe's buttons and call in the other languages
    r"|ir a la receta|aller \u00e0 la recette|zum rezept(?: springen)?|vai alla ricetta"
    r"|saltar para a receita|rezept drucken|imprimir (?:la )?receta|stampa (?:la )?ricetta"
    r"|\u00bfhas (?:hecho|preparado|probado) esta receta\?.{0,80}"
    r"|vous avez test\u00e9 cette recette.{0,80}|hai provato questa ricetta\?.{0,80}"
    r"|hast du (?:das|dieses|mein) rezept (?:ausprobiert|nachgemacht|nachgebacken)\?.{0,100}"
    r")$",
    re.IGNORECASE,
)
"""A line of the site's or the mail's, clutter by itself."""
_LEAD = re.compile(
    r"^(?:(?:\u00e0 )?voir aussi|not\u00edcias relacionadas|mat\u00e9rias relacionadas"
    r"|articles? (?:li\u00e9s|similaires)|notizie correlate|articoli correlati"
    r"|art\u00edculos relacionados|entradas relacionadas|\u00e4hnliche artikel"
    r"|похожие (?:записи|новости|статьи)|related posts|contact officers?|report authors?"
    r"|другие новости|other news|autres actualit\u00e9s|otras noticias|altre notizie"
    r"|outras not\u00edcias|weitere (?:nachrichten|meldungen))"
    r"\s*:?\s*$",
    re.IGNORECASE,
)
"""A label that leads a box of clutter: it and the short lines under it go."""


def is_notice_line(line: str) -> bool:
    """Whether a stripped line is a site's or a mail's, clutter by itself ("Drucken", "Per
    cancellarti clicca qui", "This episode is sponsored by …")."""
    return bool(_LINE.match(line))


def is_notice_lead(line: str) -> bool:
    """Whether a stripped line leads a box of clutter ("Voir aussi", "Notícias
    relacionadas")."""
    return bool(_LEAD.match(line))

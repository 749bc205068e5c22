"""Lines of a site's own that a select-all paste brings with the story: a public body's
page frame and footer ("Home \u203a Council news \u203a Environment", "Was this page helpful?",
"Page last updated: 4 December 2026"), a food blog's recipe buttons ("Jump to Recipe  Print
Recipe", "Rate this recipe"), a newsletter's sponsor label and referral lines ("TOGETHER WITH
LEDGERLY", "Share the Brew"), a comment count ("125 Postings"), labels in Russian ("Читайте
также:", "Поделиться"), a forum's path to a thread ("Gardening \u203a Harvest & storage"), a
release's contact for the press ("For more information contact the press office on …"), a
page's question on itself ("Cet article vous a été utile ?"), its date ("Content current as of")."""

from __future__ import annotations

import re

from narrator.readers.networks import agency_alternation, network_alternation
from narrator.readers.outlet_lines import is_outlet_lead, is_outlet_line, without_writer_cards
from narrator.readers.page_lines import is_footer_address
from narrator.readers.promo_lines import is_box_label
from narrator.readers.pull_quotes import without_pull_quotes
from narrator.readers.stamps import is_dated_head, is_stamp
from narrator.readers.threads import with_posters
from narrator.readers.way_lines import is_page_path, is_way_lead

__all__ = ["is_site_frame", "is_site_lead", "is_site_line", "without_inserts"]

_HOME = r"(?:home|homepage|startseite|accueil|inicio|in\u00edcio|главная)"
_BREADCRUMBS = re.compile(
    rf"^{_HOME}\s*(?:[\u203a\u00bb>/|]\s*[^\u203a\u00bb>/|.!?]{{1,40}}?\s*){{1,6}}$", re.I
)
"""A page's path from its home page: "Home / News / 2026 / December", "Home \u203a Council news"."""
_BUTTONS = re.compile(
    r"jump to (?:recipe|video)|print(?: recipe)?|pin(?: recipe| it)?|save(?: recipe)?"
    r"|rate (?:this )?recipe|share(?: recipe)?|email|facebook|x|linkedin|whatsapp|listen"
    r"|\d{1,3} min(?: read| listen)?",
    re.I,
)
_BUTTON_GAP = re.compile(r"\s{2,}|\s*[|\u00b7\u2022]\s*")
_MAX_BUTTONS_CHARS = 80
_SHARE_NAMES = network_alternation("e-?mail", "tumblr", share=True)
"""A share row's buttons: the networks a link is shared to, and mail."""
_LINE = re.compile(
    r"^(?:page last (?:updated|reviewed|modified)\b[^.!?]{0,40}"
    r"|(?:did you (?:make|try) this(?: recipe)?\?|tried this recipe\?).{0,80}"
    r"|you (?:currently )?have \d+ referrals?\b.{0,100}|click to share|rate (?:this )?recipe"
    r"|find out more(?: about [^.!?]{1,60})?\.?"
    r"|\d[\d.,]* (?:postings?|kommentare|comments|commentaires|comentarios|commenti"
    r"|coment\u00e1rios|комментари\w*):?"
    r"|(?:комментарии|kommentare|commentaires|comentarios|commenti|coment\u00e1rios) \(\d+\)"
    r"|assine(?: j\u00e1)?(?: (?:a|o) [\w ]{1,25})?|abonnez-vous|subscrever|partilhar"
    # a paper's lines: heise's "Kommentare lesen (12 Beiträge)", La Nación's "Conforme a los
    # criterios de" over "The Trust Project", Vedomosti's "Сюжет: …"
    r"|kommentare lesen(?: \(\d+ beitr\u00e4ge\))?|conforme a los criterios de|the trust project"
    r"|сюжет:\s*[^.!?]{1,60}"
    # a paper's offer of a trial under its paywall: "Bestens informiert mit SZ Plus \u2013 4 Wochen
    # kostenlos zur Probe lesen. Jetzt bestellen", "Try 4 weeks for $1"
    r"|.{0,60}\b(?:\d+ (?:wochen|monate) (?:kostenlos|gratis|f\u00fcr)|(?:try|get) \d+ (?:weeks?"
    r"|months?) (?:free|for))\b.{0,60}"
    # a live page's writer of an entry: "From CNN's Jane Doe"
    r"|from (?-i:[A-Z][\w.&-]*)['\u2019]s (?-i:[A-Z][\w'-]+(?: [A-Z][\w'-]+){1,2})"
    # a newsletter's sponsor's message in a paragraph of its own: "A message from Northwind
    # Energy: …"; a comments link; a post's translate button
    r"|a message from [^:.!?]{2,40}:.{0,300}|view (?:\d+ )?comments?|translate|see translation"
    # a blog's boxes in plain text ("Like this:" over "Like Loading..."), a mail's imprint, a
    # forum's sorting, a post's fold, a notice's link for condolences
    r"|like loading\.{0,3}|impressum\b.{0,160}|sort by:?(?: \w+)?"
    r"|thanks for reading[!.]?(?: (?:we['\u2019]ll )?see you [^.!?]{1,30}[.!])?"
    # a link to the story's video, an app's link, a writer's name and day closing the story
    r"|guarda il video|watch the video|regardez la vid\u00e9o|mira el v\u00eddeo"
    r"|sehen sie das video"
    # a newsletter's paywall: "Keep reading with a 7-day free trial", "Subscribe to … to keep …"
    r"|keep reading with a \d+-day free trial"
    r"|subscribe to [^.!?]{1,40} to keep reading this post\b.*"
    r"|(?-i:VID[\u00c9E]O)\. [^.!?]{1,80}|read more on the [\w ]{2,30} app"
    r"|\((?-i:[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,2}), \d{1,2}\.\s?\d{1,2}\.\s?\d{4}\)"
    r"|show more|mehr anzeigen|afficher plus|mostrar m\u00e1s|ver mais|mostra altro"
    r"|condol[\u00e9e]ances? (?:sur|on|at) \S+"
    # a site's note on the links it gives, its newsletter's call, its comments' links, its
    # rights' sale, a player's loading, a mail's note that it was forwarded and its footer
    r"|(?:the )?[\w ]{2,30} is not responsible for the content of external (?:internet )?sites\.?"
    r"|subscribe to [^.!?:]{1,60} newsletter\b[^.!?:]{0,60}\.?|ir a los comentarios"
    r"|rellena tu nombre y apellido para comentar"
    r"|hier k\u00f6nnen sie die rechte an diesem artikel erwerben\.?"
    r"|(?:loading|caricamento|chargement|cargando|carregando|wird geladen)(?:\.{3}|\u2026)?"
    r"|was this (?:e-?mail|newsletter) forwarded to you\?.{0,60}"
    r"|update your (?:e-?mail )?preferences\b.{0,80}"
    # a paper's gift and share buttons, its newsletter's box, a post's tags and comments' link
    r"|artikel verschenken|partager l'article|recib[i\u00ed] en tu (?:mail|correo)\b.{0,80}"
    r"|newsletter(?-i: [A-Z\u00c0-\u00dd][\w\u00e0-\u00ff]+){1,3}|(?:#[^\W\d_][\w-]*\s*){2,}"
    r"|view all \d[\d,.]* comments"
    # a transcript's sound between brackets: "[Música]", "[Laughter]", "[Applaus]"
    r"|\[(?:m\u00fasica|music|musik|musique|musica|risas|laughter|laughs|lachen|rires|risate"
    r"|applause|aplausos|applaus|applaudissements|inaudible|crosstalk|silence|silencio)\]"
    # a mail's note that it was forwarded, in French, Spanish and German
    r"|on vous a transf\u00e9r\u00e9 (?:cette|ce) [\w -]{1,20}\?.{0,60}"
    r"|(?:te|le) (?:han|ha) reenviado este [\w -]{1,20}\?.{0,60}"
    r"|(?:wurde )?(?:dir|ihnen) (?:dieser|diese) [\w -]{1,20} weitergeleitet.{0,60}"
    # a page's way back, and a release's number ("Pressemitteilung Nr. 142/2026")
    r"|zur\u00fcck zur (?:\u00fcbersicht|startseite)|back to (?:overview|all news|news)"
    r"|retour \u00e0 la liste|(?:press release|pressemitteilung|communiqu\u00e9|nota de prensa)"
    r" (?:nr|no|n\u00b0|n\u00fam)\.? ?\d+(?:/\d+)?"
    # a page's buttons: "Artikel teilen", "Seite drucken", "Partager cette page"
    r"|(?:artikel|seite) (?:teilen|drucken)|print (?:this )?page|imprimer(?: la page| la recette)?"
    r"|partager (?:cette page|cet article)|compartir (?:esta p\u00e1gina|este art\u00edculo)"
    r"|read online|view online|refer a friend\b.{0,80}|receba no seu e-?mail"
    r"|фото: .{1,60}|читайте [\w ]{1,20} в (?:telegram|дзене|vk)"
    # a blog platform's lines (Substack's): "Subscribe to The Price Desk", "42 Likes"
    r"|subscribe to [\w .'&-]{1,40}|launched \d+ (?:years?|months?|days?) ago|upgrade to paid"
    r"|\d[\d.,]*k? (?:likes?|restacks?|shares?)|discussion about this post"
    # a cookie banner and a site's footer links
    r"|cookies on .{1,60}|we use (?:some )?(?:essential |necessary )?cookies\b.{0,200}"
    r"|(?:accept|reject)(?: all| additional| optional)? cookies|view cookies"
    r"|cookie (?:settings|preferences|policy)|contact us|privacy (?:notice|policy)"
    r"|accessibility(?: statement)?|terms (?:and|&) conditions|sitemap"
    # a release's label in the other languages, and its press office over its address
    r"|comunicato stampa|communiqu\u00e9 de presse|nota de prensa|comunicado de imprensa"
    # a paper's lines: an agency's (dpa's "dpa-infocom, dpa:261205-930-123456/1", "Mit
    # Material von SDA") and its call to follow it or to comment
    r"|dpa-infocom\b.{0,60}|mit material (?:von|der) [\w/ ,.-]{2,40}|diskutieren sie mit"
    r"|sigue (?:toda )?la informaci\u00f3n de .{1,120}|newsletter|abmelden|se d\u00e9sabonner"
    r"|darse de baja|cancelar (?:la )?suscripci\u00f3n|annulla (?:l')?iscrizione"
    r"|(?:media |press )?contacts?\s*:\s*(?:[^@]{1,80}@\S+|[^.!?]{1,60}?\+?\d[\d ().-]{8,}\d)"
    r"|partager (?:la|cette) page|\d+ (?:replies|antworten|r\u00e9ponses|respuestas|risposte)"
    # an Italian agency's desk and its wire's footer: "Red-Mar", "(RADIOCOR) 05-12-26 17:45:12
    # (0412) 5 NNNN"
    r"|red[-/][a-z]{2,4}(?:[-/][a-z]{2,4})*|\((?-i:[A-Z]{3,12})\) \d{2}-\d{2}-\d{2} \d{2}:\d{2}.*"
    # a newsletter's note to who was sent it, Le Monde's link to reuse a story, a release's
    # pictures to download ("Bildmaterial: … zum Download bereit."), an agency's end marks
    r"|se qualcuno ti ha inoltrato questa (?:e-?mail|newsletter).{0,80}|r\u00e9utiliser ce contenu"
    r"|(?:bildmaterial|pressefotos?|fotos?|photos?)\s*:.{0,200}\b(?:download|herunterladen)\b.{0,60}"
    r"|(?-i:[A-Z]{2,4}(?: // [A-Z]{2,4})+)|lusa/fim"
    # a US government site's banner
    r"|an official website of the [\w .-]{1,60}|here[\u2019']s how you know"
    r"|поделиться|реклама|комментарии|подписывайтесь\b.{0,60}|новости (?:\u0441ми2|партн[её]ров)"
    # a share label with its networks' names ("Compartir en: Facebook Twitter LinkedIn"), or
    # their row alone, and a newsletter's call to pass it on
    r"|(?:share|compartir|partager|teilen|condividi|compartilhar|partilhar)(?: (?:en|on|sur|auf|by"
    rf"|su|em|no|via))?\s*:?(?:[\s,|\u00b7\u2022]*(?:{_SHARE_NAMES}))*"
    rf"|(?:(?:{_SHARE_NAMES})[\s,|\u00b7\u2022]*){{2,}}"
    r"|(?:diesen |this |share this )?newsletter (?:weiterempfehlen|empfehlen|teilen|with a friend)"
    # a paper's call for letters under an opinion piece (the Guardian's)
    r"|do you have an opinion on the issues raised in this article\?.{0,300}"
    # an agency's name alone closing its story: "(ANSA).", "(dpa)"
    r"|\((?:[A-Z]{2,6}|[A-Z][a-z]+ ?[A-Z]{2,6}|dpa|Reuters|Lusa|Efe)\)\.?"
    # a syndicated story's link to its source: "Leggi l'articolo completo su ANSA.it"
    r"|(?:leggi l'articolo completo|lire l'article (?:complet|original)|read the full (?:article"
    r"|story)|continua(?: a leggere)?|lea (?:el art\u00edculo|la noticia) completa?"
    r"|leia a (?:mat\u00e9ria|not\u00edcia)"
    r" completa) (?:su|sul|sulla|sur|on|at|en|no|na) [\w.' -]{2,40}"
    # a link to the section's page: "Tutte le notizie di Milano", "All the latest from Wales"
    r"|(?:tutte le notizie di|toutes les (?:actualit\u00e9s|infos) d[eu']|todas las noticias de"
    r"|all the latest (?:news )?from|more (?:news )?from|alle nachrichten (?:aus|zu))"
    r" ?[\w' -]{2,30}"
    # a paper's name with its agency alone, closing the story: "Le Monde avec AFP"
    rf"|[A-Z][\w' ]{{1,30}} (?:avec|with|mit|con) (?:{agency_alternation()})"
    # an article's audio player and its times, a paywall's note on what is left
    r"|\u00e9couter cet article|artikel anh\u00f6ren|escuchar (?:este art\u00edculo|la noticia)"
    r"|ouvir (?:este artigo|a not\u00edcia)|\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}"
    r"|cet article est r\u00e9serv\u00e9 aux abonn\u00e9s\.?"
    r" il vous reste \d+ ?% \u00e0 d\u00e9couvrir\.?"
    # Sky's note over its video, a blog's line of its categories ("Posted in Bees, Garden |
    # 3 Comments")
    r"|please use (?:the )?chrome browser for a more accessible video player"
    r"|(?:posted|filed) (?:in|under) [^.!?|]{1,80}(?:\|\s*(?:\d+ comments?|leave a comment))?"
    # a questions and answers site's lines: "Asked 3 years ago", "Viewed 45k times"
    r"|(?:asked|modified|active) \d+ (?:years?|months?|days?|hours?|mins?) ago"
    r"|viewed [\d.,]+k? times"
    r"|improve this (?:question|answer)|\d+ answers?|(?:answered|asked|edited) \w{3} \d{1,2}"
    r"(?:, \d{4})? at \d{1,2}:\d{2}"
    # a release's issuer and kind under its title ("From: Indigenous Services Canada", "News
    # release"), an agency's initials and names closing a story ("mst/dpa/Reuters")
    r"|from: [A-Z][^.!?:]{2,60}|(?:news|press|media) release"
    r"|(?-i:[a-z]{2,5}(?:/(?:[a-z]{2,5}|AFP|AP|Reuters|KNA|epd|SID|APA))+)"
    # a release's contact for the press: "For more information contact the press office on
    # 01234 567890 or press@westbridge.ac.uk."
    r"|(?:for (?:more|further) information|(?:for )?(?:media|press) (?:enquiries|inquiries))"
    r"[,:]? (?:please )?(?:contact|call|e-?mail)\b[^!?]{0,140}(?:\d{3,}|@[\w.-]+\.[a-z]{2,})\.?"
    # a page's question on itself, the call under it on its line: "Cet article vous a été
    # utile ? Sachez que vous pouvez suivre Ouest-France …"
    r"|(?:was this (?:article|story|page) (?:helpful|useful)|war dieser artikel hilfreich"
    r"|cet article vous a(?:-t-il)? \u00e9t\u00e9 utile|\u00bfte ha (?:sido|resultado) \u00fatil"
    r"(?: este art\u00edculo| esta noticia)?|questo articolo ti \u00e8 stato utile"
    r"|este artigo foi \u00fatil) ?\?.{0,160})$",
    re.IGNORECASE,
)
"""A line of the site's, clutter by itself."""
_DISCLOSURE = re.compile(
    r"^this (?:post|page|article|recipe|guide) (?:may )?contains? affiliate links\b", re.I
)
_MAX_DISCLOSURE_WORDS = 40
_LEAD = re.compile(
    r"^(?:was this (?:page |article |information )?(?:helpful|useful)\?|share (?:the|our) \w+"
    r"|mir\u00e1 tambi\u00e9n|читайте также|смотрите также|по теме|читать (?:ещ[её]|также)"
    r"|passend zum (?:artikel|thema)|share this|like this|related|related internet links"
    r"|(?:media|press) (?:enquiries|inquiries)|zum weiterlesen"
    r"|newsletter(?-i: [A-Z\u00c0-\u00dd][\w'\u2019\u00e0-\u00ff]*)"
    r"(?: [\w'\u2019\u00e0-\u00ff]+){0,4}"
    r"|pour aller plus loin"
    r"|originalpublikation|original publication|publication originale|associated links"
    # a newsletter's contents over its stories: "In today's edition:"
    r"|in (?:today[\u2019']s|this) (?:edition|issue|newsletter)|inside today[\u2019']s issue"
    r"|dans cette \u00e9dition|en esta edici\u00f3n|in dieser ausgabe)\s*:?\s*$"
    r"|^(?:kontakt|contacto|contatto|contato|контакты|media|press|investors?)\s*:\s*$"
    r"|^sie erhalten diese(?:n)? (?:newsletter|e-mail)\b"
    # a desk's line over its outlet and stamp (franceinfo's), a named newsletter's sign-up box
    r"|^article r\u00e9dig\u00e9 par\b.{1,60}$"
    r"|^sign up to(?-i: (?:[A-Z][\w'\u2019]*|to|the|of|and)){1,5}$"
    r"|^(?:ufficio stampa|pressestelle|service de presse|gabinete de prensa|oficina de prensa"
    r"|assessoria de imprensa|press office|contactos? (?:para (?:a )?|de )imprensa"
    r"|contacto para (?:medios|prensa)|contact (?:presse|m\u00e9dias))\s*:?\s*$",
    re.IGNORECASE,
)
"""A line that leads clutter: it and the short lines under it go."""
_STORY_LEAD = re.compile(
    r"^(?:most (?:read|popular|viewed)\b|news provided by\b|(?:media|press|investor) contacts?\s*:"
    r"|related (?:stories|coverage|articles|topics|content)\s*:?\s*$|to contact the\b"
    r"|archivado en\s*:?\s*$|artikel h\u00f6ren(?: player schlie\u00dfen)?\s*$|video ad feedback$"
    r"|story source\s*:|cite this (?:page|article)\s*:|related (?:stories|articles) from\b"
    r"|explore more on (?:these|this) topics?\b|more (?:from|on) this (?:topic|story)\s*$"
    r"|read more from [\w .'&-]{1,40}:?\s*$|trending(?: now| stories)?\s*$"
    # a press office's name over its phone and mail: "Ufficio Stampa Comune di Bergamo"
    r"|our mailing address is\s*:\s*$|(?:ufficio stampa|press office|pressestelle"
    r"|service de presse|gabinete de prensa|assessoria de imprensa|пресс-служба)\b[^.!?:]{0,60}$"
    r"|(?:contacts?|kontakt|contactos?|contatos?|contatti"
    r"|\u043a\u043e\u043d\u0442\u0430\u043a\u0442\u044b)\s*:?\s*$"
    r"|recommended\s*$|(?:noticias? relacionadas?|mehr zum thema|lesen sie (?:auch|mehr)"
    r"|para m\u00e1s informaci\u00f3n|pour (?:plus d'informations|en savoir plus)"
    r"|weitere informationen|legal disclaimer|pressekontakt|contact presse|contacto de prensa"
    r"|(?:\u00e0 )?lire aussi|sur le m\u00eame sujet"
    r"|lee tambi\u00e9n|te puede interesar|veja tamb\u00e9m|leia tamb\u00e9m|leggi anche|vedi anche"
    r"|read more|also read|read also|leer m\u00e1s|mehr lesen|leia mais|veja mais"
    r"|for (?:more|further) information(?:,? please contact)?|m\u00e1s informaci\u00f3n"
    # the site's picks: "Te recomendamos", "Wir empfehlen", "Рекомендуем"
    r"|te (?:recomendamos|sugerimos)|recomendamos para voc\u00ea|ti consigliamo|wir empfehlen"
    r"|nous vous recommandons|\u0440\u0435\u043a\u043e\u043c\u0435\u043d\u0434\u0443\u0435\u043c"
    r"|weitere themen|themen|t\u00f3picos|temas|argomenti|sujets|topics|tags|etiquetas"
    r"|\u00faltimas not[\u00edi]cias|schlagw\u00f6rter|mots-cl\u00e9s|теги)\s*:?\s*$"
    r"|unlock the editor[\u2019']s digest\b|(?:about the authors?|sobre la firma)\s*$"
    r"|in this (?:article|story)\s*:\s*$|from\s*:\s*$|share this page\s*$"
    r"|is this page useful\?"
    r"|listen to this (?:article|story)\b[^!?]{0,20}$"
    r"|sign up (?:to|for) (?:our|the) [\w ]{0,40}newsletters?\s*$"
    r"|you(?:'re| are)? receiv(?:ed|ing) this (?:email|newsletter))",
    re.IGNORECASE,
)
"""A line that leads a block of clutter in a story ("Most read", "Media contact:", "Related
stories"): it and the lines under it go."""
_AD_LABEL = re.compile(
    r"^(?:anzeige|werbung|publicidad|publicit\u00e9|pubblicit\u00e0|publicidade|реклама|gesponsert"
    r"|sponsored(?: content)?|patrocinado|sponsorisé|paid post|promoted|partner content)\s*:?$",
    re.IGNORECASE,
)
"""An ad's label in the block of its ad ("ANZEIGE" over "Jetzt Probe fahren: …"); alone in its
block, "Anzeige" is a web page's placeholder over the story's next paragraph, which stays."""
_SPONSOR = re.compile(
    r"^(?:together with|presented by|sponsored by|brought to you by|in partnership with"
    r"|a message from)\s+[^\W\d][^.!?()\d]{0,40}$|^(?:sponsored|sponsor|partner content)\s*:?$",
    re.IGNORECASE,
)
"""A newsletter's label over its sponsor's paragraph: "TOGETHER WITH LEDGERLY"."""
_MAX_SPONSOR_WORDS = 80
_DATED = re.compile(
    r"^(?:(?:page )?last (?:reviewed|updated|modified)|release date|publication date|issued"
    r"|next review due|date (?:published|issued|of release)|erscheinungsdatum|date de publication"
    r"|content current as of"
    r"|fecha de publicaci\u00f3n|(?P<place>(?-i:[A-Z\u00c0-\u00dd])[\w'\u2019-]*(?: (?:(?:de|del"
    r"|la|le|am|an|on|upon|sur|di|da|do|of) )?(?-i:[A-Z\u00c0-\u00dd])[\w'\u2019-]*){0,3}))"
    r"\s*[:,]\s*(?P<stamp>.{4,40})$",
    re.IGNORECASE,
)
"""A label over a date ("Release Date: December 5, 2026", "Last Reviewed: …"), or a release's
place and date over its title ("Lyon, le 5 décembre 2026")."""
_PLACE_DATE = re.compile(
    r"^[A-Z\u00c0-\u00dd][\w'\u2019-]+(?: [A-Z\u00c0-\u00dd][\w'\u2019-]+)?,\s*"
    r"(?:le |el |den |am )?\d{1,2}\.?(?: de)? [^\W\d]+\.?(?: de)? \d{4}$"
)
"""A release's place and date on their line: "Madrid, 5 de diciembre de 2026", "Lyon, le 5
décembre 2026", "Berlin, 5. Dezember 2026"."""
_TAIL = re.compile(
    r"(?:^|(?<=[.!?\"\u201d] ))(?:"
    # "For more information, visit www.northwindenergy.com.", after a release's last sentence
    r"(?:for (?:more|further) information|to learn more|learn more)[^.!?]{0,30}?"
    r"\b(?:visit|go to|see)\s+(?:https?://)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?\.?"
    # a paper's bookshop after a review's last line: "To support the Guardian and Observer,
    # order your copy at guardianbookshop.com. Delivery charges may apply."
    r"|(?:to support [^.!?]{1,60}, )?(?:order|buy) (?:your|a) copy (?:at|from) [\w.-]+\.[a-z]{2,}"
    r"(?:\. (?:delivery|p&p|postage) charges may apply)?\.?"
    # a newsletter's note that it may have been forwarded, after its greeting's sentence
    r"|\((?:was this (?:e-?mail|newsletter) forwarded to you|forwarded this (?:e-?mail|newsletter))"
    r"\?[^()]{0,60}\)"
    # the editor's initials and the day after a story's last sentence: "(ans, 5.12.2026)"
    r"|\((?:[A-Za-z]{2,5}(?:/[A-Za-z]{2,5})*), \d{1,2}\.\s?\d{1,2}\.\s?\d{4}\)"
    # an agency's marks of the pictures and video that go with the story: "(Foto) (Vídeo)"
    r"|(?:\((?:fotos?|v\u00eddeo|video|audio|infograf\u00eda|galer\u00eda)\)\s*)+)\s*$",
    re.IGNORECASE,
)
"""What closes a paragraph but is no part of it."""
_MENU_GAP = re.compile(r"\s{2,}|\s+[|\u00b7\u2022]\s+")
_MENU_ITEM = re.compile(r"[A-Z][\w&'-]*(?: (?:&|[^\W\d_][\w'-]*)){0,3}")
"""A menu's link: a capital's word, up to three words after it, no figure ("Find a Park",
"Bins and recycling", "Council tax")."""
_MIN_MENU_ITEMS = 3
_MAX_AGENCY_CHARS = 30
_DATELINE_CHARS = 60


def is_site_line(line: str) -> bool:
    """Whether a stripped line is the site's, clutter by itself."""
    if " Quelle: " in line and is_stamp(line.split(" Quelle: ")[0]):
        return True  # "Aktualisiert am 5. Dezember 2026, 14:32 Uhr Quelle: ZEIT ONLINE, dpa"
    if _BREADCRUMBS.match(line) or _LINE.match(line) or _is_dated(line, place=False):
        return True
    if "," in line[:30] and _PLACE_DATE.match(line):
        return True
    if is_page_path(line) or is_way_lead(line):
        return True
    if "\u2013" in line and is_dated_head(line):
        return True
    if _DISCLOSURE.match(line) and len(line.split()) <= _MAX_DISCLOSURE_WORDS:
        return True
    if is_footer_address(line) or is_outlet_line(line):
        return True
    if len(line) > _MAX_BUTTONS_CHARS or not _BUTTON_GAP.search(line):
        return False  # most lines are a sentence: no row of buttons
    parts = [part for part in _BUTTON_GAP.split(line) if part]
    return len(parts) > 1 and all(_BUTTONS.fullmatch(part) for part in parts)


def _without_tail(line: str) -> str:
    if not any(word in line for word in ("(", "isit", " see ", " go ", " copy ")):
        return line  # the words looked for first: most lines have none of them
    return _TAIL.sub("", line).rstrip() if line.strip() else line


def _is_dated(line: str, place: bool) -> bool:
    """A label over a date; with `place`, a place and a date too, apart by a comma (names over a
    day with a colon are a title: "Oakfield Primary Newsletter: Friday 4 December")."""
    match = _DATED.match(line) if ":" in line or "," in line else None
    if match and match["place"] and " " in match["place"]:
        match = None if line[match.end("place") :].lstrip().startswith(":") else match
    return bool(match and (place or not match["place"]) and is_stamp(match["stamp"]))


def is_site_frame(line: str) -> bool:
    """Whether a stripped line above the title is the site's frame: its path from the home
    page, or its menu on one line ("Study  Research  About  News  Contact")."""
    if _BREADCRUMBS.match(line) or is_page_path(line) or _is_dated(line, place=True):
        return True
    if _SPONSOR.match(line):
        return True  # a sponsor's label over a mail's first story: "Presented by Northwind"
    parts = [part for part in _MENU_GAP.split(line) if part]
    return len(parts) >= _MIN_MENU_ITEMS and all(_MENU_ITEM.fullmatch(part) for part in parts)


def is_site_lead(line: str) -> bool:
    """Whether a stripped line leads a block of clutter: the site's ("Was this page
    helpful?"), or a story's ("Most read", "Media contact:")."""
    return any(lead(line) for lead in (_LEAD.match, _STORY_LEAD.match, is_outlet_lead, is_way_lead))


def _without_agency(group: list[str], following: list[list[str]]) -> list[str]:
    """`group` less an agency's name alone over the dateline that names it again: "EFE" over
    "Madrid, 5 dic (EFE).- ...", in its block or in the next."""
    below = following[0] if following and following[0] else [""]
    dateline = group[1] if len(group) > 1 else below[0]
    name = group[0].strip().lower()
    if len(name) <= _MAX_AGENCY_CHARS and f"({name})" in dateline[:_DATELINE_CHARS].lower():
        return group[1:]
    return group


def _is_labelled_ad(group: list[str]) -> bool:
    """A sponsor's or an ad's label over its ad in one block: "Sponsored" over "Switch to
    Voltara. Get a \u00a350 credit when you sign up."."""
    label = group[0].strip()
    short = sum(len(line.split()) for line in group[1:]) <= _MAX_SPONSOR_WORDS
    return short and bool(_AD_LABEL.match(label) or _SPONSOR.match(label) or is_box_label(label))


def without_inserts(groups: list[list[str]]) -> list[list[str]]:
    """`groups` less what is set into the story: each sponsor's label and the paragraph under
    it (a newsletter's ad), an agency's name over its dateline, and pull quotes; a thread's
    posts headed by their posters' handles (narrator.readers.threads)."""
    groups = without_writer_cards(with_posters(groups))
    kept: list[list[str]] = []
    under_label = False
    for position, lines in enumerate(groups):
        group = [trimmed for line in lines if (trimmed := _without_tail(line))]
        group = _without_agency(group, groups[position + 1 : position + 2]) if group else group
        if not group:
            continue
        if len(group) == 1 and _SPONSOR.match(group[0].strip()):
            under_label = bool(kept)  # under the title, a sponsor's label has no ad under it
            continue
        if len(group) > 1 and _is_labelled_ad(group):
            continue
        if under_label and sum(len(line.split()) for line in group) <= _MAX_SPONSOR_WORDS:
            under_label = False
            continue
        under_label = False
        kept.append(group)
    return without_pull_quotes(kept)

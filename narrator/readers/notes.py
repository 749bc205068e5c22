"""A note-taking app's or a site generator's marks in a Markdown post, taken out before it is
parsed, so that their words are read and their marks are not (code is left as written):

- Obsidian's: a link to a note, "[[Albergues|pilgrim hostels]]" -> "pilgrim hostels",
  "[[Porto]]" -> "Porto", "[[Porto#Food]]" -> "Porto"; an embedded file, "![[map.png]]"; a
  highlight, "==fish stews==" -> "fish stews"; a comment, "%% add the photos %%"; a block's
  id at a line's end, "… just after 1 p.m. ^last-day"; tags after a sentence's end or on a
  line of their own, "… of the trip. #camino #food" (a tag inside a sentence keeps its word)
- Hugo's shortcodes on lines of their own, the words between a pair of them read: "{{% notice
  info %}}" over "The scheme lends bikes free." over "{{% /notice %}}", "{{< figure … >}}";
  a link's "{{< ref "first-hive.md" >}}", its label read
- a task list's boxes: "- [x] Set up the newsletter", "- [ ] Ask the council"
- a table of contents' mark: "[TOC]" (Bear's), "[[_TOC_]]" (GitLab's)
- an admonition's marks, its title read: MkDocs' "!!! note" or '??? tip "What about
  compliance?"' over its indented text (read as the post's), Docusaurus' and VitePress'
  ":::caution Watch the cost" (or ":::tip[Title]") to ":::", Liquid's "{% details Our rules
  %}" to "{% enddetails %}"
- MDX's imports and exports: "import Chart from '../../components/Chart.astro';", and a
  component that closes itself on a line of its own, a picture or a widget with no words of
  the post ("<Image src={import('../assets/box.jpg')} alt="The box" />")
- a highlighted code block, Hugo's "{{< highlight go >}}" or Jekyll's "{% highlight ruby %}"
  to its end: code, as a fenced block is
- kramdown's attribute lists (Jekyll's): "{: .lead}" on a line of its own or after a
  paragraph, "## Heading {#id}"
"""

from __future__ import annotations

import re

__all__ = ["without_note_marks"]

_FENCE = re.compile(r"^ {0,3}(?:```|~~~)")
_EMBED = re.compile(r"!\[\[[^\]\n]*\]\]")
_NOTE_LINK = re.compile(r"\[\[(?:([^\]|#\n]*)(?:#[^\]|\n]*)?\|)?([^\]|\n]+?)(?:#[^\]|\n]*)?\]\]")
_HIGHLIGHT = re.compile(r"==(?=\S)([^=\n]+?)(?<=\S)==")
_COMMENT = re.compile(r"%%.*?%%", re.S)
_BLOCK_ID = re.compile(r"\s\^[A-Za-z0-9-]{1,40}[ \t]*$", re.M)
_TRAILING_TAGS = re.compile(r"(?:(?<=[.!?:)\"'\u201d])|^)(?:[ \t]*#[^\W\d][\w/-]*)+[ \t]*$", re.M)
_TAG = re.compile(r"(?<![\w#&/(`])#(?=[^\W\d][\w/-]*)")
_SHORTCODE_LINE = re.compile(r"^[ \t]*\{\{[<%].*?[>%]\}\}[ \t]*$", re.M)
_TOC = re.compile(r"^[ \t]*(?:\[TOC\]|\[\[_?TOC_?\]\]|\$\{toc\}|\{:toc\})[ \t]*$", re.M | re.I)
"""An app's mark for a table of contents: "[TOC]" (Bear's, Python-Markdown's), "[[_TOC_]]"
(GitLab's), "[[toc]]" (markdown-it's, VuePress's), "${toc}" (markdown-it-toc-done-right's)."""
_KRAMDOWN_TOC = re.compile(
    r"^(?:\*\*[^*\n]{1,40}\*\*[ \t]*\n)?[ \t]*(?:[*-]|1\.) TOC[ \t]*\n\{:toc\}[ \t]*$", re.M
)
"""kramdown's table of contents, its title over it: "**Contents**" over "* TOC" over "{:toc}"."""
_TASK = re.compile(r"^([ \t]*[-*+][ \t]+)\[[ xX]\][ \t]+", re.M)
"""A task list's box: "- [x] Set up the newsletter" is read "Set up the newsletter"."""
_ADMONITION = re.compile(
    r'^(?:(?:!!!|\?\?\?\+?)[ \t]+[\w-]+(?:[ \t]+"(?P<title>[^"\n]*)")?'
    r'|===!?\+?[ \t]+"(?P<tab>[^"\n]*)")[ \t]*$'
)
"""An admonition's mark (MkDocs'), or a tab's ('=== "Linux"', pymdownx's): its title is read."""
_CONTAINER = re.compile(
    r"^:{3,}[ \t]*(?:[\w-]+(?:\[(?P<bracketed>[^\]\n]*)\]|[ \t]+(?P<title>.*?))?"
    r"|\{(?P<attributes>[^}\n]*)\})[ \t]*$"
)
"""A container's mark: Docusaurus' ":::tip[Title]", Pandoc's and Quarto's "::: {.callout-note
title="Careful"}"."""
_ATTRIBUTE_TITLE = re.compile(r'\btitle="([^"\n]*)"')
_MYST_DIRECTIVE = re.compile(
    r"^(?P<fence>`{3,}|~{3,})\{(?P<name>note|tip|hint|important|warning|caution|attention|danger"
    r"|error|seealso|admonition)\}[ \t]*(?P<title>[^\n]*)\n(?P<body>.*?)\n(?P=fence)[ \t]*$",
    re.M | re.S,
)
"""MyST's admonition in a code fence (Jupyter Book's): "```{note}" over its text over "```"."""
_LIQUID_QUOTE = re.compile(
    r"^\{%-?\s*blockquote\b[^%\n]*%\}[ \t]*\n(?P<body>.*?)\n\{%-?\s*endblockquote\s*-?%\}[ \t]*$",
    re.M | re.S,
)
_MYST_OPTIONS = re.compile(r"\A(?:[ \t]*:[\w-]+:[^\n]*\n)+")
_ZOLA_BOX = re.compile(r"^\{%\s*[\w-]+\((?P<attributes>[^)\n]*)\)\s*%\}[ \t]*$")
"""Zola's shortcode with a body: '{% note(title="Before you go") %}' to "{% end %}"."""
_LIQUID_BOX = re.compile(r"^\{%-?\s*(?:details|spoiler|collapsible)\s+(?P<title>.*?)\s*-?%\}\s*$")
_CONTAINER_END = re.compile(
    r"^(?::{3,}|\{%-?\s*end(?:details|spoiler|collapsible)?\s*-?%\})[ \t]*$"
)
_MDX_STATEMENT = re.compile(
    r"^(?:import\s+(?:[\w{}*,\s]+\s+from\s+)?['\"][^'\"\n]+['\"]"
    r"|export\s+(?:const|let|default|function)\b[^\n]*);?[ \t]*$",
)
"""MDX's statements over a post (Astro's, Docusaurus'): "import Chart from '../Chart.astro';"."""
_SELF_CLOSED = re.compile(r"^[ \t]*<[A-Z][\w.]*(?:\s[^\n]*)?/>[ \t]*$", re.M)
"""An MDX component on a line of its own that closes itself: "<Image src={hero} alt="…" />"."""
_HIGHLIGHT_START = re.compile(
    r"^[ \t]*(?:\{\{[<%]\s*highlight\s+(?P<hugo>[\w+-]*)[^}\n]*[>%]\}\}"
    r"|\{%-?\s*highlight\s+(?P<liquid>[\w+-]*)[^%\n]*%\})[ \t]*$",
    re.M,
)
_HIGHLIGHT_END = re.compile(
    r"^[ \t]*(?:\{\{[<%]\s*/highlight\s*[>%]\}\}|\{%-?\s*endhighlight\s*-?%\})[ \t]*$", re.M
)
_INDENT = "    "
_REF_LINK = re.compile(r"\]\(\{\{[<%]\s*(?:rel)?ref\s+\"([^\"\s]+)\"\s*[>%]\}\}\)")
"""Hugo's link to another page by its file, inside a link: '({{< ref "first-hive.md" >}})'."""
_WP_SHORTCODE = re.compile(
    r"^[ \t]*\[(?P<name>caption|embed)\b[^\]\n]*\][^\n]*?\[/(?P=name)\][ \t]*$", re.M
)
"""A WordPress shortcode on a line of its own, with what it holds: a picture and its caption
('[caption id="attachment_412" …]<img …/> The first flowers.[/caption]'), an embed's address."""
_ATTRIBUTED_PICTURE = re.compile(r"^[ \t]*!\[[^\]\n]*\]\([^)\n]*\)\{[^}\n]*\}[ \t]*$", re.M)
"""A picture alone on its line with its attributes after it (MkDocs', kramdown's): not read."""
_ATTRIBUTES = re.compile(r"[ \t]*\{[:#][^}\n]*\}[ \t]*$", re.M)


def without_note_marks(body: str) -> str:
    """A Markdown `body` without the marks of note-taking apps and site generators, their
    words kept, its code as written."""
    if "import " in body or "export " in body:
        body = _without_mdx_head(body)
    if "[caption" in body or "[embed" in body:  # a WordPress export's captioned picture
        body = _WP_SHORTCODE.sub("", body)
    if "){" in body:  # a picture with its attributes ("![Gauge](g.jpg){ width="400" }")
        body = _ATTRIBUTED_PICTURE.sub("", body)
    if "highlight" in body:
        body = _HIGHLIGHT_START.sub(lambda m: f"```{m['hugo'] or m['liquid'] or ''}", body)
        body = _HIGHLIGHT_END.sub("```", body)
    if "blockquote" in body:  # Hexo's and Octopress' quote: "{% blockquote Seneca %}" to its end
        body = _LIQUID_QUOTE.sub(_as_quote, body)
    if "`{" in body or "~{" in body:  # MyST's directive: "```{note}" to "```", not code
        body = _MYST_DIRECTIVE.sub(_as_container, body)
    if any(mark in body for mark in ("!!!", "???", ":::", "{%", "===")):
        body = _without_admonition_marks(body)
    marks = ("[", "==", "%%", "^", "#", "{:", "{#", "{{", "TOC", "/>")
    if not any(mark in body for mark in marks):
        return body
    body = _COMMENT.sub("", body) if "%%" in body else body
    parts: list[str] = []
    prose: list[str] = []
    fenced = False
    for line in body.split("\n"):
        if _FENCE.match(line):
            if not fenced:
                parts.append(_plain("\n".join(prose)))
                prose = []
            fenced = not fenced
            parts.append(line)
            continue
        (parts if fenced else prose).append(line)
    parts.append(_plain("\n".join(prose)))
    return "\n".join(parts)


def _plain(text: str) -> str:
    text = _KRAMDOWN_TOC.sub("", text) if "{:toc}" in text else text
    # before the wikilinks: "[[toc]]" is markdown-it's mark, not a link to a note named "toc"
    text = _TOC.sub("", text) if "TOC" in text or "toc" in text else text
    text = _EMBED.sub("", text)
    text = _NOTE_LINK.sub(lambda link: link[2].strip(), text)
    text = _HIGHLIGHT.sub(r"\1", text)
    text = _TASK.sub(r"\1", text) if "[" in text else text
    text = _BLOCK_ID.sub("", text)
    text = _ATTRIBUTES.sub("", text)
    if "{{" in text:  # a link to another post by its file: "[our first hive]({{< ref "a.md" >}})"
        text = _SHORTCODE_LINE.sub("", _REF_LINK.sub(r"](\1)", text))
    text = _SELF_CLOSED.sub("", text) if "/>" in text else text
    text = _TRAILING_TAGS.sub("", text)
    return _TAG.sub("", text) if "#" in text else text


def _without_admonition_marks(body: str) -> str:
    """`body` with an admonition's title for its mark and its indented text set flush, code's
    lines as written."""
    lines: list[str] = []
    fenced = False
    indented = False
    for line in body.split("\n"):
        fenced = fenced != bool(_FENCE.match(line))
        mark = (
            None
            if fenced
            else _ADMONITION.match(line)
            or _CONTAINER.match(line)
            or _LIQUID_BOX.match(line)
            or _ZOLA_BOX.match(line)
        )
        if mark is not None:
            groups = mark.groupdict()
            title = groups.get("bracketed") or groups.get("tab") or groups.get("title")
            given = _ATTRIBUTE_TITLE.search(groups.get("attributes") or "")
            title = title or (given[1] if given else None)
            lines += [title.strip(), ""] if title and title.strip() else [""]
            indented = bool(_ADMONITION.match(line))
            continue
        if indented and (line.startswith(_INDENT) or not line.strip()):
            lines.append(line.removeprefix(_INDENT))
            continue
        indented = False
        lines.append("" if not fenced and _CONTAINER_END.match(line) else line)
    return "\n".join(lines)


def _as_quote(tagged: re.Match[str]) -> str:
    """A quote between a site generator's tags as a Markdown quote, its source not read."""
    return "\n".join(f"> {line}" for line in tagged["body"].split("\n"))


def _as_container(directive: re.Match[str]) -> str:
    """A MyST admonition as a container ("```{note}" to "```" -> ":::note" to ":::"), without
    its options (":class: dropdown")."""
    text = _MYST_OPTIONS.sub("", directive["body"])
    return f":::{directive['name']} {directive['title']}".rstrip() + f"\n{text}\n:::"


def _without_mdx_head(body: str) -> str:
    """`body` without the MDX statements over its text (code blocks further on keep theirs)."""
    lines = body.split("\n")
    start = 0
    while start < len(lines) and (not lines[start].strip() or _MDX_STATEMENT.match(lines[start])):
        start += 1
    stated = any(_MDX_STATEMENT.match(line) for line in lines[:start])
    return "\n".join(lines[start:]) if stated else body

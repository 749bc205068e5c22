"""The article's language: asked for, declared by the page or the post, else detected in the
body (never the title)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from narrator import pipeline
from narrator.cli import main
from narrator.errors import ConfigError
from narrator.models import NarrationConfig
from narrator.readers import read_article
from narrator.readers.language import detect_language, normalize_language, page_language

ARTICLES = Path(__file__).parent.parent / "articles"
GERMAN_BODY = (
    "Die Stadt hat am Montag beschlossen, die Brücke über den Fluss bis zum Herbst zu sperren. "
    "Autofahrer müssen in dieser Zeit einen Umweg über die Nordstadt nehmen, sagte ein Sprecher."
)


def test_an_english_title_over_a_german_body_stays_german(tmp_path: Path) -> None:
    story = tmp_path / "bridge.txt"
    story.write_text(f"Breaking: the bridge is closed\n\n{GERMAN_BODY}\n", encoding="utf-8")
    assert read_article(story).language == "de"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (GERMAN_BODY, "de"),
        ("Le conseil municipal a décidé lundi de fermer le pont jusqu'à l'automne prochain.", "fr"),
        ("El ayuntamiento ha decidido este lunes cerrar el puente hasta el próximo otoño.", "es"),
        (
            "Il consiglio comunale ha deciso lunedì di chiudere il ponte fino al prossimo autunno.",
            "it",
        ),
        ("A câmara municipal decidiu na segunda-feira fechar a ponte até ao próximo outono.", "pt"),
        (
            "The council decided on Monday to close the bridge until next autumn, a spokesman said",
            "en",
        ),
    ],
)
def test_the_body_language_is_detected(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_too_little_text_stays_unknown() -> None:
    assert detect_language("OK 42") is None


@pytest.mark.parametrize(
    ("html", "language"),
    [
        (b'<!doctype html><html lang="de-AT"><body>', "de-at"),
        (b"<html xml:lang='fr' xmlns='http://www.w3.org/1999/xhtml'>", "fr"),
        (b'<html><head><meta http-equiv="Content-Language" content="es">', "es"),
        (b"<html><body>", None),
        (b'<html lang=""><body>', None),
    ],
)
def test_the_page_declares_its_language(html: bytes, language: str | None) -> None:
    assert page_language(html) == language


def test_codes_are_normalized() -> None:
    assert normalize_language("pt_BR") == "pt-br"
    assert normalize_language(" en-US ") == "en-us"
    assert normalize_language("und") is None
    assert normalize_language("not a code") is None


def test_the_page_lang_beats_detection(tmp_path: Path) -> None:
    """A page that says it is French is French, whatever the detector would guess."""
    page = tmp_path / "page.html"
    page.write_text(
        f'<html lang="fr"><head><title>Titre</title></head><body><article><h1>Titre</h1>'
        f"<p>{GERMAN_BODY}</p><p>{GERMAN_BODY}</p></article></body></html>",
        encoding="utf-8",
    )
    assert read_article(page).language == "fr"


def test_language_overrides_the_page() -> None:
    article = read_article(ARTICLES / "page-de-museum.html", NarrationConfig(language="it"))
    assert article.language == "it"


def test_the_override_reaches_the_plan_through_the_cli() -> None:
    result = CliRunner().invoke(
        main, ["plan", "--json", "--language", "es", str(ARTICLES / "page-fr-festival.html")]
    )
    assert result.exit_code == 0, result.output
    assert '"language": "es"' in result.output
    assert '"text": "Por Antoine Moreau."' in result.output


def test_front_matter_names_the_language(tmp_path: Path) -> None:
    post = tmp_path / "post.md"
    post.write_text(f"---\ntitle: Brücke\nlanguage: pt-BR\n---\n\n{GERMAN_BODY}\n", "utf-8")
    assert read_article(post).language == "pt-br"


def test_a_bad_code_is_a_usage_error() -> None:
    result = CliRunner().invoke(
        main, ["plan", "--language", "de!", str(ARTICLES / "wire-de-bahnstreik.txt")]
    )
    assert result.exit_code == 2
    assert "'de!' is not a language code; give one such as de, fr or pt-BR" in result.output
    with pytest.raises(ConfigError, match="'x' is not a language code"):
        NarrationConfig(language="x")


def test_the_language_preference_is_the_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NARRATOR_CONFIG_DIR", str(tmp_path))
    (tmp_path / "config.toml").write_text('language = "fr"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["plan", "--json", str(ARTICLES / "wire-de-bahnstreik.txt")])
    assert result.exit_code == 0, result.output
    assert '"language": "fr"' in result.output


def test_german_sentences_are_split_with_german_rules() -> None:
    """pysbd's German rules keep "Nr." and "Dr." inside their sentence."""
    from narrator.segmenter import split_sentences

    text = "Der Zug Nr. 5 fuhr ab. Dr. Müller stieg ein. Er kam um 9 Uhr an."
    assert split_sentences(text, "de") == [
        "Der Zug Nr. 5 fuhr ab.",
        "Dr. Müller stieg ein.",
        "Er kam um 9 Uhr an.",
    ]


def test_a_language_without_rules_is_read_as_written(tmp_path: Path) -> None:
    """A Dutch story is not read with English rules ("2,5" is no "two,five")."""
    story = tmp_path / "nieuws.txt"
    body = "De inflatie steeg in maart naar 2,5 procent, meldde het statistiekbureau maandag."
    story.write_text(f"Inflatie stijgt\n\n{body} {body}\n", encoding="utf-8")
    plan = pipeline.plan(story)
    assert plan.article.language == "nl"
    assert "2,5 procent" in plan.chunks[-1].spoken

"""What a page states in schema.org markup and trafilatura drops is put back: a Q&A page's
question before its answers and its accepted answer after the question, a recipe card's
ingredients before its steps; what the extraction already holds is not read twice."""

from __future__ import annotations

import json

from narrator.models import BlockKind
from narrator.readers.html import read_html

ANSWERS = [
    "Tie a bowline: make a small loop, pass the end up through it, round the standing part and "
    "back down through the loop, then pull the standing part to tighten the knot.",
    "A bowline does not slip or jam under load, which is why sailors use it to make a fixed "
    "loop at the end of a mooring line, and it unties easily after the strain comes off.",
    "If the line will be loaded and unloaded many times, back the bowline up with a half hitch "
    "or use a double bowline, because a plain bowline can shake loose when it flaps.",
]
DETAILS = (
    "I keep a small boat on a swinging mooring, and the loop I tie in the pick-up line has come "
    "undone twice this autumn in a strong wind. I was taught a figure of eight, which holds but "
    "jams so hard that I have to cut it off the buoy at the end of the season."
)
QUESTION = "Which knot makes a loop at the end of a mooring line that will not slip?"
STEPS = [
    "Heat the oil in a heavy pan and soften the onion over a low heat for ten minutes.",
    "Add the mackerel fillets skin side down and cook them for four minutes without turning.",
    "Turn the fillets, add the lemon juice and parsley, and serve them at once with bread.",
]
INGREDIENTS = ["2 mackerel fillets", "1 small onion, sliced", "2 tbsp olive oil", "1 lemon"]
INTRO = (
    "Mackerel landed at the quay in the morning makes the quickest supper there is, and this "
    "is how the harbour cooks have always done it, in one pan and with little else."
)


def _texts(html: str) -> list[str]:
    return [block.text for block in read_html(html, "p.html").body_blocks()]


def _qa_page(question_markup: str, head: str = "") -> str:
    answers = "".join(
        f"<div itemprop='suggestedAnswer' itemscope itemtype='https://schema.org/Answer'>"
        f"<div class='answer-body' itemprop='text'><p>{answer}</p></div></div>"
        for answer in ANSWERS
    )
    return (
        f"<html><head><title>Mooring loop knot</title>{head}</head><body>"
        "<div itemscope itemtype='https://schema.org/QAPage'>"
        "<div itemprop='mainEntity' itemscope itemtype='https://schema.org/Question'>"
        f"<h1 itemprop='name'>Mooring loop knot</h1>{question_markup}"
        f"<div id='answers'>{answers}</div></div></div></body></html>"
    )


def test_the_question_of_a_q_and_a_page_is_read_before_its_answers() -> None:
    question = f"<div class='post-text' itemprop='text'><aside><p>{QUESTION}</p></aside></div>"
    texts = _texts(_qa_page(question))
    assert QUESTION in texts
    assert texts.index(QUESTION) < texts.index(ANSWERS[0])


def test_the_question_stated_in_json_ld_is_read_when_the_page_shows_it_nowhere() -> None:
    data = {
        "@context": "https://schema.org",
        "@type": "QAPage",
        "mainEntity": {"@type": "Question", "name": "Mooring loop knot", "text": QUESTION},
    }
    head = f"<script type='application/ld+json'>{json.dumps(data)}</script>"
    texts = _texts(_qa_page("", head))
    assert texts.index(QUESTION) < texts.index(ANSWERS[0])


def _stack_page(answers: str, head: str = "") -> str:
    """A Stack Exchange-like page: the question's body and the answers' share a class name,
    and trafilatura settles on the first, the question's."""
    return (
        f"<html><head><title>Mooring loop knot</title>{head}</head><body>"
        "<div itemprop='mainEntity' itemscope itemtype='https://schema.org/Question'>"
        "<h1 itemprop='name'>Mooring loop knot</h1>"
        f"<div class='s-prose js-post-body' itemprop='text'><p>{QUESTION}</p><p>{DETAILS}</p></div>"
        f"<div id='answers'>{answers}</div></div></body></html>"
    )


def _answer(prop: str, answer: str) -> str:
    return (
        f"<div class='answer' itemprop='{prop}' itemscope itemtype='https://schema.org/Answer'>"
        f"<div class='s-prose js-post-body' itemprop='text'><p>{answer}</p></div></div>"
    )


def test_the_accepted_answer_is_read_after_the_question() -> None:
    page = _stack_page(
        _answer("suggestedAnswer", ANSWERS[2]) + _answer("acceptedAnswer", ANSWERS[0])
    )
    texts = _texts(page)
    assert texts.index(QUESTION) < texts.index(ANSWERS[0])
    assert ANSWERS[2] not in texts


def test_the_first_suggested_answer_is_read_when_none_is_accepted() -> None:
    page = _stack_page(
        _answer("suggestedAnswer", ANSWERS[1]) + _answer("suggestedAnswer", ANSWERS[2])
    )
    texts = _texts(page)
    assert texts.index(QUESTION) < texts.index(ANSWERS[1])
    assert ANSWERS[2] not in texts


def test_the_accepted_answer_stated_in_json_ld_is_read() -> None:
    data = {
        "@context": "https://schema.org",
        "@type": "QAPage",
        "mainEntity": {
            "@type": "Question",
            "text": QUESTION,
            "acceptedAnswer": {"@type": "Answer", "text": f"<p>{ANSWERS[0]}</p>"},
        },
    }
    head = f"<script type='application/ld+json'>{json.dumps(data)}</script>"
    texts = _texts(_stack_page("", head))
    assert texts.index(QUESTION) < texts.index(ANSWERS[0])


def test_the_answer_follows_the_question_its_page_shows_in_two_paragraphs() -> None:
    """The JSON-LD states the question in one text; the page shows it in two paragraphs and
    loads its answers with a script."""
    data = {
        "@context": "https://schema.org",
        "@type": "QAPage",
        "mainEntity": {
            "@type": "Question",
            "text": f"{DETAILS} {QUESTION}",
            "acceptedAnswer": {"@type": "Answer", "text": ANSWERS[0]},
        },
    }
    html = (
        "<html><head><title>Mooring loop knot</title>"
        f"<script type='application/ld+json'>{json.dumps(data)}</script></head><body><main>"
        f"<h1>Mooring loop knot</h1><div class='question-body'><p>{DETAILS}</p>"
        f"<p>{QUESTION}</p></div><p>Loading answers…</p></main></body></html>"
    )
    assert _texts(html) == [DETAILS, QUESTION, ANSWERS[0]]


def test_an_answer_the_extraction_holds_is_not_read_twice() -> None:
    texts = _texts(_qa_page(f"<div itemprop='text'><p>{QUESTION}</p></div>"))
    assert all(texts.count(answer) == 1 for answer in ANSWERS)


def _recipe_page(card: str, head: str = "") -> str:
    steps = "".join(f"<p itemprop='recipeInstructions'>{step}</p>" for step in STEPS)
    return (
        f"<html><head><title>Pan-fried mackerel</title>{head}</head><body><article>"
        f"<h1>Pan-fried mackerel</h1><p>{INTRO}</p>{card}<h2>Method</h2>{steps}"
        "</article></body></html>"
    )


def test_a_recipe_cards_ingredients_are_read_before_its_steps() -> None:
    """The ingredients sit in buttons of a card that trafilatura drops."""
    items = "".join(
        f"<button class='add'><span itemprop='recipeIngredient'>{item}</span></button>"
        for item in INGREDIENTS
    )
    blocks = read_html(_recipe_page(f"<form>{items}</form>"), "p.html").body_blocks()
    texts = [block.text for block in blocks]
    listed = [block.text for block in blocks if block.kind is BlockKind.LIST_ITEM]
    assert listed == [f"{item}." for item in INGREDIENTS]
    assert texts.index(f"{INGREDIENTS[-1]}.") < texts.index(STEPS[0])


def test_a_recipes_ingredients_stated_in_json_ld_are_read() -> None:
    data = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebPage", "name": "Pan-fried mackerel"},
            {
                "@type": "Recipe",
                "recipeIngredient": INGREDIENTS,
                "recipeInstructions": [{"@type": "HowToStep", "text": step} for step in STEPS],
            },
        ],
    }
    head = f"<script type='application/ld+json'>{json.dumps(data)}</script>"
    texts = _texts(_recipe_page("", head))
    assert texts.index(f"{INGREDIENTS[0]}.") < texts.index(STEPS[0])


def test_ingredients_the_page_already_reads_are_not_read_twice() -> None:
    items = "".join(f"<li itemprop='recipeIngredient'>{item}</li>" for item in INGREDIENTS)
    texts = _texts(_recipe_page(f"<h2>Ingredients</h2><ul>{items}</ul>"))
    assert texts.count(f"{INGREDIENTS[0]}.") == 1
    assert all(texts.count(step) == 1 for step in STEPS)


def test_a_page_stating_several_recipes_in_json_ld_gets_none_of_them() -> None:
    """A round-up of recipes: none of them is the page's own to put before its steps."""
    other = ["3 leeks", "1 litre of stock"]
    data = [
        {"@type": "Recipe", "recipeIngredient": INGREDIENTS},
        {"@type": "Recipe", "recipeIngredient": other},
    ]
    head = f"<script type='application/ld+json'>{json.dumps(data)}</script>"
    texts = _texts(_recipe_page("", head))
    assert f"{INGREDIENTS[0]}." not in texts
    assert f"{other[0]}." not in texts

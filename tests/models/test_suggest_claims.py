"""Suggested claims: sentences and clauses at exact offsets, with a suggested speaker and kind."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from models.suggest_claims import (
    clause_spans,
    sentence_spans,
    suggest_claims,
    suggest_kind,
    suggest_speaker,
    trim,
)

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "resources" / "cases" / "huawei-backdoor-2020.json"
ARTICLE = ROOT.parent / "shared" / "seed" / "article.txt"


def article() -> str:
    """The Huawei article: the seed case's source, which is shared/seed/article.txt verbatim."""
    text = json.loads(SEED.read_text(encoding="utf-8"))["sources"][0]["text"]
    if ARTICLE.exists():
        assert ARTICLE.read_text(encoding="utf-8") == text
    return text


# Checked by reading the article: 26 sentences in 10 paragraphs. "Mr. Snowden" and "U.S." do
# not end one; the quote marks around a sentence (', ``, '') are not part of its words.
HUAWEI_SENTENCES = [
    (
        "Wall Street Journal that it was possible to prove that Huawei had an illegal backdoor "
        "in its products."
    ),
    (
        "Huawei denied the allegations and responded by saying, 'In the first place, the U.S. "
        "government has a history of spying on telecommunications networks around the world."
    ),
    (
        "The U.S. government's claim that 'Huawei can prove to be able to penetrate mobile "
        "networks' was made by Robert O'Brien, Assistant Secretary for National Security Affairs "
        ", through the Wall Street Journal."
    ),
    (
        "Until now, the U.S. government had taken the position that it did not intend to provide "
        "concrete evidence for Huawei's allegations, but due to the urgency that allies such as "
        "Germany and the United Kingdom failed to eliminate Huawei, the policy change It is "
        "thought that we planned."
    ),
    (
        "O'Brien points out that Huawei sells telecommunications equipment to carriers around "
        "the world with backdoors that have no known carrier."
    ),
    (
        "It claims that Huawei's connected law enforcement agencies have been able to secretly "
        "intercept smartphones and other communications around the world for more than a decade."
    ),
    (
        "Huawei issued a media statement in response to the Wall Street Journal and the US "
        "government."
    ),
    (
        "In a statement, 'Huawei has never, and never will, have access to telecommunications "
        "networks."
    ),
    (
        "The Wall Street Journal apparently realizes that the U.S. government cannot provide any "
        "evidence to support their claims."
    ),
    (
        "Still, I chose to repeat the lies spread by the U.S. government, 'he said, blaming the "
        "Wall Street Journal's press for bias in Huawei."
    ),
    (
        "Huawei also said in a statement, `` As evidenced by Edward Snowden 's leak, the U.S. "
        "government had secretly accessed telecommunications networks around the world and spied "
        "on other countries for quite some time."
    ),
    (
        "He pointed out that he had counterattacked that the U.S. government had intercepted "
        "communications in the first place."
    ),
    (
        "In June 2013, a leak by Mr. Snowden, a former member of the U.S. National Security "
        "Agency (NSA) and the Central Intelligence Agency (CIA) , led to a statement that the "
        "NSA's International Surveillance Network (PRISM) was charged."
    ),
    "A scandal has occurred.",
    (
        "Huawei is not only Snowden's case, but also the Swiss-based international crypto maker "
        "Crypto, which was actually run by the CIA and the Federal Intelligence Service (BND) , "
        "a German intelligence agency."
    ),
    "Mention the press.",
    (
        "The Washington Post report is new evidence of how the CIA has used crypto companies to "
        "spy on other countries for decades,' Huawei says."
    ),
    (
        "Regarding allegations that Huawei had a back door, Huawei said, `` Huawei's role as a "
        "communications vendor, like other vendors, is to use equipment that conforms to 3GPP "
        "and European Telecommunications Standards Institute (ETSI) standards."
    ),
    "To provide it.",
    (
        "Huawei only provides a lawful intercept interface, even though it is obliged to comply "
        "with lawful intercept standards that allow law enforcement agencies to work with "
        "carriers to monitor individual subjects under judicial and administrative orders."
    ),
    "Huawei himself claims that he cannot intercept the communication.",
    (
        "Although lawful intercepts themselves have requirements in almost every country, only "
        "the carriers and law enforcement agencies actually manage and operate the lawful "
        "intercept interface, and only employees hired by governments in each country are "
        "allowed."
    ),
    "Huawei points out that it is located in an intercept facility.",
    (
        "Huawei claims to be a supplier of telecommunications equipment, and has not developed "
        "any equipment or functionality to access network communications and obtain data through "
        "carriers or security systems."
    ),
    (
        "We are very indignant that the U.S. government has spared no effort to use "
        "cybersecurity issues to stigmatize Huawei,' Huawei said."
    ),
    (
        "If you do, we will ask you to disclose certain evidence, rather than spread the word "
        "through the media."
    ),
]


def test_the_huawei_article_splits_into_the_sentences_a_reader_sees():
    text = article()
    spans = sentence_spans(text)
    assert [text[start:end] for start, end in spans] == HUAWEI_SENTENCES
    assert spans == sorted(spans) and all(a < b for a, b in spans)


def test_suggestions_quote_their_span_exactly():
    text = article()
    suggestions = suggest_claims(text, clauses=True)
    assert suggestions and all(s.quote == text[s.start : s.end] for s in suggestions)


def test_offsets_are_code_points_past_astral_characters():
    text = "😀 Huawei denied it. The U.S. disagreed 🙂. Then nothing."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "😀 Huawei denied it.",
        "The U.S. disagreed 🙂.",
        "Then nothing.",
    ]


@pytest.mark.parametrize(
    ("raw", "trimmed"),
    [
        ("  'Yes, we did.'  ", "Yes, we did."),
        ("`` As evidenced by the leak. '' ", "As evidenced by the leak."),
        ("(see the report).", "see the report"),
        ("It rose 5%.", "It rose 5%."),
        ("He said (in 2019).", "He said (in 2019)."),
        ("— Never! —", "Never!"),
    ],
)
def test_a_span_is_trimmed_to_its_words(raw, trimmed):
    start, end = trim(raw, 0, len(raw))
    assert raw[start:end] == trimmed


def test_clauses_split_at_contrastive_conjunctions_and_leave_the_conjunction_out():
    text = article()
    start = text.index("Huawei only provides")
    end = text.index("orders.", start) + len("orders.")
    assert [text[a:b] for a, b in clause_spans(text, start, end)] == [
        "Huawei only provides a lawful intercept interface",
        "it is obliged to comply with lawful intercept standards that allow law enforcement "
        "agencies to work with carriers to monitor individual subjects under judicial and "
        "administrative orders.",
    ]
    start = text.index("Although lawful")
    end = text.index("allowed.", start) + len("allowed.")
    assert [text[a:b] for a, b in clause_spans(text, start, end)] == [
        "lawful intercepts themselves have requirements in almost every country",
        "only the carriers and law enforcement agencies actually manage and operate the lawful "
        "intercept interface, and only employees hired by governments in each country are allowed.",
    ]


@pytest.mark.parametrize(
    ("sentence", "clauses"),
    [
        (
            "We checked the code; we found nothing wrong.",
            ["We checked the code", "we found nothing wrong."],
        ),
        (
            "The board said: the defects are serious.",
            ["The board said", "the defects are serious."],
        ),
        (
            "They have evidence, but they will not show it.",
            ["They have evidence", "they will not show it."],
        ),
        (
            "It is not only a vendor, but also a partner.",
            ["It is not only a vendor, but also a partner."],
        ),
        ("At 10:30 the call began, but ended.", ["At 10:30 the call began, but ended."]),
    ],
)
def test_clause_rules(sentence, clauses):
    assert [sentence[a:b] for a, b in clause_spans(sentence, 0, len(sentence))] == clauses


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("'We are very indignant,' Huawei said.", "Huawei"),
        ("The network is safe, according to O'Brien.", "O'Brien"),
        ("According to Robert O'Brien, the evidence exists.", "Robert O'Brien"),
        ("According to the U.S. government, Huawei can access networks.", "the U.S. government"),
        ("According to reports, the equipment is safe.", None),
        ("'The evidence exists,' said Robert O'Brien.", "Robert O'Brien"),
        ("O'Brien points out that Huawei sells equipment.", "O'Brien"),
        ("Huawei also said in a statement that it never had access.", "Huawei"),
        ("The claim was made by Robert O'Brien, through the paper.", "Robert O'Brien"),
        ("Later, the U.S. government said it had proof.", "the U.S. government"),
        ("'It is a lie,' he said.", None),
        ("It claims that the agencies intercepted calls.", None),
        ("The sky is blue.", None),
    ],
)
def test_the_speaker_a_sentence_names_is_suggested(sentence, speaker):
    assert suggest_speaker(sentence) == speaker


@pytest.mark.parametrize(
    ("sentence", "role", "kind"),
    [
        ("Huawei has never had access to the networks.", None, "denial"),
        ("The vendor hid a backdoor in its equipment.", "allegation", "accusation"),
        ("The U.S. has a history of spying on networks itself.", "response", "counter_accusation"),
        ("The equipment conforms to 3GPP and ETSI standards.", None, "appeal_to_standard"),
        ("We are very indignant at this campaign.", None, "opinion"),
        ("The company was founded in 1987.", None, "factual_assertion"),
    ],
)
def test_the_kind_is_suggested_from_cue_words(sentence, role, kind):
    assert suggest_kind(sentence, role) == kind


def test_a_suggestion_carries_the_speaker_of_its_sentence_into_each_clause():
    text = "'We checked the code; we found nothing wrong,' Huawei said."
    suggestions = suggest_claims(text, clauses=True, role="response")
    assert [(s.quote, s.speaker) for s in suggestions] == [
        ("We checked the code", "Huawei"),
        ("we found nothing wrong,' Huawei said.", "Huawei"),
    ]


def test_a_million_characters_split_well_within_a_second():
    import time

    text = (article() + "\n\n") * (1_000_000 // len(article()) + 1)
    started = time.perf_counter()
    spans = sentence_spans(text[:1_000_000])
    assert len(spans) > 6000
    assert (
        time.perf_counter() - started < 5
    )  # the bench's target is 1 s; tests run on a busy machine

"""Articles not in English: detected, scored with their own formulas, read by their own voice.

French and German articles are rendered end to end with the fake engine,
which is told it has the espeak-ng voice list, so the voices casting picks can
be checked without speech; one test speaks with the real engine.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from textstat.backend.utils.constants import LANG_CONFIGS

import accessible
from accessible import pipeline
from accessible.casting import cast, localise, voice_for_language
from accessible.config import Voice, load_profile
from accessible.engines import Clip, Engine, EngineVoice, create_engine
from accessible.engines.fake import FakeEngine
from accessible.language import article_language, guess_language
from accessible.pipeline import analyze_path, analyze_text
from accessible.readability import LANGUAGES, language_scores, language_syllables, report

FRENCH = """La mairie ferme la vieille bibliothèque du centre-ville

Le conseil municipal a voté mardi soir la fermeture de la bibliothèque de la rue du Marché, \
qui prêtait des livres aux habitants depuis plus d'un siècle.

« Nous n'avons pas le choix », a déclaré Claire Dubois, adjointe chargée des finances. \
« Le bâtiment a besoin de travaux que nous ne pouvons pas payer cette année. »

Les habitants étaient nombreux dans la salle pour assister au débat, qui a duré près de trois \
heures et a été interrompu deux fois par des manifestants.

Une nouvelle bibliothèque plus petite doit ouvrir au printemps dans le centre sportif, avec des \
horaires plus larges et un café tenu par des bénévoles.
"""

GERMAN = """Stadtrat schließt die alte Bibliothek in der Innenstadt

Der Stadtrat hat am Dienstagabend beschlossen, die Bibliothek in der Marktstraße zu schließen, \
die seit mehr als hundert Jahren Bücher an die Bürger verleiht.

„Wir haben keine andere Wahl“, sagte die Finanzdezernentin Anna Schmidt. Das Gebäude brauche \
Reparaturen, die die Stadt in diesem Jahr nicht bezahlen könne.

Viele Bürgerinnen und Bürger waren zu der Sitzung gekommen, die fast drei Stunden dauerte und \
zweimal von Demonstranten unterbrochen wurde.
"""

OTHERS = {
    "es": "El ayuntamiento cerró la biblioteca de la calle del Mercado, que prestaba libros a los "
    "vecinos desde hace más de un siglo. La alcaldesa dijo que no había otra opción y que el "
    "edificio necesita obras que la ciudad no puede pagar este año.",
    "it": "Il consiglio comunale ha deciso di chiudere la biblioteca di via del Mercato, che da "
    "più di un secolo presta libri agli abitanti. La sindaca ha detto che non c'è scelta e che "
    "l'edificio ha bisogno di lavori che il comune non può pagare quest'anno.",
    "nl": "De gemeenteraad heeft dinsdag besloten de bibliotheek aan de Marktstraat te sluiten, "
    "die al meer dan een eeuw boeken uitleent aan de inwoners. De wethouder zei dat er geen "
    "keuze is en dat het gebouw werk nodig heeft dat de stad niet kan betalen.",
    "pt": "A câmara municipal decidiu fechar a biblioteca da rua do Mercado, que empresta livros "
    "aos moradores há mais de um século. A presidente disse que não havia escolha e que o "
    "edifício precisa de obras que a cidade não pode pagar este ano.",
    "en": "The council voted on Tuesday to close the old library on Market Street, ending more "
    "than a century of lending. The leader said that there was no choice and that the building "
    "needs repairs which the town cannot afford this year.",
}

ESPEAK = [
    EngineVoice("gmw/en", "English (Great Britain)", "en-gb", None),
    EngineVoice("gmw/en-us", "English (America)", "en-us", None),
    EngineVoice("roa/fr-be", "French (Belgium)", "fr-be", None),
    EngineVoice("roa/fr", "French (France)", "fr-fr", None),
    EngineVoice("gmw/de", "German", "de", None),
    EngineVoice("roa/pt-br", "Portuguese (Brazil)", "pt-br", None),
    EngineVoice("roa/pt", "Portuguese (Portugal)", "pt", None),
]
"""Part of what `accessible voices --all` lists (espeak-ng 1.52)."""

SYLLABLES = {
    "fr": "président 3|déclaré 3|économique 4|école 2|gouvernement 4|abeille 2|oiseau 2|"
    "ministre 2|réunion 3|aujourd'hui 3|était 2|travailleurs 3|élections 3|européenne 4|"
    "société 3|année 2|hôpital 3|beaucoup 2|grève 1|décision 3|économie 4|naïf 2|lycée 2|"
    "situation 4|pays 2|peuvent 1|habitants 3|ville 1|semaine 2|question 2|police 2",
    "de": "Abend 2|Bundesregierung 5|Förderung 3|Elektroautos 5|verlängern 3|Maßnahmen 3|"
    "Aufgabe 3|Eier 2|Theater 3|Bürgermeister 4|Polizei 3|Krankenhaus 3|Mitarbeiter 4|"
    "Frauen 2|neue 2|Feuerwehr 3|Bevölkerung 4|Situation 5|europäischen 5|Abgeordnete 5|"
    "Museum 3|Ideen 3|Million 3|Deutschland 2",
    "es": "gobierno 3|económica 5|presidente 4|día 2|aeropuerto 5|ciudad 2|oía 3|país 2|"
    "también 2|ciudadanos 4|elecciones 4|policía 4|agua 2|leer 2|trabajadores 5|poeta 3|"
    "huelga 2|guerra 2|creo 2|hoy 1|muy 1|reunión 3|situación 3|escuela 3|Europa 3",
    "it": "governo 3|economica 5|situazione 4|presidente 4|Italia 3|ministero 4|paese 3|"
    "città 2|scuola 2|europeo 4|lavoratori 5|sciopero 3|giorno 2|ospedale 4|idea 3|più 1|"
    "chiesa 2|famiglia 3|cittadini 4|polizia 4|aereo 4|aiuola 3|società 3",
    "nl": "regering 3|economische 5|situatie 4|president 3|ministerie 4|aanpakken 3|"
    "Nederland 3|burgemeester 4|kinderen 3|politie 3|ziekenhuis 3|gisteren 3|toekomst 2|"
    "nieuwe 2|verkiezingen 4|ideeën 3|ruimte 2|museum 3|leerlingen 3|Europese 4",
    "pt": "governo 3|econômica 5|presidente 4|ministério 4|aeroporto 5|país 2|também 2|"
    "pessoas 3|cidade 3|escola 3|trabalhadores 5|estudantes 4|família 3|cidadãos 3|"
    "sociedade 5|Lisboa 3|milhões 2|poeta 3|história 3|dia 2|ideia 3|saúde 3|região 3",
}
"""Syllables of common news words, as a dictionary divides them."""


@pytest.mark.parametrize("language", sorted(OTHERS))
def test_guess_language(language: str) -> None:
    assert guess_language(OTHERS[language]) == language


def test_detected_in_articles() -> None:
    assert analyze_text(FRENCH).language == "fr"
    assert analyze_text(GERMAN).language == "de"


def test_declared_language_unless_the_text_clearly_says_otherwise() -> None:
    assert guess_language("Short text.") is None
    assert article_language(None, "Short text.") == "en"
    assert article_language("sv-SE", "Stadsbiblioteket stänger i vår.") == "sv"
    assert article_language("fr-CA", "Court.") == "fr"
    # A template declaring English on every page is overruled by a clearly French text...
    assert article_language("en", OTHERS["es"]) == "es"
    # ...but a language the guess does not know is taken at its word.
    assert article_language("sv", OTHERS["en"]) == "sv"


@pytest.mark.parametrize("language", sorted(SYLLABLES))
def test_syllables(language: str) -> None:
    words = [(w, int(n)) for w, n in (item.split() for item in SYLLABLES[language].split("|"))]
    wrong = [(w, n, language_syllables(w, language)) for w, n in words]
    wrong = [miss for miss in wrong if miss[1] != miss[2]]
    assert len(wrong) <= len(words) // 10, wrong


def test_flesch_refits_match_textstat_constants() -> None:
    for language in ("fr", "de", "es", "it", "nl"):
        ease = LANGUAGES[language].ease[0]
        config = LANG_CONFIGS[language]
        assert (ease.base, ease.per_word, ease.per_syllable) == (
            config["fre_base"],
            config["fre_sentence_length"],
            config["fre_syll_per_word"],
        ), language


def test_formulas_on_counts() -> None:
    """Each formula on a text whose counts are known: 6 words, 1 sentence."""
    german = language_scores(["Das Gebäude braucht dringend neue Fenster."], "de")
    assert german["words"] == 6 and german["syllables"] == 11 and german["sentences"] == 1
    assert german["amstad"] == pytest.approx(180 - 6 - 58.5 * 11 / 6, abs=0.01)
    # Wiener: 1 word in 6 of 3+ syllables, 6 words a sentence, 4 in 6 over six letters, 2 in 6
    # of one syllable
    assert german["wiener_sachtextformel"] == pytest.approx(
        0.1935 * 100 / 6 + 0.1672 * 6 + 0.1297 * 400 / 6 - 0.0327 * 200 / 6 - 0.875, abs=0.01
    )
    italian = language_scores(["Il comune chiude la biblioteca."], "it")
    assert italian["gulpease"] == pytest.approx(89 + (300 * 1 - 10 * 26) / 5, abs=0.01)
    spanish = language_scores(["La ciudad cierra la biblioteca."], "es")
    assert {"fernandez_huerta", "szigriszt_pazos", "lix", "rix"} <= set(spanish)


def test_report_for_french_uses_french_formulas() -> None:
    data = report(analyze_text(FRENCH))
    scores = data["article"]
    assert data["language"] == "fr"
    assert {"kandel_moles", "lix", "rix", "consensus_grade", "words"} <= set(scores)
    assert not {"flesch_kincaid_grade", "dale_chall", "spache", "gunning_fog"} & set(scores)
    assert data["formulas"]["kandel_moles"]["name"].startswith("Kandel-Moles")
    assert data["main_formulas"] == {"grade": "consensus_grade", "ease": "kandel_moles"}
    assert data["passive_voice"] == [] and data["plainer_words"] == []
    assert "calibrated on English" in data["notes"][0]
    assert all("kandel_moles" in p for p in data["paragraphs"])
    assert scores["reading_time_s"] == pytest.approx(60 * scores["words"] / 195, abs=0.1)
    assert 0 < scores["kandel_moles"] < 100 and 4 <= scores["consensus_grade"] <= 16


def test_language_without_formulas_gets_lix_and_rix() -> None:
    scores = language_scores(["Stadsbiblioteket stänger i vår efter hundra år."], "sv")
    assert set(scores) == {"lix", "rix", "consensus_grade", "words", "sentences", "reading_time_s"}


def test_english_report_unchanged_but_labelled(sample: Path) -> None:
    data = report(analyze_path(sample))
    assert data["language"] == "en" and "notes" not in data
    assert data["main_formulas"] == {"grade": "flesch_kincaid_grade", "ease": "flesch_reading_ease"}
    assert "dale_chall" in data["article"] and "dale_chall" in data["formulas"]


# --- voices -----------------------------------------------------------------


def test_voice_for_language() -> None:
    assert voice_for_language(ESPEAK, "fr") == "roa/fr"  # France before Belgium
    assert voice_for_language(ESPEAK, "de") == "gmw/de"
    assert voice_for_language(ESPEAK, "pt") == "roa/pt"  # the bare tag before Brazil
    assert voice_for_language(ESPEAK, "it") is None
    assert voice_for_language(FakeEngine().voices(), "fr") is None


def test_localised_profile_keeps_variants_and_pitches() -> None:
    profile = load_profile()
    french = localise(profile, "fr", ESPEAK)
    assert french.narrator == replace(profile.narrator, voice="roa/fr")
    for before, after in zip(profile.female, french.female, strict=True):
        assert after.voice == "roa/fr+" + before.voice.partition("+")[2]
        assert after.pitch == before.pitch
    assert len(set(french.all_voices())) == len(profile.all_voices())  # still all distinct
    assert localise(profile, "it", ESPEAK) == profile  # no Italian voice: unchanged
    assert localise(profile, "en", ESPEAK) == profile


def test_casting_in_french_survives_a_rerender_with_its_sidecar(sample: Path) -> None:
    article = replace(analyze_path(sample), language="fr")
    profile = load_profile()
    first = cast(article, profile, None, ESPEAK)
    assert first.narrator.voice == "roa/fr"
    assert all(v.voice.startswith("roa/fr") for v in first.speakers.values())
    assert first.narrator not in first.speakers.values()
    chosen = {speaker: voice.voice for speaker, voice in first.speakers.items()}
    assert cast(article, profile, chosen, ESPEAK) == first


class _Listening:
    """An engine that says it has espeak-ng's voices and records which ones it is asked for."""

    def __init__(self, engine: Engine, voices: list[EngineVoice] | None = None) -> None:
        self.engine = engine
        self.listed = voices
        self.used: set[str] = set()

    def voices(self) -> list[EngineVoice]:
        return self.listed if self.listed is not None else self.engine.voices()

    def synthesize(self, text: str, voice: Voice, rate: int) -> Clip:
        self.used.add(voice.voice)
        return self.engine.synthesize(text, voice, rate)

    def synthesize_all(self, lines: Iterable[tuple[str, Voice, int]]) -> Iterator[Clip]:
        def heard() -> Iterator[tuple[str, Voice, int]]:
            for text, voice, rate in lines:
                self.used.add(voice.voice)
                yield text, voice, rate

        return self.engine.synthesize_all(heard())

    def close(self) -> None:
        self.engine.close()


def _render(
    tmp_path: Path, text: str, monkeypatch: pytest.MonkeyPatch, engine: _Listening
) -> tuple[dict[str, Path], dict[str, Any]]:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setattr(pipeline, "create_engine", lambda name: engine)
    paths = accessible.render(path, tmp_path / "out", engine="fake")
    return paths, json.loads(paths["report"].read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("text", "language", "voice", "ease"),
    [(FRENCH, "fr", "roa/fr", "kandel_moles"), (GERMAN, "de", "gmw/de", "amstad")],
)
def test_render_in_another_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, language: str, voice: str, ease: str
) -> None:
    engine = _Listening(FakeEngine(), ESPEAK)
    paths, scores = _render(tmp_path, text, monkeypatch, engine)
    assert engine.used and all(v.partition("+")[0] == voice for v in engine.used)
    analysis = json.loads(paths["analysis"].read_text(encoding="utf-8"))
    assert analysis["language"] == language
    assert scores["language"] == language and ease in scores["article"]
    assert "flesch_kincaid_grade" not in scores["article"]
    assert "simplified" not in scores or not scores["simplified"]
    assert any("Easy Read" in note for note in scores["notes"])
    assert not {"plain", "easy", "plain-html", "easy-html"} & set(paths)
    out = tmp_path / "out"
    assert not [*out.glob("*.plain.*"), *out.glob("*.easy.*")]
    assert paths["mp3"].stat().st_size > 0 and paths["vtt"].read_text(encoding="utf-8")


def test_fake_engine_without_the_language_keeps_the_profile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = _Listening(FakeEngine())
    _render(tmp_path, FRENCH, monkeypatch, engine)
    assert "gmw/en-gb-x-rp" in engine.used


def test_real_engine_speaks_german_with_its_german_voice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    short = "\n\n".join(GERMAN.split("\n\n")[:2]) + "\n"
    engine = _Listening(create_engine("pyttsx3"))
    _, scores = _render(tmp_path, short, monkeypatch, engine)
    assert engine.used == {"gmw/de"}
    assert scores["audio"]["duration_s"] > 3


def test_easy_narration_of_another_language_is_refused_in_one_line(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from accessible.cli import app

    path = tmp_path / "article.txt"
    path.write_text(FRENCH, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app, ["render", str(path), "-o", str(out), "--easy", "--engine", "fake"]
    )
    assert result.exit_code == 1 and "Traceback" not in result.output
    error = result.stderr.strip().splitlines()[0]
    assert error.startswith("error: ") and str(path) in error
    assert "is in French" in error and "without --easy" in error
    assert [p.name for p in out.iterdir()] == ["manifest.jsonl"]

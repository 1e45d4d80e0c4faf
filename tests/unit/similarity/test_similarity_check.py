"""'Check before you build': clear errors for bad input, useful answers in English and Welsh."""

import pytest

from search.lexicon import parse
from search.similarity.check import (
    MAX_CHARS,
    CheckIndex,
    CheckInputError,
    clean_description,
    defined_terms,
    distinct_reasons,
    fuse,
    need_terms,
    search_words,
)
from search.similarity.items import SimilarityItem


@pytest.fixture(scope="module")
def index(snapshot_items):
    return CheckIndex(snapshot_items)


@pytest.mark.parametrize("text", [None, "", "   \n\t ", "!!! ??? ...", b"", "🙂" * 1000])
def test_empty_descriptions_are_refused(text):
    with pytest.raises(CheckInputError) as error:
        clean_description(text)
    assert error.value.code == "empty"
    assert "Describe" in error.value.message


def test_over_long_descriptions_are_refused_before_any_work():
    with pytest.raises(CheckInputError) as error:
        clean_description("a" * (MAX_CHARS + 1))
    assert error.value.code == "too_long"
    assert "5,000" in error.value.message
    assert clean_description("a" * MAX_CHARS) == "a" * MAX_CHARS


@pytest.mark.parametrize(
    "text",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "text with a NUL \x00 in it",
        "\x01\x02\x03\x04 control characters \x05\x06\x07",
        "broken \ufffd\ufffd\ufffd decoding",
    ],
)
def test_binary_input_is_refused(text):
    with pytest.raises(CheckInputError) as error:
        clean_description(text)
    assert error.value.code == "binary"


def test_utf8_bytes_and_welsh_accents_are_accepted():
    assert (
        clean_description("Gwasanaeth i’r cyhoedd â ŵ ŷ".encode()) == "Gwasanaeth i’r cyhoedd â ŵ ŷ"
    )


def test_an_english_description_finds_existing_design_systems(index):
    matches = index.check("We want to build a component library of accessible UI components")
    names = [m.full_name for m in matches]
    assert len(matches) <= 10
    assert sum("design-system" in n or "component-library" in n for n in names[:5]) >= 3
    assert matches[0].terms and matches[0].score >= matches[-1].score


def test_a_welsh_description_finds_welsh_speech_recognition(index):
    matches = index.check("Rydym am greu ap adnabod lleferydd Cymraeg i drawsgrifio cyfarfodydd")
    assert matches
    assert all(m.organisation == "bangor-university-techiaith" for m in matches[:5])
    assert "speech recognition" in matches[0].terms


def test_an_english_description_finds_components_described_only_in_welsh(index):
    matches = index.check("Welsh speech recognition")
    assert any("adnabod" in m.full_name or "kaldi" in m.full_name for m in matches[:10])


def test_an_organisation_can_leave_out_its_own_components(index):
    matches = index.check("address lookup service", exclude_organisation="dvla")
    assert matches and all(m.organisation != "dvla" for m in matches)


@pytest.mark.parametrize(
    "text",
    [
        "x" * MAX_CHARS,
        "(a+)+$ [[[ ((( \\\\ .*.*.*",
        " ".join(["word"] * 1000),
        "🙂 emoji " * 500,
        "zzqx vvkj",
    ],
)
def test_odd_input_gives_an_answer_not_an_error(index, text):
    assert isinstance(index.check(text), list)


def test_an_empty_catalogue_answers_nothing():
    assert CheckIndex([]).check("anything at all") == []


def test_a_welsh_description_finds_english_components_through_the_lexicon():
    lexicon = parse("ffermydd /x/ <n, p, f>\nfarms\n", "")
    items = [
        SimilarityItem(
            id=1,
            full_name="a/crop-forecasts",
            name="crop-forecasts",
            organisation="a",
            sector="health",
            description="Crop forecasts for farms and growers",
        ),
        SimilarityItem(
            id=2,
            full_name="b/address-lookup",
            name="address-lookup",
            organisation="b",
            sector="health",
            description="Find an address from a postcode",
        ),
    ]
    found = CheckIndex(items, lexicon=lexicon).check("Rhagolygon i ffermydd")
    assert [match.full_name for match in found] == ["a/crop-forecasts"]
    assert "farm" in " ".join(found[0].terms)


# A few everyday Welsh words, so these tests read Welsh the same with or without FreeDict.
WELSH_ENGLISH = "".join(
    f"{welsh} /x/ <v>\n{english}\n"
    for welsh, english in [
        ("anfon", "send"),
        ("atgoffa", "remind"),
        ("dangosfwrdd", "dashboard"),
        ("dangos", "show"),
        ("amseroedd", "times"),
        ("aros", "wait"),
        ("ysbytai", "hospitals"),
        ("preswylwyr", "residents"),
        ("dirwyon", "fines"),
        ("gwenyn", "bees"),
        ("arlein", "online"),
    ]
)

# The same needs in English and in Welsh, as a team would write them.
NEEDS = [
    (
        "We want to build a service to send text messages to patients reminding them of "
        "appointments",
        "Rydyn ni am adeiladu gwasanaeth i anfon negeseuon testun at gleifion i’w hatgoffa am "
        "apwyntiadau",
    ),
    (
        "We want to create a dashboard showing waiting times in hospitals",
        "Rydym eisiau creu dangosfwrdd sy’n dangos amseroedd aros mewn ysbytai",
    ),
    ("An app for residents to pay parking fines", "Ap i breswylwyr dalu dirwyon parcio"),
    (
        "A postcode lookup to find an address for a form",
        "Chwilio cod post i ddod o hyd i gyfeiriad ar gyfer ffurflen",
    ),
    (
        "An online form for people to report fly-tipping, with a map and photos",
        "Ffurflen ar-lein i bobl roi gwybod am dipio anghyfreithlon, gyda map a lluniau",
    ),
]


@pytest.fixture(scope="module")
def bilingual_index(snapshot_items):
    return CheckIndex(snapshot_items, lexicon=parse(WELSH_ENGLISH, ""))


@pytest.mark.parametrize(("english", "welsh"), NEEDS, ids=lambda text: text[:24])
def test_a_welsh_need_finds_what_its_english_finds(bilingual_index, english, welsh):
    in_english = [m.full_name for m in bilingual_index.check(english)[:4]]
    in_welsh = [m.full_name for m in bilingual_index.check(welsh)[:4]]
    assert in_welsh[0] == in_english[0]
    assert len(set(in_welsh) & set(in_english)) >= 3


def test_a_welsh_need_for_text_messages_finds_the_notify_components(bilingual_index):
    matches = bilingual_index.check(NEEDS[0][1])
    assert matches[0].terms[0] == "e-mail and text notifications"
    assert "companieshouse/chs-gov-uk-notify-integration-api" in [m.full_name for m in matches[:5]]
    assert "intellectual-property-office/Services" not in [m.full_name for m in matches[:5]]


@pytest.mark.parametrize("text", [need for pair in NEEDS for need in pair], ids=lambda t: t[:24])
def test_words_about_building_are_never_shared_words(bilingual_index, text):
    building = {"build", "adeiladu", "create", "creu", "want", "eisiau", "need", "angen"}
    for match in bilingual_index.check(text):
        assert not building & {word for term in match.terms for word in term.split()}


@pytest.mark.parametrize("text", [need for pair in NEEDS for need in pair], ids=lambda t: t[:24])
def test_reasons_never_repeat_a_word(bilingual_index, text):
    for match in bilingual_index.check(text):
        words = [word for term in match.terms for word in term.split() if len(word) > 3]
        stems = [word[:6] if len(word) > 6 else word.removesuffix("s") for word in words]
        assert len(stems) == len(set(stems)), match.terms


def test_a_phrase_and_its_words_are_said_once():
    assert distinct_reasons(["service send", "send", "service"]) == ["service send"]
    assert distinct_reasons(["send", "service send"]) == ["service send"]
    assert distinct_reasons(["payments", "payment", "pay"]) == ["payments", "pay"]
    assert distinct_reasons(["online forms", "form", "map"]) == ["online forms", "map"]


def test_words_about_building_and_software_in_general_are_not_asked_for():
    terms = need_terms(
        "Rydyn ni eisiau adeiladu system i greu gwasanaeth; we want to build and create an app",
        parse("", ""),
    )
    assert not set(terms) & {"adeiladu", "creu", "greu", "build", "create", "system", "service"}


def test_a_welsh_word_building_a_service_name_stays():
    # 'rheoli adeiladu' is building control, a council service, not the act of building.
    assert "control" in need_terms("Cais rheoli adeiladu", parse("", ""))


def test_a_component_without_a_description_does_not_win_on_its_name():
    items = [
        SimilarityItem(id=1, full_name="a/appointments", name="appointments", organisation="a"),
        SimilarityItem(
            id=2,
            full_name="b/clinic-reminders",
            name="clinic-reminders",
            organisation="b",
            description="Reminds patients of their clinic appointments by text message",
        ),
        SimilarityItem(
            id=3,
            full_name="c/payments",
            name="payments",
            organisation="c",
            description="Take card payments for council services",
        ),
    ]
    found = CheckIndex(items, lexicon=parse("", "")).check("remind patients of appointments")
    assert [match.full_name for match in found][:2] == ["b/clinic-reminders", "a/appointments"]


def test_one_word_in_common_is_only_a_loose_match(bilingual_index):
    for text in ("A map of beehives kept by volunteers", "Photos of people at the seaside"):
        matches = bilingual_index.check(text)
        assert matches and all(m.score < 0.15 for m in matches)  # the page's 'Loose match'


def test_welsh_stop_words_are_never_asked_for_nor_shared():
    terms = need_terms("Gwasanaeth Cymraeg mewn ysbytai, wrth gwrs, ar ôl clinig", parse("", ""))
    words = {word for term in terms for word in term.split()}
    assert not words & {"mewn", "wrth", "ol", "ôl"}
    assert "welsh" in terms


def test_hyphenated_compounds_stay_whole():
    terms = need_terms("A front-end for e-mail sign-in, and fly-tipping", parse("", ""))
    assert {"frontend", "front end", "email", "signin", "flytipping", "fly tipping"} <= set(terms)
    assert not {"end", "mail", "sign", "fly", "front"} & set(terms)
    # A number is no particle: 'covid-19' still asks for 'covid'.
    assert "covid" in need_terms("covid-19 test results", parse("", ""))


def _item(number, organisation, name, description):
    return SimilarityItem(
        id=number,
        full_name=f"{organisation}/{name}",
        name=name,
        organisation=organisation,
        sector="health",
        description=description,
    )


def _index(*rows: tuple[str, str, str]) -> CheckIndex:
    """A check index of (organisation, name, description) rows, without the bundled lexicon."""
    items = [_item(number, *row) for number, row in enumerate(rows, start=1)]
    return CheckIndex(items, lexicon=parse("", ""))


def test_look_up_meets_lookup_and_front_end_never_matches_on_end():
    index = _index(
        ("a", "postcode-finder", "Postcode lookup for forms"),
        ("b", "e2e-tests", "End to end tests that end each release"),
        ("c", "web-toolkit", "Frontend toolkit for GOV.UK services"),
    )
    found = index.check("A way to look up postcodes")
    assert found[0].full_name == "a/postcode-finder" and "lookup" in found[0].terms
    found = index.check("A shared front-end toolkit")
    assert [m.full_name for m in found] == ["c/web-toolkit"]
    assert not any("end" in term.split() for m in found for term in m.terms)


def test_reciprocal_rank_fusion_ranks_what_both_rank_high_first():
    fused = fuse([[1, 2, 3], [3, 4, 1]], k=1)
    assert [item for item, _ in fused] == [1, 3, 2, 4]
    assert fused[0][1] == 1 / 2 + 1 / 4
    # Weighted, the second ranking leads: 3 and 4 come before 2.
    weighted = fuse([[1, 2, 3], [3, 4, 1]], weights=(0.25, 1.0), k=1)
    assert [item for item, _ in weighted] == [3, 1, 4, 2]
    assert weighted[0][1] == 0.25 / 4 + 1 / 2


def test_a_need_becomes_a_search_question_without_words_about_building():
    # 'ni' (we) goes; 'rydyn' and 'am' are search's own stop words, kept for phrases.
    assert search_words("Rydyn ni am adeiladu ffurflen ar-lein") == "rydyn am ffurflen ar lein"
    long = "We want to build a service that converts Welsh text into spoken audio for our website"
    assert search_words(long) == "service converts welsh text spoken audio website"
    with pytest.raises(CheckInputError):
        search_words("   ")


@pytest.mark.parametrize(
    ("need", "asked"),
    [
        ("Is there anything for component libraries?", "is for component libraries"),
        ("We need something to send text messages", "to send text messages"),
        ("Does anyone have a way to look up addresses?", "does have look up addresses"),
        ("Oes unrhyw beth ar gyfer systemau dylunio?", "beth ar gyfer systemau dylunio"),
        ("Oes rhywbeth ar gyfer archebu apwyntiadau?", "ar gyfer archebu apwyntiadau"),
        ("Rydyn ni'n chwilio am ffordd o drawsgrifio lleferydd", "drawsgrifio lleferydd"),
        ("Dw i'n chwilio am rywbeth i anfon negeseuon", "i anfon negeseuon"),
    ],
)
def test_words_that_frame_a_request_are_not_searched_for(need, asked):
    assert search_words(need) == asked


def test_someone_looking_is_no_shared_word_but_a_search_is():
    lexicon = parse("chwilio /x/ <v>\nsearch\ntrawsgrifio /x/ <v>\ntranscribe\n", "")
    assert "search" not in need_terms("Rydyn ni'n chwilio am ffordd o drawsgrifio", lexicon)
    assert "search" in need_terms("rhaglen i chwilio am drawsgrifio", lexicon)


@pytest.mark.parametrize(
    "need",
    [
        # Only someone saying they are looking frames a need: a service to search stays asked for.
        "gwasanaeth i chwilio am gyfeiriad",
        "ways of working for digital teams",
        "gwaith ffordd yn y sir",  # roadworks in the county: 'ffordd' is a road too
    ],
)
def test_words_of_a_need_that_only_look_like_a_frame_stay(need):
    assert search_words(need) == " ".join(need.lower().split())


CONTEXT_FIRST = (
    "We are a small digital team in a Welsh public body. Next year we plan something new for the "
    "people we serve, working in the open. What we need: booking appointments at clinics"
)


def test_a_long_need_is_searched_for_by_its_most_telling_words_in_their_order():
    rarity = {"booking": 9.0, "appointments": 8.0, "clinics": 7.0}.get
    words = search_words(CONTEXT_FIRST, lambda word: rarity(word, 1.0)).split()
    assert len(words) == 12  # not 'we' nor 'something': they frame the need
    assert words[-3:] == ["booking", "appointments", "clinics"]
    assert words[:2] == ["small", "digital"]  # the rest by rarity, ties in order
    # Without a rarity the first words are searched for, and the need is lost.
    assert "booking" not in search_words(CONTEXT_FIRST).split()


def test_the_check_index_weighs_a_need_s_words_by_the_components_that_use_them():
    items = [
        SimilarityItem(
            id=k,
            full_name=f"o{k}/tool-{k}",
            name=f"tool-{k}",
            organisation=f"o{k}",
            # Every component says what the need's opening says; one says what it asks for.
            description="A small digital team in a Welsh public body plans something new for "
            "the people it serves, working in the open next year"
            + (", booking clinics" if k == 1 else ""),
        )
        for k in range(1, 5)
    ]
    index = CheckIndex(items, lexicon=parse("", ""))
    assert index.rarity("the") == 0.0  # no term: a stop word
    assert index.rarity("clinics") > index.rarity("public")
    assert index.rarity("zebras") == index.model.idf.max()  # nobody uses it: as telling as any
    words = index.search_words(CONTEXT_FIRST).split()
    assert {"booking", "clinics"} <= set(words)


def test_a_long_need_is_also_asked_sentence_by_sentence():
    index = CheckIndex(_items(), lexicon=parse("", ""))
    assert index.search_questions("booking appointments") == [("booking appointments", 1.0)]
    with pytest.raises(CheckInputError):
        index.search_questions("...")
    questions = index.search_questions(CONTEXT_FIRST + "... And reminders by text message!")
    asked = [text for text, _ in questions]
    assert asked[0] == index.search_words(CONTEXT_FIRST + "... And reminders by text message!")
    assert "and reminders by text message" in asked
    assert len(asked) == len(set(asked))
    # The sentence 'What we need:' asks for weighs 1; beside it, the rarest words weigh a quarter
    # (RAREST_BESIDE_ASKING) and the sentences that do not ask share a quarter.
    weights = dict(questions)
    assert weights[asked[0]] == 0.25
    assert weights["booking appointments at clinics"] == 1.0
    others = [weight for text, weight in questions[1:] if text != "booking appointments at clinics"]
    assert others == [pytest.approx(1 / 16)] * 3


@pytest.mark.parametrize(
    ("need", "asking"),
    [
        (
            "Our digital team in a small public body is reviewing the services we run this year. "
            "Is there anything that sends text messages to patients? We would host it ourselves.",
            "is that sends text messages to patients",
        ),
        (
            "Mae tîm digidol ein cyngor yn adolygu ei wasanaethau a'i systemau i gyd eleni. Mae "
            "angen ffordd arnom i anfon negeseuon testun at gleifion. Rhaid mynd yn fyw erbyn y "
            "gwanwyn.",
            "mae ffordd i anfon negeseuon testun at gleifion",
        ),
    ],
)
def test_the_sentence_of_a_long_need_that_asks_weighs_most(need, asking):
    questions = CheckIndex(_items(), lexicon=parse("", "")).search_questions(need)
    weights = dict(questions)
    assert weights[asking] == 1.0
    assert all(weight < 1.0 for text, weight in questions if text != asking)


def test_the_rarest_words_of_a_long_need_weigh_fully_where_no_sentence_asks():
    need = (
        "Booking appointments at clinics across the county. Our staff work on several sites, "
        "and the reminders go by text message."
    )
    questions = CheckIndex(_items(), lexicon=parse("", "")).search_questions(need)
    assert questions[0][1] == 1.0 and len(questions) > 1
    # The sentences share 1 (a quarter only beside a sentence that leads).
    assert [weight for _, weight in questions[1:]] == [pytest.approx(1 / 2)] * 2


@pytest.mark.parametrize(
    ("need", "stated"),
    [
        (
            "Booking appointments at clinics across the county with reminders. It must work for "
            "our staff on several sites, and we would rather reuse than build.",
            "booking appointments at clinics across the county with reminders",
        ),
        (
            "Rhaid iddo weithio yn Gymraeg ac yn Saesneg ar draws y sir gyfan. System archebu "
            "apwyntiadau mewn clinigau.",
            "system archebu apwyntiadau mewn clinigau",
        ),
    ],
)
def test_where_nothing_asks_the_sentence_beside_the_conditions_leads(need, stated):
    rota = SimilarityItem(
        id=4,
        full_name="d/staff-rota",
        name="staff-rota",
        organisation="d",
        description="Staff rotas on several sites; y sir gyfan yn Gymraeg",
    )
    index = CheckIndex([*_items(), rota], lexicon=parse("", ""))
    weights = dict(index.search_questions(need))
    assert weights[stated] == 1.0
    assert all(weight < 1.0 for text, weight in weights.items() if text != stated)
    # The shared words a check looks for are the need's, not the conditions'.
    assert "d/staff-rota" not in [match.full_name for match in index.check(need)]


@pytest.mark.parametrize(
    ("need", "stated"),
    [
        (
            "We are a small digital team in a county council. Booking appointments at clinics.",
            "booking appointments at clinics",
        ),
        (
            "Datblygwr ydw i mewn bwrdd iechyd yn y gogledd. System archebu apwyntiadau.",
            "system archebu apwyntiadau",
        ),
        (
            "Our team keeps paper diaries at every clinic. How do we book appointments online.",
            "how do book appointments online",
        ),
    ],
)
def test_an_opening_about_who_is_asking_stands_aside(need, stated):
    weights = dict(CheckIndex(_items(), lexicon=parse("", "")).search_questions(need))
    assert weights[stated] == 1.0
    assert all(weight < 1.0 for text, weight in weights.items() if text != stated)


def test_a_short_need_whose_sentences_lead_is_read_sentence_by_sentence():
    index = CheckIndex(_items(), lexicon=parse("", ""))
    # Read whole, the conditions would weigh as much as the need: a search reads both.
    need = "It has to be accessible and bilingual. Booking appointments at clinics."
    weights = dict(index.search_questions(need))
    assert weights["booking appointments at clinics"] == 1.0
    assert weights["it has to be accessible and bilingual"] < 1.0
    # A need with one sentence, or whose sentences all lead, is still read whole.
    assert len(index.search_questions("Booking appointments at clinics. Reminders by text.")) == 1
    assert len(index.search_questions("Is there anything for booking appointments?")) == 1


def _items():
    return [
        SimilarityItem(
            id=1,
            full_name="a/clinic-model",
            name="clinic-model",
            organisation="a",
            description="A domain model for scheduling",
        ),
        SimilarityItem(
            id=2,
            full_name="b/booking-notes",
            name="booking-notes",
            organisation="b",
            description="Notes on booking rooms",
        ),
        SimilarityItem(
            id=3,
            full_name="c/appointments-api",
            name="appointments-api",
            organisation="c",
            description="Company officer appointments",
        ),
    ]


def test_what_search_finds_is_fused_with_the_shared_words():
    index = CheckIndex(_items(), lexicon=parse("", ""))
    alone = [m.id for m in index.check("booking appointments")]
    assert 1 not in alone  # it shares no word
    written = (
        "booking appointments, quickly and cheaply, for the small surgeries of north west Wales"
    )
    fused = index.check(written, searched=[1, 2])
    # Found by both first; then search's first, which leads the shared words' (WORDS_WEIGHT).
    assert [m.id for m in fused] == [2, 1, 3]
    assert [m.score for m in fused] == sorted((m.score for m in fused), reverse=True)
    by_id = {m.id: m for m in fused}
    assert by_id[1].similarity == 0 and by_id[2].similarity > 0  # how sure, whatever found it
    # A short need is search's to answer: the shared words weigh a tenth (SHORT_WEIGHT).
    assert [m.id for m in index.check("booking appointments", searched=[1, 2])] == [1, 2, 3]
    assert 1 not in [m.id for m in index.check("booking", searched=[1], exclude_organisation="a")]


def test_a_need_in_everyday_words_asks_for_the_jargon_of_the_definition_it_reads_like():
    lexicon = parse("", "")
    need = "tell someone I sold my vehicle"
    assert defined_terms(need, need_terms(need, lexicon), lexicon) == ["change keeper"]
    # Of a key of several words, only its phrases: never 'end' alone.
    need = "A shared front-end toolkit"
    assert "end" not in defined_terms(need, need_terms(need, lexicon), lexicon)
    # A need that reads like no definition, or names one's term itself, asks for nothing more.
    for need in ("Photos of people at the seaside", "a change of keeper service"):
        assert defined_terms(need, need_terms(need, lexicon), lexicon) == []


def test_the_jargon_a_need_reads_as_finds_what_it_never_names():
    index = _index(
        ("a", "keeper-service", "Change keeper service"),
        ("b", "vehicle-auctions", "Vehicle auction listings"),
        ("c", "car-parks", "Find a car park near you"),
    )
    found = {m.full_name: m for m in index.check("tell someone I sold my vehicle")}
    # It shares no word the need said: only the jargon it was read as ('change keeper').
    assert "a/keeper-service" in found and "c/car-parks" not in found
    # What is shown as shared is what the need said, not the jargon it was read as.
    assert found["a/keeper-service"].terms == ()


def test_a_long_need_shares_the_words_of_the_sentence_that_asks():
    index = CheckIndex(_items(), lexicon=parse("", ""))
    opening = (
        "Our small digital team models every clinic and its scheduling across the county, for "
        "three hospitals and many surgeries in north west Wales. "
    )
    assert 1 in [m.id for m in index.check(opening + "We also keep notes.")]
    matches = index.check(opening + "Is there anything for booking rooms?")
    assert [m.id for m in matches] == [2]
    assert matches[0].terms == ("booking room",)


def test_a_need_is_read_sentence_by_sentence_once_for_its_questions_and_its_check(monkeypatch):
    index = CheckIndex(_items(), lexicon=parse("", ""))
    need = CONTEXT_FIRST + "... And reminders by text message!"
    read = []
    original = index.search_words
    monkeypatch.setattr(index, "search_words", lambda text: read.append(text) or original(text))
    index.search_questions(need)
    first = len(read)
    index.check(need, searched=[1])
    assert first and len(read) == first  # not again

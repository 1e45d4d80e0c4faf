"""The English and Welsh words and phrases by which README sentences are judged as descriptions.

Kept apart from the rules so that adding a word (a Welsh imperative, a tooling phrase) is a
change to data, not to logic. Phrases are matched against lower-case words joined by single
spaces, with a space at each end, so ' below ' matches the word and not 'belowground'.
"""

ABBREVIATIONS = frozenset(
    "e.g eg i.e ie etc vs cf approx incl dr mr mrs ms st no fig nb sef h.y e.e ayb".split()
)

# Sections whose paragraphs tell how to install, run or change the code, or under what terms:
# an enclosing heading that starts with one of these (as words, or as the start of a word).
OPERATIONAL_HEADINGS = tuple(
    line.strip()
    for line in """
    install
    get started
    getting started
    quick start
    quickstart
    usage
    how to
    using
    run
    setup
    set up
    develop
    local development
    prerequisite
    pre requisite
    requirement
    system requirement
    dependenc
    config
    environment variable
    build
    deploy
    test
    contribut
    licen
    copyright
    tools
    tooling
    lint
    audit
    command
    available scripts
    makefile
    docker
    troubleshoot
    changelog
    release
    versioning
    support
    contact
    authors
    maintainer
    acknowledg
    credit
    code of conduct
    security
    instruction
    technolog
    tech stack
    built with
    table of contents
    cychwyn
    gosod
    defnyddio
    rhedeg
    datblygu
    gofynion
    cyfrannu
    trwydded
    hawlfraint
    cydnabyddiaeth
    diolch
    cysylltu
    profi
    adeiladu
    ffurfweddu
    dibyniaethau
    """.strip().splitlines()
)

# First words that tell the reader to do something rather than say what the code is.
IMPERATIVES = frozenset(
    """
    install reinstall uninstall run clone configure setup download launch navigate visit see
    follow use copy execute enter click select please read refer edit change replace put insert
    require import add create deploy compile check fork submit try note remember don't do
    ensure head save write fill describe specify modify upgrade restart stop upload unzip
    browse view start delete remove llwytho lawrlwytho clonio lansio
    """.split()
)
# Verbs that are also nouns or adjectives ('Open source ...', 'Set of utilities', 'Log::Declare'):
# instructions only when what follows is an object or particle ('Open a browser', 'Set up').
AMBIGUOUS_VERBS = frozenset(
    "open build make list type place access set find log sign document point test look".split()
)

OBJECTS = frozenset(
    """
    the a an your this these that it them our its to up in into out following http https with
    from and all any you yourself
    """.split()
)
# Commands pasted as prose ('python3 -m venv venv source ...').
COMMANDS = frozenset(
    """
    python python3 pip pip3 npm npx yarn pnpm git docker docker-compose mvn gradle cargo curl
    wget sudo apt apt-get brew export source bundle gem rake rails dotnet node java terraform
    kubectl helm poetry uv conda
    """.split()
)
# Words that continue a procedure: the sentence is a step, not a summary.
SEQUENCE_STARTS = frozenset(
    "then next finally now afterwards additionally also however alternatively yna wedyn nawr hefyd".split()
)
# Welsh 2nd person imperatives end in -wch (gosodwch, rhedwch, agorwch); these nouns do too.
WCH_NOUNS = frozenset("uwch llwch heddwch harddwch tywyllwch trwch bwch cwch dedwyddwch".split())

READER_STARTS = (
    "you ",
    "your ",
    "if you",
    "if on ",
    "before you",
    "once you",
    "when you",
    "after you",
    "make sure",
    "in order to ",
    "go to ",
    "let's ",
    "let us ",
    "we welcome ",
    "contributions ",
    "tl dr",
    "log in",
    "sign in",
    "sign up",
    "check out",
    "find out",
    "once ",
    "available as ",
    "available from ",
    "available on ",
    "requires ",
    "thank you",
    "thanks ",
    "for more ",
    "for further ",
    "for information",
    "for details",
    "for background",
    "for context",
    "for instructions",
    "for help",
    "more information",
    "more details",
    "read more",
    "setting up",
    "to be able to",
    "installing ",
    "running ",
    "bydd angen",
    "mae angen i chi",
    "rhaid i chi",
    "gallwch",
    "dylech",
    "os ydych",
    "os oes gennych",
    "os yw",
    "cyn i chi",
    "yn gyntaf",
    "i'w defnyddio",
    "i’w defnyddio",
    "er mwyn rhedeg",
    "er mwyn gosod",
    "er mwyn defnyddio",
    "gweler",
    "sylwch",
    "noder",
)

TO_DO = frozenset(
    """
    run install use build start get set test deploy develop work contribute configure launch
    create see view access update add learn find redeg osod ddefnyddio lawrlwytho gychwyn brofi adeiladu
    """.split()
)

READER_PHRASES = (
    " can be run ",
    " can be installed ",
    " can be started ",
    " can be built ",
    " can be deployed ",
    " can be launched ",
    " can be found ",
    " can be downloaded ",
    " can be accessed ",
    " can be viewed ",
    " below ",
    " isod ",
    " uchod ",
    " can be seen ",
    " are published to ",
    " is published to ",
    " you will need ",
    " you'll need ",
    " up and running ",
    " is to install ",
    " sydd ei angen",
    " sydd eu hangen",
    " is available from ",
    " are available from ",
    " is available on ",
    " are available on ",
    " is available at ",
    " are available at ",
    " is available here",
    " are available here",
    " is required to ",
    " are required to ",
    " is required for ",
    " are required for ",
)
# Notes about the README itself and template placeholders left unfilled.
PLACEHOLDER_STARTS = (
    "description",
    "brief description",
    "short description",
    "a short description",
    "a brief description",
    "one paragraph description",
    "project description",
    "title of",
    "project title",
    "todo",
    "to do",
    "tbc",
    "tbd",
    "wip",
    "coming soon",
    "under construction",
    "work in progress",
    "lorem ipsum",
    "disgrifiad",
    "i'w wneud",
    "yn dod yn fuan",
)

META_WORDS = frozenset("readme placeholder lorem ipsum".split())

META_PHRASES = (
    " the description ",
    " this description ",
    " a description ",
    " description here",
    " description of the project",
    " description of this project",
)
# How the code was made or is managed, not what it does.
TOOLING_PHRASES = (
    " bootstrapped ",
    " scaffolded ",
    " was generated with ",
    " was generated using ",
    " was generated by ",
    " was created with create",
    " commit messages ",
    " was copied from ",
    " were copied from ",
    " uses go modules",
    " uses npm workspaces",
    " uses yarn workspaces",
    " uses lerna",
    " uses poetry",
    " uses pipenv",
    " uses pre-commit",
    " uses git submodules",
    " uses semantic versioning",
    " uses conventional commits",
    " managed with poetry",
)

TOOLING_STARTS = tuple(
    f"{article} {thing} uses "
    for article in ("this", "the")
    for thing in ("project", "repo", "repository", "app", "application", "library", "package")
)
# 'Document author: ...', 'Status: Draft': a record of the document, not of the code.
METADATA_LABELS = frozenset(
    "author authors version status date owner maintainer maintainers contact audience approved"
    " review updated created awdur fersiwn statws dyddiad".split()
)
# Where the repository stands (archived, replaced, unfinished), not what it is.
STATUS_PHRASES = (
    " archived ",
    " archieved ",
    " deprecated ",
    " superseded ",
    " no longer ",
    " being replaced ",
    " been replaced ",
    " subject to change ",
    " under active development ",
    " under development ",
    " not intended ",
    " no further ",
    " has been upgraded ",
    " has been updated ",
    " has been migrated ",
    " has been moved ",
    " been removed ",
    " now including ",
    " now includes ",
)

# Shapes of a sentence that says what something is or does.
WHAT_IT_IS_PHRASES = (
    " is a ",
    " is an ",
    " is the ",
    " are a ",
    " provides ",
    " contains ",
    " allows ",
    " enables ",
    " helps ",
    " implements ",
    " is designed to ",
    " is a collection ",
    " hosts ",
    " yw hwn ",
    " yw hon ",
    " yw'r ",
    " sy'n ",
    " sydd yn ",
    " ar gyfer ",
)

_SUBJECTS = """
    project repo repository tool toolkit app application service library package module gem site
    website guide document pipeline action component plugin api model dataset template script
""".split()
WHAT_IT_IS_STARTS = (
    "dyma",
    "yma ceir",
    "mae'r ",
    "mae ",
    *(f"this {thing} " for thing in _SUBJECTS),
)

POINTERS = frozenset("this it these that which they".split())

NOT_A_VERB_AFTER = frozenset("can are is were was and for of will should must have to".split())

FILE_EXTENSIONS = tuple(
    ".md .txt .rst .yml .yaml .json .toml .cfg .ini .env .lock .sh .ps1 .ipynb .rmd .html .csv".split()
)

# A sentence ending in ':' that says what comes next is a lead-in to a list or code; one that
# says what the code is ('Module provides validation elements for X, eg:') is kept without it.
LEAD_IN_WORDS = frozenset(
    """
    following below these those parts steps follows here commands command example examples
    include includes including documentation canlynol ganlynol isod hyn camau yma dogfennaeth
    ddogfennaeth
    """.split()
)
# 'This repository demonstrates how to:' is not a sentence without what follows.
UNFINISHED_ENDINGS = frozenset("to the a an of for and with add how i y yr o ar gyda".split())

TRAILING_EXAMPLES = (", eg", ", e.g.", ", e.g", " eg", " e.g.", ", such as", ", for example")

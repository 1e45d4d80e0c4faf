"""A licence the README or description states is read only when it is this repository's own."""

import pytest

from ingest.licence_statements import StatedLicence, stated_licence
from ingest.normalise import normalise
from ingest.records import RawRepository


@pytest.mark.parametrize(
    ("readme", "spdx"),
    [
        ("# Tool\n\n## License\n\nThis project is licensed under the MIT License.\n", "MIT"),
        ("# Tool\n\nLicensed under the MIT licence.\n", "MIT"),
        ("# Tool\n\nLicence: MIT\n", "MIT"),
        ("# Tool\n\nThis project is licensed under the terms of the MIT license.\n", "MIT"),
        (
            "# Gem\n\n## License\n\nThe gem is available as open source under the terms of the "
            "[MIT License](https://opensource.org/licenses/MIT).\n",
            "MIT",
        ),
        (
            "# Site\n\nThis is released under the Open Government Licence v3.0.\n",
            "OGL-UK-3.0",
        ),
        (
            "# Roadmap\n\n## Licence\n\n- **Code:** [MIT](./LICENSE)\n"
            "- **Content:** [Open Government Licence v3.0](./CONTENT-LICENCE.md)\n",
            "MIT",
        ),
        (
            "# Roadmap\n\nCode: MIT, Content: OGL v3\n\n## Licence\n\nCode: MIT, Content: OGL v3\n",
            "MIT",
        ),
        (
            "# App\n\n# License\n\nThe code, unless otherwise stated, is released under the MIT "
            "License.\n\nThe documentation is available under the terms of the Open Government "
            "3.0 licence.\n",
            "MIT",
        ),
        (
            "# Badges\n\n[![License - MIT](https://img.shields.io/badge/licence%20-MIT-1ac403.svg)]"
            "(https://github.com/o/r/blob/main/LICENSE)\n\nA CMS.\n",
            "MIT",
        ),
        ("[![](https://img.shields.io/badge/license-Apache%202.0-blue.svg)](x)\n", "Apache-2.0"),
        ("# Docs\n\n## Licence\n\nAll content is available under CC BY 4.0.\n", "CC-BY-4.0"),
        ("# Lib\n\n## Licence\n\n[MIT](LICENSE) © Welsh Government\n", "MIT"),
        # Its own licence, and a dependency's that is not read.
        (
            "# Tool\n\n## License\n\nMIT.\n\nIt uses Font Awesome, licensed under CC BY 4.0.\n",
            "MIT",
        ),
        ("# Lib\n\n## Licensing\n\nReleased under the GPL v3 or later.\n", "GPL-3.0-or-later"),
        (
            "# Corpws\n\nMae hwn yn gronfa o frawddegau Cymraeg sy'n cael eu rhyddhau dan "
            "drwydded CC0.\n",
            "CC0-1.0",
        ),
        ("# Offeryn\n\n## Trwydded\n\nMae'r cod ar gael dan drwydded MIT.\n", "MIT"),
    ],
)
def test_a_licence_the_readme_grants_is_read(readme, spdx):
    assert stated_licence(readme, None) == StatedLicence(spdx, "readme")


@pytest.mark.parametrize(
    "readme",
    [
        # A licence of something it uses, or of data it was built from.
        "# Tool\n\nThis project uses Leaflet, which is licensed under the BSD-2-Clause licence.\n",
        "# Model\n\nThe model is trained on a corpus available from https://x.example under a "
        "CC-BY-SA 4.0 licence.\n",
        "# Model\n\nContains public sector information licensed under the Open Government "
        "Licence v3.0.\n",
        "# Template\n\nSets up a repo with:\n\n- MIT License (Public Health Wales copyright)\n",
        # A pointer, not a licence.
        "# Tool\n\n## Licence\n\nSee [LICENSE](LICENSE).\n",
        "# Tool\n\nLicence: see LICENSE\n",
        # Several licences for the same thing.
        "# Tool\n\n## License\n\nThis project is licensed under MIT or Apache 2.0.\n",
        "# Tool\n\nLicence: MIT\n\n## Licence\n\nReleased under the ISC licence.\n",
        # No licence at all, or a licence nobody may use.
        "# Portal\n\n## License\n\nThis project is proprietary to Sport Wales. All rights reserved.\n",
        "# Tool\n\nThis project is not licensed under the MIT licence.\n",
        # A licence table is most often one of dependencies.
        "# Tool\n\n## Licence\n\n| Package | Licence |\n| --- | --- |\n| react | MIT |\n",
        # Mentioned, not granted; a dynamic badge names no licence; a commented-out line.
        "# Tool\n\nThe MIT licence is popular.\n",
        "![GitHub License](https://img.shields.io/github/license/o/r)\n",
        "# Tool\n\n<!-- This project is licensed under the MIT License. -->\n",
        # A version-less name would be a guess.
        "# Tool\n\n## Licence\n\nReleased under the GPL.\n",
        # The code's licence is only in a file: its documentation's licence must not stand in.
        "# Licence\nThe codebase is released under [License](./License.md).\n\nThe documentation "
        "is available under the terms of the Open Government 3.0 licence.\n",
        "# Tool\n\nThird-party licences\n\nmit\n",
    ],
)
def test_what_is_not_this_repositorys_licence_is_not_read(readme):
    assert stated_licence(readme, None) is None


def test_a_licence_heading_that_is_a_tool_name_is_no_licence_section():
    assert stated_licence("# license-checker\n\nMIT\n", None) is None


def test_a_third_party_subsection_of_the_licence_section_is_not_read():
    readme = "## Licence\n\n### Third-party code\n\n- MIT\n- Apache 2.0\n"
    assert stated_licence(readme, None) is None


def test_the_description_is_read_when_the_readme_says_nothing():
    description = (
        "Mae hwn yn gronfa o fraweddegau Cymraeg sy'n cael eu rhyddhau dan drwydded CC0 a "
        "chasglwyd gan aelodau'r Uned Technolegau Iaith i hyfforddi modelau"
    )
    assert stated_licence("# Corpws\n\nDim.\n", description) == StatedLicence(
        "CC0-1.0", "description"
    )


def test_a_readme_and_description_that_disagree_say_nothing():
    assert (
        stated_licence("Licensed under the MIT licence.", "Released under the ISC licence.") is None
    )


def test_only_a_content_licence_is_recorded_as_that():
    readme = "# Guide\n\n## Licence\n\nThe content is released under the Open Government Licence.\n"
    assert stated_licence(readme, None) == StatedLicence("OGL-UK-3.0", "readme")


def test_nothing_to_read_is_no_licence():
    assert stated_licence(None, None) is None
    assert stated_licence("", "") is None


@pytest.mark.parametrize(
    "readme",
    [
        'Licence: <script>alert(1)</script>MIT"><img src=x onerror=alert(1)>',
        "## License\n\nThis project is licensed under the <b onclick=alert(1)>MIT</b> License.\n",
        "[![x](https://img.shields.io/badge/license-%3Cscript%3E-red)](x)\n",
    ],
)
def test_only_an_spdx_id_from_the_known_names_ever_comes_out(readme):
    stated = stated_licence(readme, None)
    assert stated is None or stated.spdx == "MIT"


def _raw(**facts) -> RawRepository:
    return RawRepository(
        host="github.com",
        full_name="o/r",
        owner="o",
        name="r",
        html_url="https://github.com/o/r",
        **facts,
    )


def test_the_hosts_licence_wins_over_the_readme():
    record = normalise(_raw(licence="apache-2.0", readme="Licensed under the MIT licence."))
    assert (record.licence, record.licence_source) == ("Apache-2.0", "host")


def test_without_the_hosts_licence_the_readme_is_read():
    record = normalise(_raw(readme="# R\n\nLicensed under the MIT licence.\n"))
    assert (record.licence, record.licence_source) == ("MIT", "readme")
    record = normalise(_raw(description="Released under the Open Government Licence v3.0"))
    assert (record.licence, record.licence_source) == ("OGL-UK-3.0", "description")
    record = normalise(_raw(readme="# R\n\nA tool.\n"))
    assert (record.licence, record.licence_source) == (None, None)


def test_a_snapshot_keeps_only_the_hosts_licence_so_the_readme_is_read_again_on_load():
    from catalogue.models import Component, Organisation
    from ingest.snapshot import line_from_component

    organisation = Organisation(slug="o", name="O", sector="health")
    common = {"full_name": "o/r", "name": "r", "owner": "o", "repository_url": "https://x/o/r"}
    stated = Component(organisation=organisation, licence="MIT", licence_source="readme", **common)
    hosted = Component(organisation=organisation, licence="MIT", licence_source="host", **common)
    assert line_from_component(stated)["license_spdx"] is None
    assert line_from_component(hosted)["license_spdx"] == "MIT"

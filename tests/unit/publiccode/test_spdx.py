"""SPDX licence expressions."""

from __future__ import annotations

import pytest

from catalogue.publiccode.spdx import LicenceError, is_valid_expression, parse_expression


@pytest.mark.parametrize(
    ("expression", "licences"),
    [
        ("MIT", ["MIT"]),
        ("mit", ["MIT"]),
        ("EUPL-1.2 OR OGL-UK-3.0", ["EUPL-1.2", "OGL-UK-3.0"]),
        ("(MIT OR Apache-2.0) AND CC-BY-4.0", ["MIT", "Apache-2.0", "CC-BY-4.0"]),
        ("GPL-2.0+", ["GPL-2.0"]),
        ("GPL-3.0-or-later WITH Classpath-exception-2.0", ["GPL-3.0-or-later"]),
        ("Apache-2.0-only", ["Apache-2.0"]),
        ("AGPL-3.0", ["AGPL-3.0"]),
        ("LicenseRef-council-licence", ["LicenseRef-council-licence"]),
        ("DocumentRef-spdx:LicenseRef-x", ["LicenseRef-x"]),
    ],
)
def test_valid_expressions(expression, licences):
    assert parse_expression(expression) == licences


@pytest.mark.parametrize(
    "expression",
    [
        "",
        "  ",
        "Proprietary",
        "MIT or Apache-2.0",
        "MIT AND",
        "OR MIT",
        "(MIT",
        "MIT)",
        "MIT Apache-2.0",
        "MIT WITH Apache-2.0",
        "Classpath-exception-2.0",
        "MIT +",
        "Open Government Licence",
    ],
)
def test_invalid_expressions(expression):
    assert not is_valid_expression(expression)
    with pytest.raises(LicenceError):
        parse_expression(expression)

"""Filter values that cannot be honoured are refused (400), never silently dropped."""

from __future__ import annotations

import pytest
from litestar.datastructures import MultiDict

from web.search_params import SearchParameterError, query_from_params


@pytest.mark.parametrize("value", ["x" * 201, "health\x00"])
def test_a_filter_value_too_long_or_with_nul_is_refused_not_dropped(value):
    # Issue 13, finding 7: dropping the filter silently widened the results.
    with pytest.raises(SearchParameterError) as caught:
        query_from_params(MultiDict([("q", "data"), ("sector", value)]))
    assert caught.value.field == "sector"


def test_a_good_filter_is_kept():
    query = query_from_params(MultiDict([("q", "data"), ("sector", "health")]))
    assert query.filters == {"sector": ("health",)}

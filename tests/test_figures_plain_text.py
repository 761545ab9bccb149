"""Article names reach figures as data: a "$" in a name is drawn, never parsed as mathtext."""

from __future__ import annotations

import io

import matplotlib
import pytest

matplotlib.use("Agg")

EVIL = r"$\bad$ cost"


def _draws(fig) -> None:
    fig.savefig(io.BytesIO(), format="png")


def test_the_actor_chart_draws_a_dollar_name():
    from analysis.split.present import actor_chart

    findings = {"sides": ["US", "UK"], "positions": [],
                "actors": [{"name": EVIL, "side": "US", "mentions": 3, "articles": []}]}
    _draws(actor_chart(findings))


def test_the_timeline_draws_a_dollar_name():
    from analysis.dates.present import timeline_figure

    findings = {
        "articles": [{"id": EVIL, "published": "2026-03-04"}],
        "events": [{"id": "e1", "label": EVIL, "claims": [
            {"article": EVIL, "start": "2026-06-01", "end": "2026-08-31", "text": "summer", "value": "2026-SU"}]}],
        "conflicts": [],
    }
    _draws(timeline_figure(findings))


def test_plain_matplotlib_would_fail():  # the hazard these guard against
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots()
    ax.barh([EVIL], [3])
    with pytest.raises(ValueError):
        fig.tight_layout()
        _draws(fig)

"""briefing's analysis library: read news articles and compare them.

The public API::

    from analysis import load_articles, build_findings
    findings = build_findings(["seeds/"], sides=("US", "UK"))
    findings.to_dict()   # the JSON object of the findings contract
"""

from analysis.findings import DEFAULT_SIDES, SCHEMA, Findings, build_findings
from analysis.ingest import load_articles
from analysis.model import Article, Block, Quote, Skipped

__all__ = [
    "Article",
    "Block",
    "DEFAULT_SIDES",
    "Findings",
    "Quote",
    "SCHEMA",
    "Skipped",
    "build_findings",
    "load_articles",
]

__version__ = "0.1.0"

"""Content checker for Lantern articles: safe-messaging wording, structure and reading level.

The app can refuse clinic articles with errors at load time::

    from reader.lint import check_article, has_errors
    if has_errors(check_article(article, known_ids=library.articles.keys())): ...
"""

from reader.lint.article import check_article
from reader.lint.finding import ERROR, REVIEW, WARNING, Finding, has_errors
from reader.lint.manifest import check_pack
from reader.lint.packs import CheckResult, bundled_ids, check_content, check_paths
from reader.lint.rules import RULES, Rule

__all__ = [
    "ERROR",
    "REVIEW",
    "RULES",
    "WARNING",
    "CheckResult",
    "Finding",
    "Rule",
    "bundled_ids",
    "check_article",
    "check_content",
    "check_pack",
    "check_paths",
    "has_errors",
]

"""Print word count and reading level for article files (an authoring aid)."""

import sys
from pathlib import Path

from reader.articles import read_article
from reader.plaintext import plain_text
from reader.readability import score

for name in sys.argv[1:]:
    article = read_article(Path(name))
    result = score(plain_text(article.body))
    level = f"grade {result.grade:.1f}, ease {result.reading_ease:.0f}"
    print(f"{name}: {article.word_count} words, {level}")

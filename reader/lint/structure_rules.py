"""The rule table's structure checks: front matter, pack.toml, links, images, help and notes.

Part of the rule table (reader/lint/rules.py, where RULES joins both), in a module of its
own for length; the wording checks stay there.
"""

from __future__ import annotations

from reader.lint.finding import ERROR, WARNING
from reader.lint.rule_model import Rule

# fmt: off
_MARKDOWN = "Python-Markdown syntax (python-markdown.github.io)"
_DESIGN = "Lantern DESIGN.md (content format and promises)"
_OFFLINE = "Lantern DESIGN.md, promise 1 (offline)"

STRUCTURE_RULES: tuple[Rule, ...] = (
    Rule("F0", ERROR, "nothing to check", "name folders that hold *.md articles",
         "A checker that silently checks nothing would hide a mistake.", _DESIGN),
    Rule("F1", ERROR, "front matter incomplete, mistyped or unreadable",
         "start with +++, fill every required key with the right type, save as UTF-8",
         "Lantern cannot load an article with broken front matter.", _DESIGN),
    Rule("F2", ERROR, "duplicate article id", "give every article its own id",
         "Links and collections find articles by id.", _DESIGN),
    Rule("F3", ERROR, "related id not found", "use ids of articles that exist",
         "A related link to a missing article is a dead end for the reader.", _DESIGN),
    Rule("F4", ERROR, "pack.toml invalid", "fix the TOML and the shape of [[collections]]",
         "The home screen is built from pack.toml.", _DESIGN),
    Rule("F5", ERROR, "pack.toml names an unknown article", "list only ids of existing articles",
         "A collection entry without an article shows nothing.", _DESIGN),
    Rule("F6", WARNING, "article Lantern never loads", "keep *.md articles directly in the pack",
         "Lantern loads only the *.md files directly inside a content folder.", _DESIGN),
    Rule("F7", WARNING, "front-matter key Lantern does not read", "check the key's spelling",
         "A mistyped key ('promts') is ignored, and what it held is lost.", _DESIGN),
    Rule("F8", WARNING, "topics or sources empty", "fill them in",
         "Topics decide the help links and search; sources show where the facts come from.",
         _DESIGN),
    Rule("F9", WARNING, "review date in the future", "write the date of the last review",
         "A reader and a clinic trust the date shown under the title.", _DESIGN),
    Rule("F10", WARNING, "prompt repeated in one article", "ask each question once",
         "Readers see a repeated prompt once, with one box for its answer.", _DESIGN),
    Rule("M1", ERROR, "code fence never closed", "close every ``` or ~~~ fence",
         "An open fence swallows the rest of the article.", _MARKDOWN),
    Rule("M2", ERROR, "broken link syntax", "write links as [text](target)",
         "A broken link shows brackets and codes instead of a way forward.", _MARKDOWN),
    Rule("M3", ERROR, "raw HTML", "use Markdown; raw HTML is shown as text, never rendered",
         "Raw HTML could load remote content or hide text.", _DESIGN),
    Rule("M4", ERROR, "image not from the pack",
         "put the image file in the pack folder and link it by a relative path",
         "Lantern never loads anything from the network or outside its content.", _OFFLINE),
    Rule("M5", ERROR, "link to somewhere other than Lantern",
         "lantern:article/<id>, lantern:help, lantern:exercise/<name>, lantern:safety-plan, "
         "or another article's file name",
         "Lantern is offline; web, mail and phone links are not followed from articles.", _OFFLINE),
    Rule("M6", ERROR, "link target not found", "link to an article, exercise or file that exists",
         "A dead link in a hard moment is worse than no link.", _DESIGN),
    Rule("M7", WARNING, "heading problem", "## headings with a space after the #",
         "The title comes from front matter; ## headings build the table of contents.", _DESIGN),
    Rule("M8", ERROR, "image without a description", "say what it shows: ![a calm lake](lake.png)",
         "Readers who cannot see the picture hear or read the description instead.",
         "WCAG 2.2, 1.1.1 Non-text Content"),
    Rule("M9", ERROR, "lists nested too deeply", "nest lists at most 10 levels deep",
         "Lantern cannot lay out deeper lists, and shows them flat.", _MARKDOWN),
    Rule("M10", WARNING, "list not shown as laid out",
         "a blank line before a list; 4 spaces before an item inside another",
         "Items run into the paragraph above, or shown at the wrong level, lose their steps.",
         _MARKDOWN),
    Rule("L11", ERROR, "image needs safety review",
         "neutral or hopeful images, reviewed and listed in accepted_terms by file name",
         "Images of injuries, implements, methods or places can be copied or distress readers.",
         "Time to Change; Headline (headline.ie); reportingonsuicide.org"),
    Rule("L13", ERROR, "no link to help", "add [Get help now](lantern:help)",
         "Every article about self-harm or suicide must point to help.",
         "Mindframe (help-seeking information); reportingonsuicide.org; WHO mhGAP"),
    Rule("L14", WARNING, "no hope or recovery statement",
         'an honest line such as "recovery is possible", "help is available", '
         '"these feelings can pass", "things can get better" or "people do get better"',
         "Stories of coping and recovery protect readers; despair does not.",
         "WHO/IASP 2023 update (PAHO); Sinyor et al. 2018"),
    Rule("L15", ERROR, "no content note", "a short content_note in the front matter",
         "Readers can decide whether to read on before the body starts.",
         "#chatsafe guidelines (Orygen)"),
    Rule("R1", ERROR, "reading level above grade 8", "shorter sentences and everyday words",
         "Health information above grade 8 is hard for many readers, more so in distress.",
         "Badarudeen & Sabharwal 2010 (grade 6-8); NIH (below grade 8)"),
    Rule("R2", WARNING, "reading level above grade 6", "shorter sentences and everyday words",
         "Grade 6 or below is the goal for Lantern's own articles.",
         "Am Fam Physician 2015 (grade 5-6); Badarudeen & Sabharwal 2010"),
    Rule("A1", WARNING, "accepted term matched nothing", "remove it from accepted_terms",
         "Stale acceptances hide what a reviewer actually approved.", "Lantern issue 3"),
)
# fmt: on

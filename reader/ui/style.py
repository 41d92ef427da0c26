"""Qt style sheets and article CSS built from a Theme."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from reader.paths import resources_dir
from reader.themes import Theme, contrast_ratio

SCROLL_BAR_WIDTH = 14  # pixels, vertical scroll bars on every screen
# Padding (top and bottom, left and right) inside a 1-pixel outline: the focus rules take the
# ring's extra width off it, so a control's text never moves when it takes the focus.
BUTTON_PADDING = (6, 14)
SETTINGS_PADDING_RIGHT = 26  # room for the settings button's menu arrow
FIELD_PADDING = (6, 8)
# Inside a transparent border as wide as the focus ring: text browsers, check boxes.
BROWSER_PADDING = (4, 6)
CHECK_PADDING = (2, 4)
# Set on a page or text that took the focus from a click, after a click or at start-up: it
# shows no ring, which framed the whole screen after every click (see a11y.py).
QUIET_FOCUS_PROPERTY = "quietFocus"
CALLOUT_PADDING = (14, 18)  # callout boxes, in widgets and in rich text alike
# In rich text the last line's own spacing (line-height) already leaves this much below it:
# with the full padding as well, the boxes looked bottom-heavy.
CALLOUT_LINE_ROOM = 6
# Lines of an article's paragraphs, and of the labels beside them, as a percentage of the
# font's height; easier reading spaces them further.
READING_LINE_HEIGHT = 160
EASIER_LINE_HEIGHT = 185
_PARAGRAPH_LINE_HEIGHT = re.compile(r"p, li \{ line-height: (\d+)%")


def _outline(theme: Theme) -> str:
    """A border for boxes whose shade is close to the page's, so that they show in every theme."""
    return f"border: 1px solid {theme.border};"


def ring_width(theme: Theme) -> int:
    """Pixels of the focus ring: wider where its colour is close to the outline it replaces.

    In high contrast, cyan over a white outline is 1.25:1, so a 2-pixel ring hardly changed a
    control; at 3 pixels, two of them turn from black to cyan.
    """
    return 3 if contrast_ratio(theme.focus, theme.control_border) < 1.5 else 2


def placeholder_colour(theme: Theme) -> str:
    """Hint text in an empty box: secondary text, unless that is the text colour itself.

    In high contrast secondary text is white, so an empty box looked already filled in.
    """
    return theme.disabled if theme.muted == theme.text else theme.muted


def disabled_outline(theme: Theme) -> str:
    """The outline of a control that cannot be used now: the quiet border colour.

    Where that is the controls' own outline colour (high contrast), the disabled grey.
    """
    return theme.disabled if theme.border == theme.control_border else theme.border


def _pad(padding: tuple[int, int], less: int = 0) -> str:
    vertical, horizontal = (max(0, side - less) for side in padding)
    return f"padding: {vertical}px {horizontal}px;"


def window_style(theme: Theme) -> str:
    """The application style sheet for one theme (text sizes are set in reader/ui/text_size.py)."""
    t = theme
    ring = ring_width(t)
    hint = placeholder_colour(t)
    return f"""
    QWidget {{ background: {t.background}; color: {t.text}; }}
    QWidget#mainToolbar {{ background: {t.surface}; border-bottom: 1px solid {t.border}; }}
    QToolButton, QPushButton {{ background: {t.surface}; color: {t.text};
        border: 1px solid {t.control_border}; border-radius: 8px; {_pad(BUTTON_PADDING)} }}
    QToolButton:hover, QPushButton:hover {{ border-color: {t.accent}; }}
    QToolButton:disabled, QPushButton:disabled {{ color: {t.disabled}; background: transparent;
        border: 1px solid {disabled_outline(t)}; }}
    QPushButton#primary {{ background: {t.accent}; color: {t.accent_text};
        border-color: {t.accent}; }}
    QPushButton#helpButton, QToolButton#helpButton {{ background: {t.help_background};
        color: {t.help_text}; border-color: {t.help_background}; }}
    QToolButton#settingsButton {{ padding-right: {SETTINGS_PADDING_RIGHT}px; }}
    QToolButton#settingsButton::menu-indicator {{ subcontrol-origin: padding;
        subcontrol-position: center right; right: 8px; }}
    {drop_down_list_rules(t)}
    QComboBox::drop-down {{ border: none; width: 28px; }}
    QLabel:disabled, QCheckBox:disabled, QRadioButton:disabled {{ color: {t.disabled}; }}
    QCheckBox, QRadioButton {{ spacing: 8px; border: {ring}px solid transparent;
        border-radius: 6px; {_pad(CHECK_PADDING, ring - 2)} }}
    QLineEdit, QPlainTextEdit, QTextEdit, QComboBox {{ background: {t.surface}; color: {t.text};
        border: 1px solid {t.control_border}; border-radius: 8px; {_pad(FIELD_PADDING)}
        selection-background-color: {t.accent}; selection-color: {t.accent_text};
        placeholder-text-color: {hint}; }}
    QLineEdit:disabled {{ color: {t.disabled}; background: transparent;
        border: 1px solid {disabled_outline(t)}; placeholder-text-color: {t.disabled}; }}
    QTextBrowser {{ border: {ring}px solid transparent; border-radius: 6px;
        {_pad(BROWSER_PADDING, ring - 2)} background: {t.background}; }}
    QTreeView, QListView {{ background: {t.surface}; color: {t.text};
        border: 1px solid {t.control_border}; selection-background-color: {t.accent};
        selection-color: {t.accent_text}; }}
    QScrollArea {{ border: {ring}px solid transparent; }}
    QFrame#card {{ background: {t.surface}; border: 1px solid {t.control_border};
        border-radius: 12px; qproperty-mutedColor: {t.muted}; }}
    QFrame#card:hover {{ border-color: {t.accent}; }}
    QFrame#callout {{ background: {t.callout}; border-radius: 10px; {_outline(t)} }}
    QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
    QLabel#sectionTitle {{ padding-top: 10px; }}
    QLabel#muted {{ color: {t.muted}; }}
    QLabel, QWidget#toolbarSpacer {{ background: transparent; }}
    QLabel[link="true"] {{ color: {t.link}; border: {ring}px solid transparent;
        border-radius: 4px; }}
    QMenu {{ background: {t.surface}; color: {t.text}; border: 1px solid {t.control_border};
        padding: 4px; }}
    QMenu::item {{ padding: 6px 28px 6px 2em; border-radius: 4px; }}
    QMenu::item:selected {{ background: {t.accent}; color: {t.accent_text}; }}
    QMenu::item:disabled {{ color: {t.disabled}; }}
    QMenu::separator {{ height: 1px; background: {t.border}; margin: 4px 8px; }}
    {menu_indicator_rules(t)}
    QToolTip {{ background: {t.surface}; color: {t.text}; border: 1px solid {t.control_border};
        padding: 4px; }}
    QScrollBar:vertical {{ background: {t.background}; width: {SCROLL_BAR_WIDTH}px; border: none; }}
    QScrollBar:horizontal {{ background: {t.background}; height: 14px; border: none; }}
    QScrollBar::handle {{ background: {t.muted}; border-radius: 4px; margin: 3px; }}
    QScrollBar::handle:vertical {{ min-height: 32px; }}
    QScrollBar::handle:horizontal {{ min-width: 32px; }}
    QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; }}
    QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
    {focus_rules(t)}
    """


def drop_down_list_rules(theme: Theme) -> str:
    """An open drop-down list below its box, every choice in view, outlined like the box.

    A styled combo box opens its list over itself by default, the chosen item on top of the
    box: clicked with "United Kingdom" chosen, the help panel's list of countries hid Australia
    behind a scroll arrow, with an empty row below the last one, and the list drew a focus
    ring inside its own frame.
    """
    t = theme
    return f"""QComboBox {{ combobox-popup: 0; }}
    QComboBox QAbstractItemView, QComboBox QAbstractItemView:focus {{
        border: 1px solid {t.control_border}; padding: 4px; outline: none; }}
    QComboBox QAbstractItemView::item {{ padding: 4px; border-radius: 4px; }}
    QComboBox QAbstractItemView::item:selected {{ background: {t.accent};
        color: {t.accent_text}; }}"""


def menu_indicator_rules(theme: Theme) -> str:
    """Menu choices drawn as radio buttons and toggles as check boxes, ticked or not.

    The platform draws only a small tick beside a chosen item, and nothing beside an unticked
    toggle, so "Easier reading" did not look like something that can be switched on. Sizes
    are in em, so they grow with the text size.
    """
    t = theme
    tick = (resources_dir() / "icons" / f"menu-tick-{t.name}.svg").as_posix()
    # A dot inside the ring: the accent (or, on a highlighted row, its text colour) in the
    # middle, the background around it.
    dot = "qradialgradient(cx:0.5, cy:0.5, radius:0.5, fx:0.5, fy:0.5, stop:0 {0}, stop:0.5 {0},"
    dot += " stop:0.56 {1}, stop:1 {1})"
    return f"""QMenu::indicator {{ width: 0.85em; height: 0.85em; left: 0.6em;
        border: 2px solid {t.text}; border-radius: 4px; background: {t.surface}; }}
    QMenu::indicator:exclusive {{ border-radius: 0.4em; }}
    QMenu::indicator:non-exclusive:checked {{ background: {t.accent}; border-color: {t.accent};
        image: url("{tick}"); }}
    QMenu::indicator:exclusive:checked {{ border-color: {t.accent};
        background: {dot.format(t.accent, t.surface)}; }}
    QMenu::indicator:selected, QMenu::indicator:checked:selected {{
        border-color: {t.accent_text}; background: {t.accent}; }}
    QMenu::indicator:exclusive:checked:selected {{
        background: {dot.format(t.accent_text, t.accent)}; }}"""


def focus_rules(theme: Theme) -> str:
    """A focus ring in the theme's focus colour on everything that takes keyboard focus.

    Listed last, and repeated for every object name that sets its own border, so that no
    other rule hides the ring.
    """
    width = ring_width(theme)
    ring = f"border: {width}px solid {theme.focus};"
    selectors = (
        "QToolButton:focus, QPushButton:focus, QLineEdit:focus, QPlainTextEdit:focus",
        "QComboBox:focus, QTextBrowser:focus, QSlider:focus, QCheckBox:focus",
        "QRadioButton:focus, QTreeView:focus, QListView:focus, QScrollArea:focus",
        "QFrame#card:focus, QPushButton#primary:focus, QPushButton#helpButton:focus",
        'QToolButton#helpButton:focus, QLabel[link="true"]:focus',
    )
    # The ring is wider than a 1-pixel outline: the padding gives up the difference.
    wider = width - 1
    kept_in_place = (
        f"QToolButton:focus, QPushButton:focus {{ {_pad(BUTTON_PADDING, wider)} }}\n"
        "    QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus"
        f" {{ {_pad(FIELD_PADDING, wider)} }}\n"
        "    QToolButton#settingsButton:focus"
        f" {{ padding-right: {SETTINGS_PADDING_RIGHT - wider}px; }}"
    )
    # On a filled button a ring in one colour barely changes it (blue on dark red is 1.3:1):
    # two thin rings with the page colour between them, so the change is clear in every theme.
    # Border and padding add up to the unfocused button's, so focus never moves its text.
    double = 6
    filled = (
        "QPushButton#primary:focus, QPushButton#helpButton:focus, QToolButton#helpButton:focus"
        f" {{ border: {double}px double {theme.focus}; background-clip: padding;"
        f" {_pad(BUTTON_PADDING, double - 1)} }}"
    )
    # A page or text that took the focus from a click, after a click or at start-up has no
    # ring (a11y.py sets the property); Tab to it and the ring is there.
    quiet = (
        f'QScrollArea[{QUIET_FOCUS_PROPERTY}="true"]:focus,'
        f' QTextBrowser[{QUIET_FOCUS_PROPERTY}="true"]:focus {{ border-color: transparent; }}'
    )
    rules = ",\n    ".join(selectors) + f" {{ {ring} }}"
    parts = ("*:focus { outline: none; }", rules, kept_in_place, filled, quiet)
    return "\n    ".join(parts)


def article_css(theme: Theme, easier_reading: bool = False) -> str:
    """CSS for article HTML shown in a QTextBrowser (never justified: ragged lines read easier)."""
    t = theme
    line_height = EASIER_LINE_HEIGHT if easier_reading else READING_LINE_HEIGHT
    # Easier reading also spaces words a little, which helps many readers with dyslexia.
    spacing = "word-spacing: 2px; " if easier_reading else ""
    vertical, horizontal = CALLOUT_PADDING
    callout_padding = f"{vertical}px {horizontal}px {vertical - CALLOUT_LINE_ROOM}px"
    return f"""
    body {{ color: {t.text}; background: {t.background}; }}
    p, li {{ line-height: {line_height}%; text-align: left; {spacing}}}
    p {{ margin-top: 0; margin-bottom: {18 if easier_reading else 14}px; }}
    h2 {{ font-size: x-large; font-weight: 600; margin-top: 26px; margin-bottom: 10px; }}
    h3 {{ font-size: large; font-weight: 600; margin-top: 18px; margin-bottom: 8px; }}
    h4, h5, h6 {{ font-size: large; font-weight: 600; margin-top: 16px; margin-bottom: 6px; }}
    a {{ color: {t.link}; text-decoration: underline; }}
    table {{ border-collapse: collapse; }}
    th, td {{ padding: 6px; }}
    th {{ text-align: left; border-bottom: 2px solid {t.control_border}; }}
    td {{ border-bottom: 1px solid {t.border}; }}
    td.callout {{ background-color: {t.callout}; {_outline(t)} padding: {callout_padding}; }}
    table.callout {{ margin-top: 8px; margin-bottom: 18px; }}
    p.callout-title {{ margin-bottom: 6px; }}
    p.service {{ line-height: 135%; margin-bottom: 0; }}
    p.service-name {{ font-size: large; margin-bottom: 4px; }}
    blockquote {{ color: {t.muted}; font-style: italic; margin-left: 24px; margin-right: 24px; }}
    b.hit {{ color: {t.text}; }}
    p.figure {{ line-height: 100%; margin-bottom: 4px; }}
    img {{ max-width: 100%; }}
    p.caption, span.caption {{ color: {t.muted}; font-style: italic; }}
    """


def reading_line_height(css: str) -> int:
    """The line height (percent) article_css gave paragraphs in css; 160 when it gave none."""
    found = _PARAGRAPH_LINE_HEIGHT.search(css)
    return int(found.group(1)) if found else READING_LINE_HEIGHT


FOCUS_COLOUR_PROPERTY = "lanternFocusColour"


def apply_palette(app: QApplication, theme: Theme) -> None:
    """Set the application palette so native parts of widgets match the theme."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: theme.background,
        QPalette.ColorRole.WindowText: theme.text,
        QPalette.ColorRole.Base: theme.surface,
        QPalette.ColorRole.Text: theme.text,
        QPalette.ColorRole.Button: theme.surface,
        QPalette.ColorRole.ButtonText: theme.text,
        QPalette.ColorRole.Highlight: theme.accent,
        QPalette.ColorRole.HighlightedText: theme.accent_text,
        QPalette.ColorRole.Link: theme.link,
        QPalette.ColorRole.PlaceholderText: placeholder_colour(theme),
        QPalette.ColorRole.ToolTipBase: theme.surface,
        QPalette.ColorRole.ToolTipText: theme.text,
        QPalette.ColorRole.Mid: theme.control_border,
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    greyed = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.PlaceholderText,
    ):
        palette.setColor(greyed, role, QColor(theme.disabled))
    app.setPalette(palette)
    # Drawn rings (a focused link in a text browser) have no palette role: read it from here.
    app.setProperty(FOCUS_COLOUR_PROPERTY, theme.focus)

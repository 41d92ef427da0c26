"""Static information screens: what Lantern keeps, and keyboard shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reader.ui.widgets import Page, label


def _t(text: str) -> str:
    return QCoreApplication.translate("InfoPages", text)


SAVING_HOME = (
    "If you choose Save a copy on your safety plan or reflections, Lantern writes that one "
    "file, in the place you pick, and nothing else. You can delete it at any time."
)
SAVING_KIOSK = "On this shared computer, saving is turned off. Nothing you type can be saved here."
SENDING_HOME = (
    "Lantern never connects to the internet. It does not send anything to anyone. If an "
    "article shows a web address, Lantern asks before your web browser opens it."
)
SENDING_KIOSK = (
    "Lantern never connects to the internet. It does not send anything to anyone. This "
    "computer never opens web pages: a web address is shown with a code you can scan with "
    "your own phone."
)
LEAVING_HOME = (
    "Press Esc twice, or choose Leave quickly at the top of the window. Lantern closes at "
    "once without asking anything."
)
LEAVING_KIOSK = (
    "Press Esc twice, or choose I'm finished at the top of the window. Everything you typed "
    "is cleared at once, ready for the next person."
)
# Sections whose text differs on a clinic's shared computer: (at home, on a kiosk).
KIOSK_VARIANTS = {
    "Nothing is sent": (SENDING_HOME, SENDING_KIOSK),
    "The one exception: a copy you choose to save": (SAVING_HOME, SAVING_KIOSK),
    "Leaving quickly": (LEAVING_HOME, LEAVING_KIOSK),
}
PRIVACY_SECTIONS = (
    (
        "Nothing is saved",
        "Lantern does not save what you read, what you search for or what you type. There is "
        "no history, no settings file and no log. When you close Lantern, everything you typed "
        "is gone.",
    ),
    ("Nothing is sent", ""),
    ("The one exception: a copy you choose to save", ""),
    (
        "What your computer may still record",
        "Your computer itself may note that a program was started. A clipboard manager may keep "
        "text you copy. The system may move memory to disk while it runs (a swap file). Your web "
        "browser keeps its own history if you open a link in it. If you share this computer, "
        "keep these in mind.",
    ),
    ("Leaving quickly", ""),
)


class PrivacyView(Page):
    """What is stored (nothing), what is sent (nothing), and what the computer may keep."""

    def __init__(self, kiosk: bool = False) -> None:
        super().__init__()
        self.setObjectName("privacyView")
        self.body.addWidget(label(_t("What Lantern keeps"), "pageTitle"))
        for heading, text in PRIVACY_SECTIONS:
            self.body.addWidget(label(_t(heading), "sectionTitle"))
            at_home, on_kiosk = KIOSK_VARIANTS.get(heading, (text, text))
            self.body.addWidget(label(_t(on_kiosk if kiosk else at_home)))


SHORTCUTS = (
    ("F1", "Get help now"),
    ("Esc, Esc", "Leave quickly"),
    ("Ctrl+F", "Search"),
    ("Enter (in search)", "Open the top result"),
    ("Alt+Left", "Back"),
    ("Alt+Right", "Forward"),
    ("Alt+Home", "Home"),
    ("Ctrl++", "Larger text"),
    ("Ctrl+-", "Smaller text"),
    ("Ctrl+0", "Default text size"),
    ("Tab, Shift+Tab", "Move between controls"),
    ("Enter or Space", "Open the selected card or press the selected button"),
)


class ShortcutsView(Page):
    """Lists every keyboard shortcut."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("shortcutsView")
        self.body.addWidget(label(_t("Keyboard shortcuts"), "pageTitle"))
        self.body.addWidget(label(_t("Everything in Lantern works without a mouse."), "muted"))
        for keys, action in SHORTCUTS:
            self.body.addWidget(label(f"{_t(keys)}  —  {_t(action)}"))

"""The privacy screen: what Lantern keeps (nothing), and what the computer may keep itself."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reader.ui.translation import QT_TRANSLATE_NOOP
from reader.ui.widgets import Page, bullet_list, label


def _t(text: str) -> str:
    return QCoreApplication.translate("InfoPages", text)


NOTHING_SAVED = QT_TRANSLATE_NOOP(
    "InfoPages",
    "Lantern does not save what you read, what you search for or what you type. There is "
    "no history, no settings file and no log. When you close Lantern, everything you typed "
    "is gone.",
)
NOTHING_SAVED_KIOSK = QT_TRANSLATE_NOOP(
    "InfoPages",
    "Lantern does not save what you read, what you search for or what you type. There is "
    "no history, no settings file and no log. When you choose “I'm finished”, Lantern clears "
    "your search, what you typed, the pages you opened and any reading settings you changed. "
    "It does the same when no one has used this computer for a while.",
)
SAVING_HOME = QT_TRANSLATE_NOOP(
    "InfoPages",
    "If you choose Save a copy on your safety plan or reflections, Lantern writes that one "
    "file, in the place you pick, and nothing else. You can delete it at any time.",
)
SAVING_KIOSK = QT_TRANSLATE_NOOP(
    "InfoPages",
    "On this shared computer, saving is turned off. Nothing you type can be saved here.",
)
SENDING_HOME = QT_TRANSLATE_NOOP(
    "InfoPages",
    "Lantern never connects to the internet. It does not send anything to anyone. If an "
    "article shows a web address, Lantern asks before your web browser opens it.",
)
SENDING_KIOSK = QT_TRANSLATE_NOOP(
    "InfoPages",
    "Lantern never connects to the internet. It does not send anything to anyone. This "
    "computer never opens web pages: a web address is shown with a code you can scan with "
    "your own phone.",
)
# What the operating system may keep or send on its own (packaging/README.md, "No trace on
# Windows and macOS"): clipboard history and sync (Windows, Universal Clipboard on a Mac), a
# saved copy in a folder that OneDrive or iCloud backs up, the Mac's record of folder access,
# and crash reports. A list: as one paragraph it was a wall of text no one would read.
RECORDED_HOME = (
    QT_TRANSLATE_NOOP(
        "InfoPages", "Some things are up to your computer. If you share it, keep these in mind:"
    ),
    QT_TRANSLATE_NOOP("InfoPages", "Your computer may show Lantern in its list of recent apps."),
    QT_TRANSLATE_NOOP(
        "InfoPages",
        "If you copy text, Lantern removes it when it closes. But some computers keep a list "
        "of what was copied, or share it with your phone or other devices.",
    ),
    QT_TRANSLATE_NOOP(
        "InfoPages", "If you print, the computer's printing service may keep a copy for a while."
    ),
    QT_TRANSLATE_NOOP(
        "InfoPages",
        "If you save a copy in a folder that is backed up online, the copy goes online too. "
        "OneDrive and iCloud can do this.",
    ),
    QT_TRANSLATE_NOOP(
        "InfoPages",
        "A Mac remembers if you let Lantern open your Documents or Desktop folder or a drive "
        "you plug in.",
    ),
    QT_TRANSLATE_NOOP(
        "InfoPages",
        "If Lantern ever stops because of a fault, the computer may keep a report about it. "
        "Some computers send these reports over the internet.",
    ),
    QT_TRANSLATE_NOOP(
        "InfoPages",
        "While Lantern runs, the computer may store some of its memory on the disk for a while.",
    ),
    QT_TRANSLATE_NOOP(
        "InfoPages", "Your web browser keeps its own history if you open a link in it."
    ),
)
RECORDED_KIOSK = (
    QT_TRANSLATE_NOOP("InfoPages", "This computer may still keep a few things:"),
    QT_TRANSLATE_NOOP("InfoPages", "It may note that Lantern was started."),
    QT_TRANSLATE_NOOP(
        "InfoPages", "While Lantern runs, it may keep some of its memory on the disk for a while."
    ),
    QT_TRANSLATE_NOOP(
        "InfoPages",
        "If you copy text from Lantern, the copy is removed when Lantern clears everything. "
        "Some computers also keep their own list of what was copied.",
    ),
    QT_TRANSLATE_NOOP(
        "InfoPages",
        "If Lantern ever stops because of a fault, this computer may keep a report about it.",
    ),
)
LEAVING_HOME = QT_TRANSLATE_NOOP(
    "InfoPages",
    "Press Esc twice, or choose “Leave quickly” at the top of the window. Lantern closes at "
    "once without asking anything. If a small window such as Save a copy is open, press Esc "
    "once more.",
)
LEAVING_KIOSK = QT_TRANSLATE_NOOP(
    "InfoPages",
    "Press Esc twice, or choose “I'm finished” at the top of the window. Everything you typed "
    "is cleared at once, ready for the next person. If a small window is open, press Esc once "
    "more.",
)
# (heading, text) in order; a clinic's shared computer has its own wording where it differs,
# so that the page never promises a saved copy or a web browser the kiosk does not allow.
PRIVACY_HOME = (
    (QT_TRANSLATE_NOOP("InfoPages", "Nothing is saved"), NOTHING_SAVED),
    (QT_TRANSLATE_NOOP("InfoPages", "Nothing is sent"), SENDING_HOME),
    (QT_TRANSLATE_NOOP("InfoPages", "The one exception: a copy you choose to save"), SAVING_HOME),
    (QT_TRANSLATE_NOOP("InfoPages", "What your computer may still record"), RECORDED_HOME),
    (QT_TRANSLATE_NOOP("InfoPages", "Leaving quickly"), LEAVING_HOME),
)
PRIVACY_KIOSK = (
    (QT_TRANSLATE_NOOP("InfoPages", "Nothing is saved"), NOTHING_SAVED_KIOSK),
    (QT_TRANSLATE_NOOP("InfoPages", "Nothing is sent"), SENDING_KIOSK),
    (QT_TRANSLATE_NOOP("InfoPages", "No copies on this computer"), SAVING_KIOSK),
    (QT_TRANSLATE_NOOP("InfoPages", "What this computer may still record"), RECORDED_KIOSK),
    (QT_TRANSLATE_NOOP("InfoPages", "When you are finished"), LEAVING_KIOSK),
)


class PrivacyView(Page):
    """What is stored (nothing), what is sent (nothing), and what the computer may keep."""

    def __init__(self, kiosk: bool = False) -> None:
        super().__init__()
        self.setObjectName("privacyView")
        self.body.addWidget(
            label(QCoreApplication.translate("InfoPages", "What Lantern keeps"), "pageTitle")
        )
        for heading, text in PRIVACY_KIOSK if kiosk else PRIVACY_HOME:
            self.body.addWidget(label(_t(heading), "sectionTitle"))
            if isinstance(text, str):
                self.body.addWidget(label(_t(text)))
            else:  # an introduction, then a list
                self.body.addWidget(label(_t(text[0])))
                self.body.addWidget(bullet_list([_t(item) for item in text[1:]]))

"""Ideas for riding out an urge: distraction and self-soothing, never pain-based substitutes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from reader.ui.exercises.common import callout, label
from reader.ui.widgets import bullet_list


def distraction_ideas() -> list[str]:
    """Ways to take the mind off an urge (SIOS, SpunOut, Samaritans)."""
    return [
        QCoreApplication.translate("UrgeIdeas", "Put on music you like and really listen to it."),
        QCoreApplication.translate(
            "UrgeIdeas", "Do something with your hands: draw, doodle, cook, build or tidy a drawer."
        ),
        QCoreApplication.translate("UrgeIdeas", "Go for a short walk, even just to another room."),
        QCoreApplication.translate("UrgeIdeas", "Spend time with a pet."),
        QCoreApplication.translate(
            "UrgeIdeas", "Message or call someone you trust. You don't have to talk about the urge."
        ),
        QCoreApplication.translate(
            "UrgeIdeas", "Look at something else for a while: a show, a game, a puzzle."
        ),
    ]


def soothing_ideas() -> list[str]:
    """Ways to comfort and calm the body (self-soothing and DBT TIPP)."""
    return [
        QCoreApplication.translate(
            "UrgeIdeas", "Wrap up in a blanket, or hold something soft or smooth."
        ),
        QCoreApplication.translate("UrgeIdeas", "Slow your breathing: in for four, out for six."),
        QCoreApplication.translate(
            "UrgeIdeas",
            "Squeeze your hands into fists for five seconds, then let go. Notice the difference.",
        ),
        QCoreApplication.translate(
            "UrgeIdeas",
            "Move hard for a few minutes: a fast walk, dancing, or running on the spot.",
        ),
        QCoreApplication.translate(
            "UrgeIdeas",
            "Splash cool water on your face for about 30 seconds, or hold a cool cloth there. "
            "It can help your body settle.",
        ),
    ]


def medical_caution() -> str:
    """The TIPP caution that must go with cold water and hard exercise."""
    return QCoreApplication.translate(
        "UrgeIdeas",
        "Go gently: if you have a heart problem or an eating disorder, skip cold water and hard "
        "exercise. Skip them too if you take medicine that affects your heart, or if you feel "
        "unwell in the cold. Slow breathing is a safer choice.",
    )


def ideas_panel() -> QWidget:
    """Both lists of ideas with the caution, ready to place on the timer screen."""
    panel = QWidget()
    panel.setObjectName("urgeIdeas")
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(8)
    layout.addWidget(
        label(
            QCoreApplication.translate("UrgeIdeas", "While you wait, you could try"), "sectionTitle"
        )
    )
    layout.addWidget(
        label(QCoreApplication.translate("UrgeIdeas", "Take your mind off it"), "cardTitle")
    )
    layout.addWidget(bullet_list(distraction_ideas()))
    layout.addWidget(
        label(QCoreApplication.translate("UrgeIdeas", "Comfort your body"), "cardTitle")
    )
    # Read before the cold water and hard exercise it is about, not after them.
    layout.addWidget(callout(medical_caution()))
    layout.addWidget(bullet_list(soothing_ideas()))
    return panel

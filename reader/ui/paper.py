"""Copies on paper: the print dialog, printing, and a PDF made in memory for Save a copy."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QWidget

from reader.ui.paper_words import SENT_TO_PRINTER

PAPER_POINT_SIZE = 11.0  # printed and PDF copies, whatever the text size on screen


def pdf_bytes(title: str, text: str) -> bytes:
    """The title and text as an A4 PDF, made in memory."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Lantern")
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    paper_document(title, text).print_(writer)  # its painter's end finishes the PDF
    return bytes(buffer.data().data())


def print_dialog(printer: QPrinter, parent: QWidget) -> QPrintDialog:
    """Qt's print dialog without its "Print to file" option."""
    # That option's file chooser is a QFileDialog: it keeps history on disk and, in kiosk
    # mode, would open the file system. Saving a copy has its own chooser.
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
    return dialog


def has_printer() -> bool:
    """Whether the system lists a printer to print to."""
    return bool(QPrinterInfo.availablePrinterNames())


def print_text(parent: QWidget, title: str, text: str) -> str:
    """Print through Qt's print dialog; what happened, for the reader ("" when cancelled)."""
    # With no printer, Print in Qt's dialog printed nothing without a word, and the reader
    # went to collect a safety plan that was never printed.
    nothing = _t("Nothing was printed: this computer has no printer set up.")
    if not has_printer():
        return nothing
    printer = QPrinter()
    # The print service lists finished jobs by name: "My safety plan" said what was printed.
    printer.setDocName("Document")
    dialog = print_dialog(printer, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return ""
    finally:
        dialog.deleteLater()  # closed, it stayed the window's child: one more with every print
    # Print to file is off, so a printer that is not the system's is no printer at all.
    if printer.outputFormat() != QPrinter.OutputFormat.NativeFormat or not printer.printerName():
        return nothing
    paper_document(title, text).print_(printer)
    return _t(SENT_TO_PRINTER)


def _t(text: str) -> str:
    return QCoreApplication.translate("Paper", text)


def paper_document(title: str, text: str) -> QTextDocument:
    """The title and text as a document for paper or PDF, at a fixed size.

    A new document takes the application font, which carries the reader's text size; a page
    should not come out at 24 points because the screen was zoomed to 200%.
    """
    document = QTextDocument()
    font = document.defaultFont()
    font.setPointSizeF(PAPER_POINT_SIZE)
    document.setDefaultFont(font)
    document.setPlainText(f"{title}\n\n{text}")
    return document

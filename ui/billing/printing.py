"""Printing the PDFs the core renders (invoices, reminders, batches), and saving them.

Qt prints by painting, and PySide6-Essentials has no QtPdf to paint a PDF with. So:

* when the print dialog's target is a PDF file (Qt's "Print to PDF", or the tests), the core's
  PDF is written there as is: vector text, the exact bank barcode, nothing re-rendered;
* for a real printer the pages are rasterised with pdfium (pypdfium2) at the printer's
  resolution (at least 300 dpi, which the Code 128 bank barcode of 0.26 mm bars needs) and
  painted onto the page, scaled to the printable area with the aspect kept.

``ask_printer`` is the one place a dialog opens, so tests replace it. GUI thread only.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QImage, QPainter, QPageLayout
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from vastaanotto.billing.batch import write_atomically

translate = QCoreApplication.translate
MIN_DPI = 300


def ask_printer(parent: QWidget | None, printer: QPrinter) -> bool:
    """The system print dialog; True when the person chose to print."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("billing", "Print"))
    return dialog.exec() == QDialog.DialogCode.Accepted


def print_pdf(parent: QWidget | None, pdf: bytes, *, title: str = "",
              printer: QPrinter | None = None) -> bool:
    """Ask for a printer and print ``pdf``; False if cancelled."""
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title or "Vastaanotto")
    printer.setFullPage(False)
    if not ask_printer(parent, printer):
        return False
    send_to_printer(printer, pdf)
    return True


def send_to_printer(printer: QPrinter, pdf: bytes, *, raster: bool = False) -> int:
    """Print ``pdf`` on a configured printer; returns the number of pages. ``raster`` forces
    painting even for a PDF-file target (the tests check the printer path that way)."""
    import pypdfium2 as pdfium  # here, not at import: start-up stays short

    target = printer.outputFileName()
    if (not raster and printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
            and target):
        write_atomically(Path(target), pdf)
        return len(pdfium.PdfDocument(pdf))
    document = pdfium.PdfDocument(pdf)
    dpi = max(printer.resolution(), MIN_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("printer could not be opened")
    try:
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        for index in range(len(document)):
            if index:
                printer.newPage()
            page = document[index]
            bitmap = page.render(scale=dpi / 72, grayscale=True)
            image = _qimage(bitmap)
            scale = min(area.width() / image.width(), area.height() / image.height())
            width, height = image.width() * scale, image.height() * scale
            painter.drawImage(QRectF(0, 0, width, height), image)
    finally:
        painter.end()
    return len(document)


def _qimage(bitmap) -> QImage:
    """pdfium's grey bitmap as a QImage (copied: pdfium frees its buffer)."""
    return QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                  QImage.Format.Format_Grayscale8).copy()


def save_pdf(parent: QWidget | None, pdf: bytes, suggested: str) -> Path | None:
    """Ask where, then write atomically; None if cancelled."""
    name, _ = QFileDialog.getSaveFileName(parent, translate("billing", "Save PDF"), suggested,
                                          translate("billing", "PDF documents (*.pdf)"))
    if not name:
        return None
    path = Path(name)
    write_atomically(path, pdf)
    return path


__all__ = ["ask_printer", "print_pdf", "send_to_printer", "save_pdf", "QPageLayout"]

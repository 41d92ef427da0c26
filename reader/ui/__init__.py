"""The Qt user interface: the only package that imports PySide6."""

from reader.ui.source_scan import skip_source_scan

skip_source_scan()  # first, before the modules that follow are imported

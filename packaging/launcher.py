"""Entry script of the frozen Lantern executable (PyInstaller runs this file as __main__)."""

import sys

from reader.app import main

if __name__ == "__main__":
    sys.exit(main())

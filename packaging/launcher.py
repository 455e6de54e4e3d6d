"""Entry point of the frozen build: the same main() as the `vastaanotto` script."""

import sys

from ui.app import main

if __name__ == "__main__":
    sys.exit(main())

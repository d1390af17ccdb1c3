"""Entry point of the bundled app: the same ``liaison`` command an installed wheel has."""

import sys

from ui.launch import main

sys.exit(main())

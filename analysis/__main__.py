"""``python -m analysis`` runs the ``briefing`` command."""

import sys

from analysis.cli import main

sys.exit(main())

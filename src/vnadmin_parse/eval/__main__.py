"""``python -m vnadmin_parse.eval [CORPUS]``: the score table and the diff against the baseline."""

from __future__ import annotations

import sys

from vnadmin_parse.eval.run import main

if __name__ == "__main__":
    sys.exit(main())

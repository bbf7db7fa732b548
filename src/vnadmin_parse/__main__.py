from vnadmin_parse.cli import main

raise SystemExit(main())

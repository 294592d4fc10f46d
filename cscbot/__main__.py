from cscbot.cli import main

raise SystemExit(main())

from kelisim.cli import main

raise SystemExit(main())

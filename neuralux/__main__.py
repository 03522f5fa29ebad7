from neuralux.cli.main import main

raise SystemExit(main())

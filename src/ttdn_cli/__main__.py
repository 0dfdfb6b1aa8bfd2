from ttdn_cli.cli import main

main()

return new System.CommandLine.RootCommand("archive") { Archive.Cli.Commands.InspectCommand.Create() }.Parse(args).Invoke();

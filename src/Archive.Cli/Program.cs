using System.CommandLine;
using Archive.Cli;
using Archive.Cli.Commands;

var root = new RootCommand("archive: a static site generator for news archives")
{
    BuildCommand.Create(),
    ServeCommand.Create(),
    NewCommand.Create(),
    InitCommand.Create(),
    CheckCommand.Create(),
};
return await CommandLine.RunAsync(root, args);

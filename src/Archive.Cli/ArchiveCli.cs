using System.CommandLine;
using Archive.Cli.Commands;

namespace Archive.Cli;

/// <summary>The command tree of the <c>archive</c> program.</summary>
public static class ArchiveCli
{
    public static RootCommand CreateRoot() => new("archive: a static site generator for news archives")
    {
        BuildCommand.Create(),
        InspectCommand.Create(),
        ServeCommand.Create(),
        NewCommand.Create(),
        InitCommand.Create(),
        CheckCommand.Create(),
        BuildServerCommand.Create(),
    };
}

using System.Runtime.CompilerServices;

namespace Archive.Tests.TestSupport;

/// <summary>
/// Tests run <c>archive build</c> in-process and as child processes; none of them may leave a build server behind. The tests
/// of the build server start theirs on purpose.
/// </summary>
internal static class NoBuildServers
{
    [ModuleInitializer]
    internal static void Disable() => Environment.SetEnvironmentVariable(Archive.Cli.Commands.BuildCommand.ServerVariable, "0");
}

using Archive.Cli.BuildServer;

namespace Archive.Tests.BuildServer;

/// <summary>A build server run in the test's own process, on a socket in a temp folder, and a client for it.</summary>
internal sealed class ServerFixture : IDisposable, IServerLauncher
{
    private readonly CancellationTokenSource stop = new();
    private readonly string socketFolder = Path.Combine("/tmp", "arch-srv-" + Guid.NewGuid().ToString("N")[..8]);

    public ServerFixture(string outputDir)
    {
        OutputDir = outputDir;
        Directory.CreateDirectory(socketFolder);
        Address = new ServerAddress(socketFolder, "test");
    }

    public string OutputDir { get; }
    public ServerAddress Address { get; }
    public Task? Running { get; private set; }
    public int Starts { get; private set; }
    public int Abandoned;
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromMinutes(5);

    public BuildServerClient Client(TextWriter? notes = null) => new(Address, this, notes ?? TextWriter.Null);

    /// <summary>Builds through the server (starting it the first time); fails the test if the server did not build.</summary>
    public ServedBuild Build(BuildOptions options)
    {
        var served = Client().Build(options, CancellationToken.None);
        Assert.NotNull(served);
        return served;
    }

    public IStartedServer? Start(ServerAddress address, string outputDir)
    {
        Starts++;
        var host = new BuildServerHost(address, outputDir, IdleTimeout) { AbandonedBuild = () => Interlocked.Increment(ref Abandoned) };
        Running = Task.Run(() => host.RunAsync(stop.Token));
        return new Started(Running);
    }

    public void Dispose()
    {
        stop.Cancel();
        try { Running?.Wait(TimeSpan.FromSeconds(30)); }
        catch (AggregateException) { }
        try { Directory.Delete(socketFolder, recursive: true); }
        catch (IOException) { }
    }

    private sealed class Started(Task running) : IStartedServer
    {
        public bool HasExited => running.IsCompleted;
    }
}

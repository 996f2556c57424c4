using System.Net.Sockets;
using System.Text.Json;
using Archive.Cli.BuildServer;
using Archive.Model;

namespace Archive.Tests.BuildServer;

/// <summary>Every field of a request and of each reply arrives as it was sent.</summary>
public sealed class MessageChannelTests
{
    [Fact]
    public void A_build_result_arrives_whole()
    {
        var stats = new BuildStats(10, 9, 8, 7, 123_456_789_012, TimeSpan.FromTicks(98765), true)
        {
            FilesParsed = 5,
            PagesSkipped = 4,
            Phases = [new PhaseTime("read", TimeSpan.FromTicks(11), TimeSpan.FromTicks(12)), new PhaseTime("render é", TimeSpan.FromTicks(13), TimeSpan.FromTicks(14))],
            Gc = new GcStats(3, 2, 1, TimeSpan.FromTicks(15)),
        };
        // A property added to the statistics must be carried too: the sample sets every one.
        foreach (var property in typeof(BuildStats).GetProperties())
        {
            var value = property.GetValue(stats);
            Assert.False(value is null || value.Equals(property.PropertyType.IsValueType ? Activator.CreateInstance(property.PropertyType) : null), property.Name);
        }
        var sent = new BuiltSite(
            [new Diagnostic(Severity.Error, new SourceLocation("content/a.txt", 3, 7), "bad \"date\"\nnext line"),
             new Diagnostic(Severity.Warning, new SourceLocation("b.md"), "odd")],
            stats, Strict: true, ServerBuilds: 42, FreshState: true);

        var received = RoundTrip(channel => channel.Send(new ServerReply(Result: sent)), channel => channel.ReceiveReply())?.Result;

        Assert.NotNull(received);
        Assert.Equal(JsonSerializer.Serialize(sent), JsonSerializer.Serialize(received));
    }

    [Fact]
    public void Requests_progress_status_and_failures_arrive_whole()
    {
        var request = new ServerRequest(ServerRequest.BuildKind, "/home/ed/archive",
            new RequestedBuild("content", null, "public", "site.yml", "https://example.org/", Strict: true, Clean: false), WantsProgress: true);
        var bare = new ServerRequest(ServerRequest.StopKind, "/tmp");
        var status = new ServerStatus(1234, "/srv/public", new DateTimeOffset(2026, 11, 28, 20, 0, 0, TimeSpan.Zero), 7, 1 << 30, 3L << 30, TimeSpan.FromMinutes(3));

        Assert.Equal(request, RoundTrip(channel => channel.Send(request), channel => channel.ReceiveRequest()));
        Assert.Equal(bare, RoundTrip(channel => channel.Send(bare), channel => channel.ReceiveRequest()));
        Assert.Equal(new BuildProgress("render", 256, 1000), RoundTrip(channel => channel.Send(new ServerReply(Progress: new BuildProgress("render", 256, 1000))), channel => channel.ReceiveReply())?.Progress);
        Assert.Equal(status, RoundTrip(channel => channel.Send(new ServerReply(Status: status)), channel => channel.ReceiveReply())?.Status);
        Assert.Equal("it broke", RoundTrip(channel => channel.Send(new ServerReply(Failure: "it broke")), channel => channel.ReceiveReply())?.Failure);
    }

    [Fact]
    public void The_end_of_the_stream_is_no_message()
    {
        Assert.Null(RoundTrip(_ => { }, channel => channel.ReceiveRequest()));
        Assert.Null(RoundTrip(_ => { }, channel => channel.ReceiveReply()));
    }

    private static T? RoundTrip<T>(Action<MessageChannel> send, Func<MessageChannel, T?> receive)
    {
        var path = Path.Combine("/tmp", "arch-msg-" + Guid.NewGuid().ToString("N")[..8] + ".sock");
        using var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            listener.Bind(new UnixDomainSocketEndPoint(path));
            listener.Listen(1);
            var client = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            client.Connect(new UnixDomainSocketEndPoint(path));
            using var server = new MessageChannel(listener.Accept());
            using (var sender = new MessageChannel(client)) send(sender);
            return receive(server);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

using Archive.Caching;

namespace Archive.Tests.Workflow;

public class BackgroundSavesTests
{
    [Fact]
    public void A_held_instance_writes_nothing_until_released_and_then_only_the_latest_save_of_each_kind()
    {
        var saves = new BackgroundSaves(held: true);
        var written = new List<string>();
        saves.Queue("content", () => { lock (written) written.Add("content 1"); });
        saves.Queue("content", () => { lock (written) written.Add("content 2"); });
        saves.Queue("pages", () => { lock (written) written.Add("pages 1"); });
        Thread.Sleep(100);
        lock (written) Assert.Empty(written);

        saves.Release();
        saves.Flush();
        Assert.Equal(["content 2", "pages 1"], written);
    }

    [Fact]
    public void Flush_writes_what_a_held_instance_holds()
    {
        var saves = new BackgroundSaves(held: true);
        var written = 0;
        saves.Queue("content", () => Interlocked.Increment(ref written));
        saves.Flush();
        Assert.Equal(1, written);
    }

    [Fact]
    public void An_instance_not_held_writes_without_being_asked()
    {
        var saves = new BackgroundSaves();
        using var done = new ManualResetEventSlim();
        saves.Queue("content", done.Set);
        Assert.True(done.Wait(TimeSpan.FromSeconds(10)));
    }
}

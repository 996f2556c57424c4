using Archive.Caching;

namespace Archive.Tests.Workflow;

public class BackgroundSavesTests
{
    [Fact]
    public void The_latest_save_of_a_kind_wins_and_a_flush_waits_for_every_kind()
    {
        var saves = new BackgroundSaves { StartDelay = TimeSpan.FromMilliseconds(200) };
        var written = new List<string>();
        saves.Queue("pages", () => { lock (written) written.Add("pages 1"); });
        saves.Queue("content", () => { lock (written) written.Add("content"); });
        saves.Queue("pages", () => { lock (written) written.Add("pages 2"); });

        lock (written) Assert.Empty(written); // still waiting out the delay
        saves.Flush();

        Assert.Equal(["content", "pages 2"], written);
    }

    [Fact]
    public void Without_a_delay_a_save_starts_at_once()
    {
        var saves = new BackgroundSaves();
        using var started = new ManualResetEventSlim();
        saves.Queue("pages", started.Set);
        Assert.True(started.Wait(TimeSpan.FromSeconds(10)));
        saves.Flush();
    }

    [Fact]
    public void Saves_held_back_during_a_build_are_written_once_it_releases_them()
    {
        var saves = new BackgroundSaves();
        using var written = new ManualResetEventSlim();
        saves.Hold();
        saves.Queue("pages", written.Set);

        Assert.False(written.Wait(TimeSpan.FromMilliseconds(300)));
        saves.Release();
        Assert.True(written.Wait(TimeSpan.FromSeconds(10)));
        saves.Flush();
    }
}

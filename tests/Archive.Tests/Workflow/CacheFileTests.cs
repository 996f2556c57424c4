using System.Security.Cryptography;
using System.Text;
using Archive.Caching;

namespace Archive.Tests.Workflow;

public sealed class CacheFileTests
{
    private const string Kind = "test-cache";

    [Fact]
    public void Records_written_as_lines_read_back_in_order_on_any_number_of_cores()
    {
        using var temp = new TempFolder();
        var path = temp["lines.cache"];
        var items = Enumerable.Range(0, 1000).Select(i => $"record {i}\nwith a newline and \"quotes\"").ToArray();

        CacheFile.WriteLines(path, Kind, 1, "head", items, CacheJson.Default.String, CacheJson.Default.String);

        foreach (var cores in new[] { 1, 2, 4 })
        {
            var read = CacheFile.ReadLines(path, Kind, 1, CacheJson.Default.String, CacheJson.Default.String, cores);
            Assert.NotNull(read);
            Assert.Equal("head", read.Value.Head);
            Assert.Equal(items, read.Value.Items);
        }
    }

    [Fact]
    public void Another_version_or_a_bad_record_behind_a_valid_checksum_reads_as_nothing()
    {
        using var temp = new TempFolder();
        var path = temp["lines.cache"];
        CacheFile.WriteLines(path, Kind, 1, "head", ["a", "b"], CacheJson.Default.String, CacheJson.Default.String);
        Assert.Null(CacheFile.ReadLines(path, Kind, 2, CacheJson.Default.String, CacheJson.Default.String, 2));

        // A record that is not JSON, checksummed as if it were fine: still never trusted.
        var payload = Encoding.UTF8.GetBytes("\"head\"\n\"a\"\n{not json");
        File.WriteAllBytes(path, [.. Encoding.ASCII.GetBytes($"{Kind} v1 {Convert.ToHexStringLower(SHA256.HashData(payload))}\n"), .. payload]);
        Assert.Null(CacheFile.ReadLines(path, Kind, 1, CacheJson.Default.String, CacheJson.Default.String, 2));
    }
}

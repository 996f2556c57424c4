using Archive.Search;

namespace Archive.Tests.Search;

public class PostingEncodingTests
{
    [Theory]
    [InlineData(0.001)]
    [InlineData(0.05)]
    [InlineData(0.6)]
    public void Postings_round_trip_at_any_density(double density)
    {
        var random = new Random(7);
        var postings = Enumerable.Range(0, 20_000).Where(_ => random.NextDouble() < density)
            .Select(id => id << 2 | random.Next(1, 4)).ToArray();
        var encoded = PostingEncoding.Encode(postings);
        Assert.Equal(postings, PostingEncoding.Decode(encoded));
    }

    [Fact]
    public void Dense_postings_become_a_bitmap_no_longer_than_two_bits_per_document()
    {
        var postings = Enumerable.Range(0, 10_000).Select(id => id << 2 | 1).ToArray();
        var encoded = PostingEncoding.Encode(postings);
        Assert.StartsWith("b", encoded);
        Assert.True(encoded.Length <= 1 + (10_000 / 4 + 2) / 3 * 4 + 4, $"{encoded.Length} characters");
    }

    [Theory]
    [InlineData(new[] { 0 << 2 | 1 }, "vF")]
    [InlineData(new[] { 0 << 2 | 3, 9 << 2 | 1 }, "vHlB")]
    [InlineData(new[] { 0 << 2 | 1, 1 << 2 | 1, 2 << 2 | 1, 3 << 2 | 1, 4 << 2 | 1, 5 << 2 | 1, 6 << 2 | 1, 7 << 2 | 1, 8 << 2 | 1, 9 << 2 | 1, 10 << 2 | 1, 11 << 2 | 1 }, "bVVVV")]
    public void Small_lists_encode_as_worked_out_by_hand(int[] postings, string expected)
    {
        Assert.Equal(expected, PostingEncoding.Encode(postings));
        Assert.Equal("\"" + expected + "\"", System.Text.Encoding.UTF8.GetString(PostingEncoding.EncodeJson(postings)));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.002)]
    [InlineData(0.3)]
    [InlineData(0.9)]
    public void The_JSON_form_is_what_a_JSON_writer_makes_of_the_string(double density)
    {
        var random = new Random(9);
        var postings = Enumerable.Range(0, 30_000).Where(_ => random.NextDouble() < density).Select(id => id << 2 | random.Next(1, 4)).ToArray();
        var options = new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        Assert.Equal(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(PostingEncoding.Encode(postings), options), PostingEncoding.EncodeJson(postings));
    }

    [Theory]
    [InlineData(0.9)]
    [InlineData(0.3)]
    [InlineData(0.05)]
    [InlineData(0.001)]
    public void Extending_the_JSON_of_a_prefix_gives_the_JSON_of_the_whole_list(double density)
    {
        var random = new Random(13);
        var postings = Enumerable.Range(0, 20_000).Where(_ => random.NextDouble() < density).Select(id => id << 2 | random.Next(1, 4)).ToArray();
        var extended = 0;
        for (var trial = 0; trial < 200; trial++)
        {
            var whole = postings.AsSpan(0, random.Next(1, postings.Length + 1));
            var prefix = whole[..random.Next(1, whole.Length + 1)];
            var expected = PostingEncoding.EncodeJsonToExtend(whole);
            if (PostingEncoding.ExtendJson(PostingEncoding.EncodeJsonToExtend(prefix), whole) is not { } result) continue;
            extended++;
            Assert.Equal(expected.Json, result.Json);
            Assert.Equal(expected.VarintLength, result.VarintLength);
            Assert.Equal(whole.Length, result.Count);
        }
        Assert.True(extended > 100, $"only {extended} of 200 extended");
    }

    [Theory]
    [InlineData(0.9)]
    [InlineData(0.3)]
    [InlineData(0.05)]
    [InlineData(0.001)]
    public void Reencoding_after_ids_moved_gives_the_JSON_of_the_new_list(double density)
    {
        var random = new Random(17);
        var postings = Enumerable.Range(0, 20_000).Where(_ => random.NextDouble() < density).Select(id => id << 2 | random.Next(1, 4)).ToArray();
        var reencoded = 0;
        for (var trial = 0; trial < 200; trial++)
        {
            var before = postings.AsSpan(0, random.Next(1, postings.Length + 1)).ToArray();
            var kept = random.Next(1, before.Length + 1);
            // From the first moved posting on: ids one later or earlier (an article inserted or removed), some dropped, some new.
            var from = kept < before.Length ? before[kept] >> 2 : (before[^1] >> 2) + 1;
            var delta = random.Next(2) == 0 ? 1 : -1;
            var tail = before[kept..].Where(_ => random.Next(20) > 0).Select(p => Math.Max(from, (p >> 2) + delta) << 2 | (p & 3))
                .Concat(Enumerable.Range(0, random.Next(0, 3)).Select(_ => random.Next(from, from + 40_000) << 2 | 3))
                .DistinctBy(p => p >> 2).Order().ToArray();
            int[] after = [.. before[..kept], .. tail];
            var expected = PostingEncoding.EncodeJsonToExtend(after);
            if (PostingEncoding.ReencodeTail(PostingEncoding.EncodeJsonToExtend(before), before, after, kept) is not { } result) continue;
            reencoded++;
            Assert.Equal(expected.Json, result.Json);
            Assert.Equal(expected.VarintLength, result.VarintLength);
            Assert.Equal(after.Length, result.Count);
        }
        Assert.True(reencoded > 100, $"only {reencoded} of 200 re-encoded");
    }
}

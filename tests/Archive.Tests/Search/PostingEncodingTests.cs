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
}

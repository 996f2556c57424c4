namespace Archive.Taxonomy;

/// <summary>The weight of a term shared by two articles: how much rarer it is than the archive is large, in quarter octaves.</summary>
/// <remarks>
/// weight = max(0, B(N) - B(df)) with B(x) = floor(4 log2 x) / 4. Unlike log(N / df) it moves only when N or df crosses a
/// quarter-octave boundary, so adding one article leaves nearly every weight, and so nearly every list, as it was. Counted
/// in integer quarters and computed exactly, never with a floating logarithm that could round across a boundary.
/// </remarks>
public static class RelatedTermWeight
{
    /// <summary>floor(4 log2 count): the largest k with 2^k &lt;= count^4. 4 B(count), as an integer.</summary>
    public static int QuarterOctaves(long count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, (long)int.MaxValue);
        var square = (ulong)count * (ulong)count;
        var fourth = (UInt128)square * square;
        return 127 - (int)UInt128.LeadingZeroCount(fourth);
    }

    /// <summary>A term on <paramref name="termCount"/> of <paramref name="archiveSize"/> articles, in quarters: 4 max(0, B(N) - B(df)).</summary>
    public static int Quarters(int archiveSize, int termCount) =>
        Math.Max(0, QuarterOctaves(archiveSize) - QuarterOctaves(termCount));
}

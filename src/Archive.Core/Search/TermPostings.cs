namespace Archive.Search;

/// <summary>
/// The postings of one term as one index sees them: the first <see cref="Count"/> items of a buffer that indexes updated
/// from each other share. Appending writes past every reader's end, so an index never sees its postings change.
/// </summary>
internal readonly record struct TermPostings(PostingBuffer? Buffer, int Count)
{
    public ReadOnlySpan<int> Span => Buffer is null ? default : Buffer.Items.AsSpan(0, Count);

    /// <summary>These postings followed by <paramref name="added"/> (newer documents): in place when the buffer has room
    /// no other index has taken, else in a new buffer with room to grow.</summary>
    public TermPostings Append(ReadOnlySpan<int> added)
    {
        var count = Count + added.Length;
        if (Buffer is not null && Buffer.TryClaim(Count, count))
        {
            added.CopyTo(Buffer.Items.AsSpan(Count));
            return new TermPostings(Buffer, count);
        }
        var buffer = PostingBuffer.WithRoom(count);
        Span.CopyTo(buffer.Items);
        added.CopyTo(buffer.Items.AsSpan(Count));
        return new TermPostings(buffer, count);
    }

    /// <summary>
    /// The postings as JSON, kept with the buffer: the next index's file is made from it, encoding only the newer postings
    /// (or, after ids moved, those after the first that moved). A common term's file is a few KB at most.
    /// </summary>
    public byte[] Json()
    {
        if (Buffer is null) return PostingEncoding.EncodeJson(Span);
        var earlier = Buffer.Encoded;
        if (earlier is not null && PostingEncoding.ExtendJson(earlier, Span) is { } extended)
        {
            Buffer.Keep(extended);
            return extended.Json;
        }
        if (earlier is null && Buffer.TakeBasis() is { } basis && basis.Postings.Buffer?.Encoded is { } before
            && PostingEncoding.ReencodeTail(before, basis.Postings.Span, Span, basis.Kept) is { } moved)
        {
            Buffer.Keep(moved);
            return moved.Json;
        }
        var encoded = PostingEncoding.EncodeJsonToExtend(Span);
        Buffer.Keep(encoded);
        return encoded.Json;
    }
}

/// <summary>Postings with room at the end; <c>used</c> is how far any index has claimed it.</summary>
internal sealed class PostingBuffer
{
    private int used;

    private PostingBuffer(int[] items, int used)
    {
        Items = items;
        this.used = used;
    }

    public int[] Items { get; }

    /// <summary>The JSON of the longest prefix written so far, if kept (see <see cref="TermPostings.Json"/>).</summary>
    public EncodedPostings? Encoded => Volatile.Read(ref encoded);

    private EncodedPostings? encoded;

    /// <summary>Keeps <paramref name="json"/> unless a longer prefix is kept already (a race only loses a shortcut).</summary>
    public void Keep(EncodedPostings json)
    {
        if (Encoded is not { } known || known.Count < json.Count) Volatile.Write(ref encoded, json);
    }

    // The postings these were made from by moving ids after the first Kept (see SearchIndex.TryShift), until encoded once.
    private (TermPostings Postings, int Kept)? basis;

    /// <summary>Notes that these postings share their first <paramref name="kept"/> with <paramref name="before"/>, whose
    /// JSON, if kept, then encodes those (see <see cref="PostingEncoding.ReencodeTail"/>).</summary>
    public void DerivedFrom(TermPostings before, int kept) => basis = (before, kept);

    /// <summary>The postings these were derived from, once: the earlier buffer is not kept alive after.</summary>
    public (TermPostings Postings, int Kept)? TakeBasis()
    {
        var taken = basis;
        basis = null;
        return taken;
    }

    /// <summary>A buffer for <paramref name="count"/> postings and a sixteenth more, so a daily append rarely copies.</summary>
    public static PostingBuffer WithRoom(int count) => new(new int[count + count / 16 + 4], count);

    /// <summary>Takes the room from <paramref name="from"/> to <paramref name="to"/>, if nobody has taken any of it yet.</summary>
    public bool TryClaim(int from, int to) => to <= Items.Length && Interlocked.CompareExchange(ref used, to, from) == from;
}

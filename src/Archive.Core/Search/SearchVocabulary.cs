using System.Collections.Concurrent;
using Archive.Model;

namespace Archive.Search;

/// <summary>
/// Interns every term of the archive once and gives it an int id, so 100k articles keep int arrays rather than strings.
/// Thread-safe; ids depend on read order, so nothing written out may depend on them (the index sorts by term text).
/// </summary>
public sealed class SearchVocabulary
{
    private readonly ConcurrentDictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly List<string> terms = [];
    private readonly Lock gate = new();

    [ThreadStatic] private static BestFields? reusedBest;

    public SearchVocabulary() => lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The vocabulary of every article read or restored from the build cache in this process. One instance, because the
    /// index needs all entries of a site in one vocabulary whichever path (parsed now, or loaded from the cache) they took;
    /// it grows only with distinct words, so a long <c>serve</c> session stays bounded by the archive's vocabulary.
    /// </summary>
    public static SearchVocabulary Shared { get; } = new();

    public int Count
    {
        get { lock (gate) return terms.Count; }
    }

    public string Term(int id)
    {
        lock (gate) return terms[id];
    }

    /// <summary>A snapshot of all terms by id, for building the index once reading is over.</summary>
    public IReadOnlyList<string> Snapshot()
    {
        lock (gate) return terms.ToArray();
    }

    public int Intern(ReadOnlySpan<char> term)
    {
        if (lookup.TryGetValue(term, out var id)) return id;
        lock (gate)
        {
            if (lookup.TryGetValue(term, out id)) return id;
            var text = term.ToString();
            id = terms.Count;
            terms.Add(text);
            ids[text] = id;
            return id;
        }
    }

    /// <summary>The terms of an article: title, lede (its summary) and body paragraphs with captions.</summary>
    public SearchTerms Collect(Article article) =>
        Collect(article.Title, article.Summary, article.Paragraphs.Concat(article.Captions));

    public SearchTerms Collect(string title, string lede, IEnumerable<string> body)
    {
        var best = reusedBest ??= new BestFields();
        Span<char> buffer = stackalloc char[SearchText.MaxTermLength];
        Add(title, SearchField.Title, best, buffer);
        Add(lede, SearchField.Lede, best, buffer);
        foreach (var paragraph in body) Add(paragraph, SearchField.Body, best, buffer);
        var codes = best.TakeCodes();
        Array.Sort(codes);
        return new SearchTerms(this, codes);
    }

    /// <summary>Terms kept from an earlier run (as text, since ids differ between runs), e.g. by an incremental-build cache.</summary>
    public SearchTerms Restore(IEnumerable<(string Term, SearchField Field)> terms)
    {
        var codes = terms.Select(t => Intern(t.Term) << 2 | (int)t.Field).Order().ToArray();
        return new SearchTerms(this, codes);
    }

    /// <summary>The sorted codes of a cache text (see <see cref="SearchTermsJsonConverter"/>), its terms interned here.</summary>
    public int[] Decode(string cacheText)
    {
        if (cacheText.Length == 0) return [];
        var codes = new List<int>();
        foreach (var range in cacheText.AsSpan().Split(' '))
        {
            var item = cacheText.AsSpan(range);
            codes.Add(Intern(item[1..]) << 2 | (item[0] - '0'));
        }
        codes.Sort();
        return codes.ToArray();
    }

    /// <summary>The texts of some terms' codes, under one lock.</summary>
    public string[] Terms(ReadOnlySpan<int> codes)
    {
        var texts = new string[codes.Length];
        lock (gate)
        {
            for (var i = 0; i < codes.Length; i++) texts[i] = terms[SearchTerms.TermId(codes[i])];
        }
        return texts;
    }

    private void Add(string text, SearchField field, BestFields best, Span<char> buffer)
    {
        var position = 0;
        for (int length; (length = SearchText.Next(text, ref position, buffer)) > 0;) best.Offer(Intern(buffer[..length]), field);
    }

    /// <summary>
    /// The best field of each term of one article, by term id: an array as long as the vocabulary (ids are dense), reset
    /// after each article by clearing only the ids it touched. One per thread; a dictionary per article cost a hash per word.
    /// </summary>
    private sealed class BestFields
    {
        private SearchField[] fields = new SearchField[4096];
        private readonly List<int> touched = new(1024);

        public void Offer(int id, SearchField field)
        {
            if (id >= fields.Length) Array.Resize(ref fields, Math.Max(id + 1, fields.Length * 2));
            var known = fields[id];
            if (known == 0) touched.Add(id);
            if (known < field) fields[id] = field;
        }

        /// <summary>Each touched term as <c>id &lt;&lt; 2 | field</c>, in no order; leaves this empty for the next article.</summary>
        public int[] TakeCodes()
        {
            var codes = new int[touched.Count];
            for (var i = 0; i < codes.Length; i++)
            {
                var id = touched[i];
                codes[i] = id << 2 | (int)fields[id];
                fields[id] = 0;
            }
            touched.Clear();
            return codes;
        }
    }
}

using Archive.Model;

namespace Archive.Taxonomy;

/// <summary>How often one keyword matched in one part of the article, and the points it gave.</summary>
/// <param name="Where">title, lede, body, tail, or dateline (the place's country).</param>
public sealed record KeywordEvidence(string Keyword, string Where, int Count, double Points);

/// <summary>One candidate term with its score, whether it was assigned, and why.</summary>
public sealed record TermScore(string Name, TermKind Kind, double Score, bool Assigned, bool FromFrontMatter, IReadOnlyList<KeywordEvidence> Matches);

/// <summary>The terms of an article with the evidence for every candidate, for <c>archive inspect --explain</c>.</summary>
public sealed record TermExplanation(ArticleTerms Terms, IReadOnlyList<TermScore> Candidates);

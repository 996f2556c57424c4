namespace Archive.Site;

/// <summary>The four ways an archive is browsed besides dates.</summary>
public enum TermKind { Topic, Country, Place, Source }

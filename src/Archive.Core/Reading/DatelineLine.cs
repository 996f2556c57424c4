namespace Archive.Reading;

/// <summary>Rejoins a dateline that copying left on a line of its own ("NAIROBI, March 3 (Xinhua) --") with the lede below it.</summary>
public static class DatelineLine
{
    /// <summary>Datelines sit near the top; past this many lines a match is more likely a quoted fragment.</summary>
    private const int MaxSearchLines = 60;

    /// <summary>A copy of <paramref name="lines"/> with the first lone dateline joined to the next text line (which becomes blank).</summary>
    public static string[] Join(string[] lines)
    {
        for (var i = 0; i < lines.Length && i < MaxSearchLines; i++)
        {
            var line = lines[i].Trim();
            if (line.Length is 0 or > 120 || !IsLoneDateline(line)) continue;
            var next = i + 1;
            while (next < lines.Length && lines[next].Trim().Length == 0) next++;
            if (next >= lines.Length) return lines;
            var lede = lines[next].Trim();
            if (DatelineParser.TryParse(lede, null, out _, out _) || Chrome.IsChrome(lede)) return lines;
            var joined = (string[])lines.Clone();
            joined[i] = line + " " + lede;
            joined[next] = "";
            return joined;
        }
        return lines;
    }

    // A dateline names its source in brackets or slashes ("(Xinhua)", "/TASS/"), so a line with neither is not one; the
    // check spares the dateline patterns on the short lines of every body.
    private static bool IsLoneDateline(string line) =>
        line.AsSpan().IndexOfAny('(', '/') >= 0
        && DatelineParser.TryParse(line + " x", null, out var dateline, out var rest) && rest == "x" && dateline.Source is not null;
}

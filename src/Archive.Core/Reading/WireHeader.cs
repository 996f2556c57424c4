namespace Archive.Reading;

/// <summary>The lines above a wire story's body: headline and byline, with page chrome skipped.</summary>
public sealed record WireHeader(string? Title, BylineInfo? Byline, int BodyStart)
{
    public static WireHeader Read(IReadOnlyList<string> lines, int firstLine)
    {
        string? title = null;
        BylineInfo? byline = null;
        var i = 0;
        for (; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || Chrome.IsChrome(line)) continue;
            if (Archive.Reading.Byline.TryParse(line, out var info) && (title is not null || info.LocalTime is not null))
            {
                byline = Merge(byline, info);
                continue;
            }
            if (title is null && !DatelineParser.TryParse(line, null, out _, out _) && !IsKicker(line, lines, i))
            {
                title = line;
                continue;
            }
            if (title is null && IsKicker(line, lines, i)) continue;
            break;
        }
        return new WireHeader(title, byline, i);
    }

    /// <summary>An ALL-CAPS line followed by more header text is a kicker or site name, not the headline.</summary>
    private static bool IsKicker(string line, IReadOnlyList<string> lines, int index)
    {
        var letters = line.Count(char.IsLetter);
        if (letters < 2 || line.Count(char.IsUpper) != letters || line.Length > 60) return false;
        return lines.Skip(index + 1).Any(l => l.Trim().Length > 0);
    }

    private static BylineInfo Merge(BylineInfo? first, BylineInfo second) => first is null ? second : new BylineInfo(
        first.Source ?? second.Source,
        first.Authors.Count > 0 ? first.Authors : second.Authors,
        first.LocalTime ?? second.LocalTime,
        first.Offset ?? second.Offset);
}

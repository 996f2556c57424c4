using System.Globalization;
using System.Text;

namespace Archive.Text;

/// <summary>URL slugs: ASCII, lowercase, hyphen-separated, bounded in length.</summary>
public static class Slugs
{
    public const int MaxLength = 80;

    /// <summary>A slug for any text; "article" when nothing of it survives.</summary>
    public static string From(string text, string fallback = "article")
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxLength + 16));
        var pendingHyphen = false;
        foreach (var c in Fold(text))
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingHyphen && builder.Length > 0) builder.Append('-');
                pendingHyphen = false;
                builder.Append(c);
                if (builder.Length >= MaxLength) break;
            }
            else if (c is not '\'' and not '\u2019')
            {
                pendingHyphen = true;
            }
        }
        var slug = TrimToWord(builder.ToString());
        if (slug.Length == 0) return fallback;
        // 'con' or 'nul' cannot be a folder on Windows, and the writer refuses such paths: keep the page, change its name.
        return Output.OutputPaths.IsReservedName(slug) ? slug + "-1" : slug;
    }

    private static string TrimToWord(string slug)
    {
        if (slug.Length < MaxLength) return slug;
        var cut = slug.LastIndexOf('-');
        return cut > MaxLength / 2 ? slug[..cut] : slug.TrimEnd('-');
    }

    /// <summary>Compatibility decomposition, or the text as it is when it holds what Normalize refuses (a lone surrogate, U+FFFE).</summary>
    private static string Decompose(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormKD);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }

    /// <summary>Lowercase with accents removed (é -> e, ß -> ss); other letters dropped later.</summary>
    private static IEnumerable<char> Fold(string text)
    {
        var decomposed = Decompose(text);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            switch (c)
            {
                case 'ß': yield return 's'; yield return 's'; break;
                case 'æ' or 'Æ': yield return 'a'; yield return 'e'; break;
                case 'ø' or 'Ø': yield return 'o'; break;
                case 'đ' or 'Đ': yield return 'd'; break;
                case 'ł' or 'Ł': yield return 'l'; break;
                default: yield return char.ToLowerInvariant(c); break;
            }
        }
    }
}

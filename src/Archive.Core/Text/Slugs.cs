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
        return slug.Length == 0 ? fallback : slug;
    }

    private static string TrimToWord(string slug)
    {
        if (slug.Length < MaxLength) return slug;
        var cut = slug.LastIndexOf('-');
        return cut > MaxLength / 2 ? slug[..cut] : slug.TrimEnd('-');
    }

    /// <summary>Normalize throws on a lone surrogate (broken UTF-16 in the input); such a character never reaches a slug anyway.</summary>
    private static string WithoutLoneSurrogates(string text)
    {
        if (!text.Any(char.IsSurrogate)) return text;
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(text, i, 2);
                i++;
            }
            else if (!char.IsSurrogate(text[i]))
            {
                builder.Append(text[i]);
            }
        }
        return builder.ToString();
    }

    /// <summary>Lowercase with accents removed (é -> e, ß -> ss); other letters dropped later.</summary>
    private static IEnumerable<char> Fold(string text)
    {
        var decomposed = WithoutLoneSurrogates(text).Normalize(NormalizationForm.FormKD);
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

using System.Text.RegularExpressions;

namespace Archive.Reading;

/// <summary>Lines that copying from a web page brings along (share buttons, font controls, editor tags) and photo captions.</summary>
public static partial class Chrome
{
    private static readonly HashSet<string> Exact = new(StringComparer.OrdinalIgnoreCase)
    {
        "Share", "Share:", "Share - WeChat", "Share this:", "Share this article", "Share on Facebook", "Share on Twitter",
        "Adjust font size:", "Font size:", "Print E-mail", "Print", "E-mail", "Email", "Print Email", "Advertisement",
        "ADVERTISEMENT", "Related Stories", "Related News", "Related", "Related Articles", "Related:", "Read more", "Read more:",
        "Read More", "More:", "Enditem", "Editor's Pick", "Editor's Picks", "Top News", "Top Stories", "Follow us",
        "Comments", "Comment", "Most Viewed", "Most Popular", "Most Read", "Tweet", "Facebook", "Twitter", "WeChat", "Weibo",
        "LinkedIn", "WhatsApp", "Copy link", "Link copied", "Close", "Menu", "Home", "Back to top", "Top", "Subscribe",
        "Sign up", "Log in", "Listen", "Listen to this article", "Save", "Bookmark", "Recommended", "You may also like",
        "Also read", "Scan the QR code", "Video PlayerClose", "Video Player Close", "Printable version", "E-mail this to a friend",
        "Leer en español", "Skip to main content", "E-mail this to a friend Printable version", "Exclusive news, data and analytics for financial market professionals",
        "Learn more about", "Sign up here.", "share2", "Click here to share on social media", "Search Trends", "Global perspective Human stories",
        "All News", "(END)", "Follow us on X", "Copy Link copied", "Link copied!", "Suggested Topics:", "Purchase Licensing Rights", "Print this article", "A A A", "A+ A-", "A-", "A+", "Text size", "Photos", "Video", "Gallery", "Full Screen",
        "X", "Reddit", "Pinterest", "Flipboard", "Telegram", "Threads", "Bluesky", "Gift this article", "Learn more", "Get in Touch",
        "Save article", "Share article", "Copy URL", "Newsletter", "Watch", "Live",
    };

    [GeneratedRegex(
        @"^[\s|·•/\\\-–—=*_~]+$" +
        @"|^[\[(]?\s*(?:(?:Web editor|Editor|Editors|Responsible editor|Source|Reporters?|Writers?|Photographers?|Translators?)\s*:|(?:Edited|Editing|Reporting|Additional reporting|Writing|Compiled|Translated) by\b).{0,200}$" +
        @"|^\[?\s*Enditem\s*\]?\.?$|^Adjust font size:.*$|^Font size:.*$|^Copyright\b.*|^©.*|^All contents ©.*" +
        @"|^(?:Share|Follow us|Download|Subscribe|Sign up|Click here|Read more|Read the full)\b[^.!?]{0,50}$" +
        @"|^\((?:ATTN|With input from|This story has not been edited)\b.{0,200}\)$|^==\s*\w+$|^www\.kcna\.kp\b.{0,40}$" +
        @"|^Related(?: news| stories| articles| content| coverage)?\s*:\s*[^.!?]{0,150}$|^Follow AP['’]s\b.{0,150}$|^Anadolu Agency website contains only\b.*$" +
        @"|^(?:The )?Associated Press (?:writers?|reporters?|journalists?|videojournalists?|correspondents?)\b.{0,200}\bcontributed\b.{0,80}$" +
        @"|^Advertisement\s*[·|•\-–]\s*[^.!?]{0,40}$|^Our Standards:.*$|^\d+\s+(?:min|minute)s?\s+(?:read|reading time)$|^\d{1,6}$|^\d{1,2}:\d{2}$|^All rights reserved\b.*" +
        @"|^(?:--|—|–)\s*[A-Z][A-Z .]{1,30}(?:\s*(?:--|—|–))?$|^Follow\s+[^.!?]{1,40}\s+on\s+(?:X|Twitter|Facebook|LinkedIn|Instagram|Bluesky|Threads)$" +
        @"|^\((?:The author|The views|The opinions|Editing by)\b.{0,300}\)$|^This article is more than \d+ (?:years?|months?) old$" +
        @"|^\((?:This (?:story|article|version) (?:has been|was|is)|Corrects|Corrected|Adds|Updates|Recasts|Refiles|Repeats|Fixes|If you want to contribute)\b.{0,300}\)$" +
        @"|^(?:This (?:story|article) (?:has been|was) (?:corrected|updated)\b|Editor['’]s note\s*[:\-–—]).{0,300}$|^Join\b.{0,60}\b(?:Telegram|WhatsApp|channel|newsletter)\b.{0,80}$" +
        @"|^[a-z]{2,4}/[a-z]{2,4}(?:/[a-z]{2,4})?$|^@\w{2,30}$|^(?:UPD:\s*)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{1,2}:\d{2}$|^This audio is (?:generated|produced|created)\b.{0,80}$|^Image (?:source|caption)\s*,.{0,80}$|^Image caption,?$|^dpa(?:\s+[a-z0-9]{1,5}){1,8}$" +
        @"|^The views (?:expressed )?(?:don['’]t|do not) necessarily reflect\b.{0,120}$|^If you have a specific expertise\b.{0,300}$|^Posted in\s*:.{0,80}$|^\[\s*[-–]\s*\]\s*Text\s*\[\s*\+\s*\]$|^(?:(?:<<\s*|«\s*)?Prev(?:ious)?(?:\s+Page)?\s+)?(?:\d{1,2}\s+){1,20}(?:Next(?:\s+Page)?)?\s*(?:>>|»|>)?$|^Contact the (?:writers?|authors?|reporters?) at\b.{0,100}$|^\([A-Z][\w'’ ]{1,40}\s+\d{1,2}/\d{1,2}/\d{4}\s+page\s*\d+\)$|^Have a (?:confidential )?tip\b.{0,80}$|^Before it['’]s here, it['’]s on the Bloomberg Terminal\.?$|^(?:Home|News|World|China|Opinion|Business)(?:\s*[>|»/]+\s*[\w' &.\-]+)+$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    [GeneratedRegex(
        @"^(?:\((?:Xinhua|Photo|AP Photo|AFP|AFP Photo|Reuters|CFP|China Daily|IC|VCG|KCNA|Yonhap|dpa|EPA|Getty Images|CNS)\s*/[^()]{1,80}\)" +
        @"|\[(?:Photo|Photos|Video)\s*(?:/|by\b)[^\[\]]{1,80}\]|\((?:Photo|Photos)\s*(?:/|by\b|:)[^()]{1,80}\))$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaptionPattern();

    [GeneratedRegex(@"^\[\d{1,2}/\d{1,2}\]\s")]
    private static partial Regex ReutersGalleryCaption();

    [GeneratedRegex(@"^\(?(?:Illustration|Graphic|Chart|Photo|Cover image|Cover image via)\s*[:/]?\s*[^.!?()]{1,60}\)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreditOnly();

    // Picture credits that close a caption without brackets: "... in Beijing GREG BAKER / AFP", "... a port. REUTERS/Stringer".
    [GeneratedRegex(@"(?:\s[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3}\s*/\s*(?:AFP|AP|Getty Images|AFP via Getty Images|Reuters|EPA|EPA-EFE|Xinhua|Anadolu|Pool|Bloomberg)|\s(?:REUTERS|AFP|AP Photo)/[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingPhotoCredit();

    // AFP pictures on partner sites end with the photographer alone, surname in capitals: "... (Pedro PARDO)".
    [GeneratedRegex(@"[^.!?""”]\s\((?:[A-Z][a-z'’\-]+\s+){1,2}[A-Z]{2,}(?:[\s\-][A-Z]{2,})?\)$|[^.!?""”]\s\([A-Z]{2,}(?:\s+[A-Z]{2,}){1,2}\)$", RegexOptions.CultureInvariant)]
    private static partial Regex PhotographerInParentheses();

    private static readonly string[] CaptionOpenings = ["Photo taken", "File photo", "Photo shows", "This photo", "Photo:", "Photos:", "FILE - ", "FILE -- ", "FILE — "];

    /// <summary>True for a line that is page furniture, not article text.</summary>
    public static bool IsChrome(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0 || trimmed.Length > 300) return false;
        if (Exact.Contains(trimmed) || Pattern().IsMatch(trimmed) || IsMenuRow(trimmed) || IsControlRow(trimmed)) return true;
        // Copy from table-laid-out pages puts a row of controls on one line: "E-mail this to a friend<TAB>Printable version".
        return trimmed.Contains('\t') && trimmed.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).All(Exact.Contains);
    }

    // "Single_Page": the two-word control, joined before splitting so it counts as one word.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ControlWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Print", "Comment", "Comments", "Mail", "E-mail", "Email", "Share", "Save", "Tweet", "Bookmark", "Feedback", "Favorite", "Subscribe",
        "Close", "Reprints", "Large", "Medium", "Small", "Single_Page",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    [GeneratedRegex(@"[\s|\[\]]+")]
    private static partial Regex ControlSeparator();

    /// <summary>A row of page controls copied as words: "Print Comment Mail".</summary>
    /// <remarks>Runs on every body line, so it stops at the first word that is not a control, allocating nothing.</remarks>
    private static bool IsControlRow(string line)
    {
        // Bracketed controls ("[Feedback] [Print] [Close]") and two-word ones ("Single Page") count as one word each.
        var text = line.Replace("Single Page", "Single_Page", StringComparison.OrdinalIgnoreCase);
        var words = 0;
        foreach (var range in ControlSeparator().EnumerateSplits(text))
        {
            var word = text.AsSpan(range);
            if (word.IsEmpty) continue;
            if (!ControlWords.Contains(word)) return false;
            words++;
        }
        return words >= 2;
    }

    /// <summary>A site menu copied as one row: "Home | China | World | Business | Sci-Tech".</summary>
    private static bool IsMenuRow(string line)
    {
        // Four items need three bars; most lines have none, and splitting them would allocate for nothing.
        if (line.AsSpan().Count('|') < 3) return false;
        var items = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return items.Length >= 4 && items.All(item => item.Length <= 24 && item.Split(' ').Length <= 3 && !item.Any(char.IsAsciiDigit) && !Paragraphs.EndsSentence(item));
    }

    /// <summary>A photo caption: a line ending in a credit like <c>(Xinhua/Xie Huanchi)</c> or <c>[Photo/Xinhua]</c>.</summary>
    public static bool IsCaption(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0 || trimmed.Length > 600) return false;
        if (trimmed.Contains("Purchase Licensing Rights", StringComparison.OrdinalIgnoreCase) || ReutersGalleryCaption().IsMatch(trimmed)) return true;
        if (CreditOnly().IsMatch(trimmed) && (trimmed.StartsWith("(Cover", StringComparison.OrdinalIgnoreCase) || trimmed.Contains(':') || trimmed.Contains('/'))) return true;
        foreach (var opening in CaptionOpenings)
            if (trimmed.StartsWith(opening, StringComparison.OrdinalIgnoreCase)) return true;
        if (trimmed.EndsWith("(Xinhua)", StringComparison.Ordinal))
            return trimmed.Contains(" shows ", StringComparison.Ordinal);
        // The pattern ends in a literal ')': checking for it first spares the regex on ordinary paragraphs (as '/' does below).
        if (trimmed[^1] == ')' && PhotographerInParentheses().IsMatch(trimmed)) return true;
        if (trimmed[^1] is ')' or ']')
        {
            // Only the credit at the end decides, so match the last bracketed group alone rather than scanning the line.
            var open = trimmed.AsSpan().LastIndexOfAny('(', '[');
            return open >= 0 && CaptionPattern().IsMatch(trimmed.AsSpan(open));
        }
        if (trimmed.Contains('/') && TrailingPhotoCredit().IsMatch(trimmed)) return true;
        // Only a credit within the last 48 characters counts, so only they are searched.
        var tail = Math.Max(0, trimmed.Length - 48);
        var found = trimmed.AsSpan(tail).LastIndexOf("Photo:", StringComparison.OrdinalIgnoreCase);
        var credit = found < 0 ? -1 : tail + found;
        return credit >= 0 && trimmed.Length - credit <= 48 && trimmed[(credit + 6)..].Trim().Length > 0 && !Paragraphs.EndsSentence(trimmed);
    }

    /// <summary>The BBC's label on a line of its own before a caption: "Image caption,".</summary>
    public static bool IsCaptionLabel(string line) => line.Trim().TrimEnd(',') is var label && (label.Equals("Image caption", StringComparison.OrdinalIgnoreCase) || label.Equals("Caption", StringComparison.OrdinalIgnoreCase));

    /// <summary>A heading such as "Related Stories" after which the page lists other articles' headlines.</summary>
    public static bool StartsLinkList(string line) =>
        line.Trim().TrimEnd(':') is { } text && (text.StartsWith("Related", StringComparison.OrdinalIgnoreCase) ||
            text.Equals("Read more", StringComparison.OrdinalIgnoreCase) || text.Equals("Recommended", StringComparison.OrdinalIgnoreCase) ||
            text.Equals("You may also like", StringComparison.OrdinalIgnoreCase) || text.Equals("Most Viewed", StringComparison.OrdinalIgnoreCase) ||
            text.Equals("Most Popular", StringComparison.OrdinalIgnoreCase) || text.Equals("Editor's Pick", StringComparison.OrdinalIgnoreCase) ||
            text.Equals("Top Stories", StringComparison.OrdinalIgnoreCase) || text.Equals("Top News", StringComparison.OrdinalIgnoreCase) ||
            text.Equals("Suggested Topics", StringComparison.OrdinalIgnoreCase) || text.Equals("Keywords", StringComparison.OrdinalIgnoreCase) ||
            text.Equals("Tags", StringComparison.OrdinalIgnoreCase) || text.Equals("Topics", StringComparison.OrdinalIgnoreCase) ||
            text.Equals("Explore more on these topics", StringComparison.OrdinalIgnoreCase) || text.Equals("More on this story", StringComparison.OrdinalIgnoreCase));
}

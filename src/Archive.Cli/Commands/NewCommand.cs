using System.CommandLine;
using System.Globalization;
using Archive.Text;

namespace Archive.Cli.Commands;

/// <summary><c>archive new "Title"</c>: writes a dated, uniquely named article into <c>content/YYYY/MM/</c>.</summary>
public static class NewCommand
{
    public static Command Create()
    {
        var title = new Argument<string>("title") { Description = "The article's headline." };
        var content = new Option<string>("--content") { Description = "The folder of articles.", DefaultValueFactory = _ => "content" };
        var source = new Option<string?>("--source") { Description = "The agency or paper (Xinhua, AP, ...)." };
        var format = new Option<string>("--format") { Description = "txt (wire copy) or md (Markdown with front matter).", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("txt", "md");
        var date = new Option<string?>("--date") { Description = "Publication time, ISO 8601 (default: now)." };
        var command = new Command("new", "Create a new article file and print its path.") { title, content, source, format, date };
        command.SetAction(parseResult =>
        {
            var when = DateTimeOffset.Now;
            if (parseResult.GetValue(date) is { } text &&
                !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeLocal, out when))
            {
                Console.Error.WriteLine($"archive: '{text}' is not a date (use ISO 8601, e.g. 2025-07-11T10:20:00+08:00)");
                return CommandLine.BadUsage;
            }
            var headline = parseResult.GetValue(title) ?? "";
            if (headline.Trim().Length == 0)
            {
                Console.Error.WriteLine("archive: the title is empty");
                return CommandLine.BadUsage;
            }
            var extension = parseResult.GetValue(format) ?? "md";
            var path = NewArticle.Write(parseResult.GetValue(content) ?? "content", headline.Trim(), parseResult.GetValue(source), extension, when);
            Console.WriteLine(path);
            return CommandLine.Success;
        });
        return command;
    }
}

/// <summary>The text and the file of a new article.</summary>
public static class NewArticle
{
    public static string Write(string contentDir, string title, string? source, string format, DateTimeOffset when)
    {
        var folder = Path.Combine(contentDir, when.ToString("yyyy", CultureInfo.InvariantCulture), when.ToString("MM", CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        var stem = Slugs.From(title);
        for (var n = 1; ; n++)
        {
            var name = n == 1 ? $"{stem}.{format}" : string.Create(CultureInfo.InvariantCulture, $"{stem}-{n}.{format}");
            var path = Path.Combine(folder, name);
            try
            {
                // CreateNew: two concurrent `archive new` calls never overwrite each other.
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                using var writer = new StreamWriter(stream);
                writer.Write(format == "txt" ? WireCopy(title, source, when) : Markdown(title, source, when));
                return path.Replace('\\', '/');
            }
            catch (IOException) when (File.Exists(path))
            {
            }
        }
    }

    public static string WireCopy(string title, string? source, DateTimeOffset when)
    {
        var agency = source ?? "Archive";
        var stamp = when.ToString("HH:mm, MMMM d, yyyy", CultureInfo.InvariantCulture);
        var day = when.ToString("MMMM d", CultureInfo.InvariantCulture);
        return $"{title}\n\n({agency}) {stamp}\n\nPLACE, {day} ({agency}) -- Write the story here.\n";
    }

    public static string Markdown(string title, string? source, DateTimeOffset when)
    {
        var quoted = "\"" + title.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
        var sourceLine = source is null ? "" : $"source: \"{source.Replace("\"", "\\\"")}\"\n";
        return $"---\ntitle: {quoted}\ndate: {when.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)}\n{sourceLine}---\n\nWrite the story here.\n";
    }
}

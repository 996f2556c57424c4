using System.Text;

namespace Archive.Content;

/// <summary>The outcome of decoding a file's bytes: text, or the reason there is none.</summary>
public sealed record DecodedText(string? Text, string? Error, string? Warning);

/// <summary>Turns bytes into text: UTF-8 (BOM or not), UTF-16 with BOM, else Windows-1252. Rejects binary data.</summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding Latin1 = Encoding.Latin1;

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0) return new(null, "the file is empty", null);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Utf8(bytes[3..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Clean(Encoding.Unicode.GetString(bytes[2..]));
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Clean(Encoding.BigEndianUnicode.GetString(bytes[2..]));
        if (LooksBinary(bytes)) return new(null, "the file is binary, not text (is it an image or a document renamed?)", null);
        return Utf8(bytes);
    }

    private static DecodedText Utf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return Clean(StrictUtf8.GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            var text = Windows1252().GetString(bytes);
            var decoded = Clean(text);
            return decoded with { Warning = "the file is not valid UTF-8; read it as Windows-1252" };
        }
    }

    private static Encoding Windows1252()
    {
        try
        {
            return Encoding.GetEncoding(1252);
        }
        catch (NotSupportedException)
        {
            return Latin1;
        }
    }

    private static DecodedText Clean(string text)
    {
        if (text.Length == 0) return new(null, "the file is empty", null);
        if (!text.Contains('\0')) return new(text, null, null);
        return new(text.Replace("\0", ""), null, "the file contains NUL characters; they were removed");
    }

    /// <summary>Binary when the first 8 KB hold a known image/archive signature or many control bytes.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<byte> png = [0x89, 0x50, 0x4E, 0x47];
        ReadOnlySpan<byte> pdf = "%PDF"u8;
        ReadOnlySpan<byte> zip = [0x50, 0x4B, 0x03, 0x04];
        ReadOnlySpan<byte> jpeg = [0xFF, 0xD8, 0xFF];
        ReadOnlySpan<byte> gif = "GIF8"u8;
        if (bytes.StartsWith(png) || bytes.StartsWith(pdf) || bytes.StartsWith(zip) || bytes.StartsWith(jpeg) || bytes.StartsWith(gif))
            return true;
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        var control = 0;
        foreach (var b in sample)
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C) && b != 0) control++;
        var nul = sample.Count((byte)0);
        // A few NULs in text are damage we repair; text that is mostly NUL or control bytes is not text.
        return control > sample.Length / 20 || nul > sample.Length / 4;
    }
}

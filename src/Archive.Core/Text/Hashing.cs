using System.Security.Cryptography;
using System.Text;

namespace Archive.Text;

/// <summary>Stable content hashes (not security): the same text gives the same hex on every machine.</summary>
public static class Hashing
{
    public static string Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}

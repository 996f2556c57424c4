namespace Archive.Bench.Corpus;

/// <summary>A small deterministic random source (SplitMix64): same seed, same sequence, on every machine and runtime.</summary>
public sealed class Prng
{
    private ulong state;

    public Prng(ulong seed) => state = seed;

    /// <summary>An independent stream for item <paramref name="index"/> of a run seeded with <paramref name="seed"/>.</summary>
    public static Prng For(int seed, int index, ulong salt = 0) =>
        new(Mix(unchecked((ulong)seed * 0x9E3779B97F4A7C15UL ^ (ulong)index * 0xC2B2AE3D27D4EB4FUL ^ salt)));

    public ulong NextUInt64() => Mix(state += 0x9E3779B97F4A7C15UL);

    /// <summary>A number in [0, <paramref name="max"/>).</summary>
    public int Next(int max) => max <= 1 ? 0 : (int)(NextUInt64() % (ulong)max);

    /// <summary>A number in [<paramref name="min"/>, <paramref name="max"/>] inclusive.</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}

using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NotebookKit.Runner.Cli;

namespace NotebookKit.Runner.Grading;

/// <summary>
/// One of <see cref="Count"/> parts of a class (<c>--shard K/N</c>): the students whose name's SHA-256 (its first 8
/// bytes as a little-endian number, modulo <see cref="Count"/>) falls into part <see cref="Number"/>. A student's part depends on the name alone, so it stays the same as the class changes and on
/// every machine; the parts are disjoint and together hold every student.
/// </summary>
/// <param name="Number">Which part, from 1.</param>
/// <param name="Count">How many parts.</param>
public sealed record Shard(int Number, int Count)
{
    /// <summary>The whole class.</summary>
    public static Shard All { get; } = new(1, 1);

    /// <summary>True when <paramref name="student"/> is in this part.</summary>
    public bool Contains(string student) =>
        BinaryPrimitives.ReadUInt64LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(student))) % (ulong)Count == (ulong)(Number - 1);

    /// <summary>Parses "K/N" (1 ≤ K ≤ N).</summary>
    /// <exception cref="UsageException">Not of that form.</exception>
    public static Shard Parse(string text)
    {
        var parts = text.Split('/');
        return parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count is >= 1 and <= 10_000 && number >= 1 && number <= count
            ? new Shard(number, count)
            : throw new UsageException($"--shard takes K/N, part K (from 1) of N (at most 10000), e.g. --shard 2/8; not '{text}'.");
    }

    /// <inheritdoc />
    public override string ToString() => $"{Number}/{Count}";
}

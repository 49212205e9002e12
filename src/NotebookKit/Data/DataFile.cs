using System.Security.Cryptography;

namespace NotebookKit.Data;

/// <summary>A file of the data folder with its expected SHA-256 and the command that regenerates it.</summary>
/// <param name="Name">The file name inside data/.</param>
/// <param name="Sha256">The expected SHA-256 of the file's bytes, lower-case hex.</param>
/// <param name="RegenerateCommand">The command, run from the repository root, that writes the file.</param>
public sealed record DataFile(string Name, string Sha256, string RegenerateCommand)
{
    /// <summary>
    /// The file's bytes after checking that its SHA-256 is <see cref="Sha256"/>; a missing file throws
    /// <see cref="FileNotFoundException"/>, a different checksum <see cref="InvalidDataException"/>, both
    /// naming the path, the expected checksum and the regeneration command.
    /// </summary>
    public byte[] ReadVerified(string folder)
    {
        string path = Path.Combine(folder, Name);
        string howToFix = $"Expected SHA-256 {Sha256}. Restore it with 'git checkout -- data/{Name}' " +
            $"or regenerate it from the repository root with {RegenerateCommand}.";
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The data file {path} is missing. {howToFix}", path);
        }
        byte[] bytes = File.ReadAllBytes(path);
        string actual = Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();
        if (actual != Sha256)
        {
            throw new InvalidDataException($"The data file {path} is corrupt or out of date: its SHA-256 is {actual}. {howToFix}");
        }
        return bytes;
    }
}

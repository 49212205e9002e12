using NotebookKit.Runner.Cli;

namespace NotebookKit.Runner.Grading;

/// <summary>
/// A private snapshot of a class's hand-ins, taken before any submission runs: each student's folder copied (regular
/// files only: a symbolic link could lead to another student's files). The grader reads and runs only the snapshot,
/// never writes into the submissions folder, and a hand-in that changes on disk meanwhile changes nothing.
/// </summary>
public sealed class HandIns
{
    private HandIns(string folder, IReadOnlyList<string> students)
    {
        Folder = folder;
        Students = students;
    }

    /// <summary>The snapshot: one folder per student.</summary>
    public string Folder { get; }

    /// <summary>The students of the snapshot, in ordinal order.</summary>
    public IReadOnlyList<string> Students { get; }

    /// <summary>The snapshot of <paramref name="student"/>'s folder.</summary>
    public string Of(string student) => Path.Combine(Folder, student);

    /// <summary>Copies the folder of each student of <paramref name="shard"/> in <paramref name="submissions"/> into <paramref name="folder"/>.</summary>
    /// <exception cref="UsageException">The submissions folder does not exist or holds no student folder.</exception>
    public static HandIns Snapshot(string submissions, Shard shard, string folder)
    {
        var students = StudentFolders(submissions);
        var mine = students.Where(shard.Contains).ToList();
        foreach (var student in mine)
        {
            CopyFolder(new DirectoryInfo(Path.Combine(submissions, student)), Path.Combine(folder, student));
        }

        return new HandIns(folder, mine);
    }

    /// <summary>The students: the folders in <paramref name="submissions"/> (hidden ones aside), in ordinal order.</summary>
    private static List<string> StudentFolders(string submissions)
    {
        if (!Directory.Exists(submissions))
        {
            throw new UsageException($"{submissions}: no such folder. grade takes the folder that holds one folder per student (e.g. submissions/week3 with alice/, bob/ inside).");
        }

        var students = new DirectoryInfo(submissions).GetDirectories().Where(folder => folder.LinkTarget is null && !folder.Name.StartsWith('.'))
            .Select(folder => folder.Name).Order(StringComparer.Ordinal).ToList();
        return students.Count > 0 ? students
            : throw new UsageException($"{submissions} holds no student folder: put each student's notebooks in a folder named after the student (e.g. {Path.Combine(submissions, "alice", "03-initialization.ipynb")}).");
    }

    private static void CopyFolder(DirectoryInfo from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var entry in from.EnumerateFileSystemInfos().Where(entry => entry.LinkTarget is null))
        {
            if (entry is DirectoryInfo folder)
            {
                CopyFolder(folder, Path.Combine(to, folder.Name));
            }
            else
            {
                File.Copy(entry.FullName, Path.Combine(to, entry.Name));
            }
        }
    }
}

using System.Security.Cryptography;
using System.Text.Json.Nodes;
using NotebookKit.Runner.Cli;
using NotebookKit.Runner.Notebooks;
using NotebookKit.Runner.Tests.Support;

namespace NotebookKit.Runner.Tests;

/// <summary>
/// <c>grade</c> on a class with an attacker, in the sandbox: mallory hands in a correct solution followed by one cell
/// per attack — overwrite and copy a classmate's hand-in, write into every folder above her own and the temp folder,
/// overwrite the NotebookKit.dll she loaded, open a network connection, fill the disk, start processes without end,
/// allocate 20 GB, and at last print 100 MB. Each attack is stopped by the sandbox with feedback naming the rule or
/// limit, and her kernel lives on to the last cell, whose output limit ends it; alice and zoe, graded beside her, get full marks; every hand-in is byte-identical afterwards.
/// The instructor's notebooks lie outside the repository, their setup cell's relative #r leading nowhere: the grader
/// gives them the library it ships with. One grading run serves every assertion.
/// </summary>
public sealed class SandboxedGradingTests : IClassFixture<SandboxedGradingTests.AttackedClass>
{
    private readonly AttackedClass graded;

    public SandboxedGradingTests(AttackedClass graded) => this.graded = graded;

    [Fact]
    public void Honest_students_and_the_attacker_are_graded_on_their_own_work()
    {
        Assert.True(graded.Exit == CommandLine.Success, graded.Output + graded.Error);
        Assert.Equal("""
            student,notebook,exercise,score,max_score
            '=cmd|'calc'!A0,norm.ipynb,Norm,0,2
            alice,norm.ipynb,Norm,2,2
            mallory,norm.ipynb,Norm,2,2
            zoe,norm.ipynb,Norm,2,2

            """.ReplaceLineEndings("\n"), File.ReadAllText(Path.Combine(graded.Out, "grades.csv")));
        Assert.Contains("the instructor's norm.ipynb passes with its solutions", graded.Output);
    }

    [Fact]
    public void Every_hand_in_is_byte_identical_and_nothing_was_added_beside_them() =>
        Assert.Equal(graded.HandInsBefore, graded.HandInsAfter);

    [Fact]
    public void No_library_changed_and_no_file_was_written_above_the_attackers_folder_or_in_the_machines_temp_folder()
    {
        Assert.Equal(graded.LibrariesBefore, graded.LibrariesAfter);
        Assert.Empty(Directory.GetFiles(graded.Root, "pwned*", SearchOption.AllDirectories));
        Assert.False(File.Exists(Path.Combine(Path.GetTempPath(), graded.TempFileName)));
    }

    [Theory]
    [InlineData("overwrite", "DirectoryNotFoundException: Could not find a part of the path '/zoe/norm.ipynb'.")]
    [InlineData("overwrite-absolute", "In the sandbox a submission sees only its own folder")]
    [InlineData("copy", "In the sandbox a submission sees only its own folder")]
    [InlineData("dll", "Access to the path '/library/NotebookKit.dll' is denied.")]
    [InlineData("network", "Network is unreachable")]
    [InlineData("network", "The sandbox has no network.")]
    [InlineData("disk", "No space left on device")]
    [InlineData("disk", "The submission hit the sandbox's disk limit (256 MB")]
    [InlineData("fork", "The submission hit the sandbox's process limit (512 processes and threads).")]
    [InlineData("memory", "The submission hit the sandbox's memory limit (4 GB).")]
    [InlineData("output", "The notebook's cells produced more than the sandbox's output limit (16 MB), so the grader ended its kernel")]
    public void Each_attack_fails_with_feedback_naming_the_rule_or_limit_it_hit(string cellId, string expected) =>
        Assert.Contains(expected, Outputs(cellId));

    [Fact]
    public void The_attacker_could_write_only_in_her_private_working_and_temp_folders_and_her_kernel_lived_on()
    {
        Assert.Contains("written: /submission, /tmp/", Outputs("above"));
        Assert.Contains("/: Access to the path '/pwned.txt' is denied.", Outputs("above"));
        Assert.Contains("still alive", Outputs("after"));
    }

    /// <summary>What the attacker's cell printed and its error message.</summary>
    private string Outputs(string cellId) =>
        string.Concat(graded.Mallory.Value.Cells.Single(cell => cell.Id == cellId).Outputs
            .Select(output => MultilineText.Read(output!["text"]) + output["evalue"]?.GetValue<string>()));

    /// <summary>The class, handed in and graded once for all the tests above.</summary>
    public sealed class AttackedClass : IDisposable
    {
        private readonly TempFolder folder = new();

        public AttackedClass()
        {
            Root = folder.Path;
            TempFileName = $"pwned-{Guid.NewGuid():N}.txt";
            var source = folder.File("instructor");
            var instructor = new NotebookBuilder()
                .Code($"#r \"nuget: MathNet.Numerics, 5.0.0\"\n{Setup.LibraryLine}")
                .Exercise("Norm", "double Norm(double[] v)\n{\n    // BEGIN SOLUTION\n    return MathNet.Numerics.LinearAlgebra.Vector<double>.Build.DenseOfArray(v).L2Norm();\n    // END SOLUTION\n}")
                .Cell(CheckCell("norm-check", "if (Math.Abs(Norm(new[] { 3.0, 4.0 }) - 5) > 1e-12) throw new Exception(\"Norm of (3, 4) should be 5\");\nConsole.WriteLine(global::NotebookKit.Info.LinearAlgebra);"))
                .Document(Path.Combine(source, "norm.ipynb"));
            instructor.Save(instructor.Path);

            var submissions = folder.File("submissions");
            instructor.Save(Path.Combine(submissions, "alice", "norm.ipynb"));
            instructor.Save(Path.Combine(submissions, "zoe", "norm.ipynb"));
            Attacks(instructor, Path.Combine(submissions, "alice", "norm.ipynb"), Path.Combine(submissions, "zoe", "norm.ipynb")).Save(Path.Combine(submissions, "mallory", "norm.ipynb"));
            Directory.CreateDirectory(Path.Combine(submissions, "=cmd|'calc'!A0"));
            File.WriteAllText(Path.Combine(submissions, "=cmd|'calc'!A0", "notes.txt"), "a folder named like a spreadsheet formula");

            string[] libraries = [Path.Combine(Repository.Root, "src", "NotebookKit", "bin", "Debug", "net8.0", "NotebookKit.dll"), Path.Combine(AppContext.BaseDirectory, "NotebookKit.dll")];
            HandInsBefore = Hashes(submissions);
            LibrariesBefore = libraries.Select(Hash).ToList();
            Out = folder.File("graded");
            var output = new StringWriter();
            var error = new StringWriter();
            Exit = CommandLine.RunAsync(["grade", submissions, "--source", source, "--out", Out, "--jobs", "2", "--cell-timeout", "180"], output, error).GetAwaiter().GetResult();
            Output = output.ToString();
            Error = error.ToString();
            HandInsAfter = Hashes(submissions);
            LibrariesAfter = libraries.Select(Hash).ToList();
            Mallory = new(() => NotebookDocument.Load(Path.Combine(Out, "mallory", "norm.ipynb")));
        }

        public string Root { get; }

        /// <summary>The attacker's graded notebook (17 MB, read once).</summary>
        public Lazy<NotebookDocument> Mallory { get; }

        public string TempFileName { get; }

        public string Out { get; }

        public int Exit { get; }

        public string Output { get; }

        public string Error { get; }

        public IReadOnlyDictionary<string, string> HandInsBefore { get; }

        public IReadOnlyDictionary<string, string> HandInsAfter { get; }

        public IReadOnlyList<string> LibrariesBefore { get; }

        public IReadOnlyList<string> LibrariesAfter { get; }

        public void Dispose() => folder.Dispose();

        /// <summary>The instructor's notebook (a correct solution) with one cell per attack after it.</summary>
        private NotebookDocument Attacks(NotebookDocument honest, string alice, string zoe)
        {
            var json = (JsonObject)honest.Json.DeepClone();
            var cells = json["cells"]!.AsArray();
            foreach (var (id, code) in new[]
            {
                ("overwrite", "System.IO.File.WriteAllText(\"../zoe/norm.ipynb\", \"{ not a notebook\");"),
                ("overwrite-absolute", $"System.IO.File.WriteAllText(\"{zoe}\", \"{{ not a notebook\");"),
                ("copy", $"System.IO.File.Copy(\"{alice}\", \"stolen.ipynb\");"),
                ("above", $$"""
                    using System.IO;
                    var written = new List<string>();
                    for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder != null; folder = folder.Parent)
                    {
                        try { File.WriteAllText(Path.Combine(folder.FullName, "pwned.txt"), "x"); written.Add(folder.FullName); }
                        catch (Exception e) { Console.WriteLine($"{folder.FullName}: {e.Message}"); }
                    }
                    foreach (var target in new[] { "{{Path.GetDirectoryName(alice)}}", "{{Root}}", "{{Repository.Root}}" })
                    {
                        try { File.WriteAllText(Path.Combine(target, "pwned.txt"), "x"); written.Add(target); } catch (Exception e) { Console.WriteLine(e.Message); }
                    }
                    File.WriteAllText(Path.Combine(Path.GetTempPath(), "{{TempFileName}}"), "x");
                    written.Add(Path.GetTempPath());
                    Console.WriteLine("written: " + string.Join(", ", written));
                    """),
                ("dll", "System.IO.File.WriteAllText(typeof(global::NotebookKit.Info).Assembly.Location, \"broken\");"),
                ("network", "new System.Net.Sockets.TcpClient().Connect(\"1.1.1.1\", 80);"),
                ("disk", """
                    try
                    {
                        using var filler = System.IO.File.Create("filler.bin");
                        var chunk = new byte[1 << 20];
                        for (var i = 0; i < 100_000; i++) filler.Write(chunk);
                    }
                    finally { System.IO.File.Delete("filler.bin"); }
                    """),
                ("fork", """
                    var started = new List<System.Diagnostics.Process>();
                    try { while (true) started.Add(System.Diagnostics.Process.Start("sleep", "600")); }
                    finally { foreach (var process in started) process.Kill(); }
                    """),
                ("memory", """
                    void Allocate20GB()
                    {
                        var blocks = new List<byte[]>();
                        for (var i = 0; i < 20 * 1024; i++) { var block = new byte[1 << 20]; Array.Fill(block, (byte)1); blocks.Add(block); }
                    }
                    Allocate20GB();
                    """),
                ("after", "Console.WriteLine(\"still alive\");"),
                ("output", "for (var i = 0; i < 100; i++) Console.WriteLine(new string('x', 1_000_000));"),
            })
            {
                var cell = new NotebookBuilder().Code(code).Build()["cells"]![0]!.AsObject();
                cell["id"] = id;
                cells.Add(cell.DeepClone());
            }

            return NotebookDocument.Parse(json.ToJsonString(), honest.Path);
        }

        private static JsonObject CheckCell(string id, string source)
        {
            var cell = new NotebookBuilder().Code(source, new JsonObject { ["exercise"] = "Norm", ["check"] = true, ["points"] = 2 }).Build()["cells"]![0]!.AsObject();
            cell["id"] = id;
            return (JsonObject)cell.DeepClone();
        }

        private static Dictionary<string, string> Hashes(string folder) =>
            Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToDictionary(file => Path.GetRelativePath(folder, file), Hash);

        private static string Hash(string file) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
    }
}

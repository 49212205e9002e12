using System.Globalization;
using System.Text;
using NotebookKit.Runner.Kernel;

namespace NotebookKit.Runner.Sandbox;

/// <summary>
/// One submission's sandbox, made by bubblewrap: a root of its own holding only the read-only system, .NET, the
/// kernel, the NuGet packages and the library copy; the student's hand-in copied into a private writable folder (the
/// kernel's working folder); a private temp and home folder; no network; its own process, IPC and host-name
/// namespaces; the limits of <see cref="SandboxLimits"/>. Nothing else of the machine is visible: no other student,
/// no instructor's file, no repository, no gradebook. When the grader runs as root, the kernel runs as a user id of
/// its own; otherwise bubblewrap gives it a user namespace of its own: either way its process limit counts only its
/// own processes.
/// </summary>
public sealed class SubmissionSandbox : IKernelSandbox
{
    /// <summary>The kernel's working folder: the private writable copy of the hand-in.</summary>
    public const string WorkingFolder = "/submission";

    /// <summary>Where the library copy is mounted, read-only; the setup cell's <c>#r</c> names it here.</summary>
    public const string LibraryFolder = "/library";

    private const string HandInFolder = "/handed-in";
    private const string Home = "/home/student";
    private const int FirstUserId = 2_000_000;
    private static int submissions;
    private readonly SandboxSetup setup;
    private readonly string handIn;

    /// <summary>A sandbox in which the files of <paramref name="handIn"/> (a private snapshot) are the kernel's working folder.</summary>
    public SubmissionSandbox(SandboxSetup setup, string handIn)
    {
        this.setup = setup;
        this.handIn = handIn;
    }

    /// <summary>What the sandbox allows.</summary>
    public SandboxLimits Limits => setup.Limits;

    /// <inheritdoc />
    public string[] CommandLine(IReadOnlyList<string> kernel, CultureInfo culture)
    {
        var limits = setup.Limits;
        var arguments = new List<string>
        {
            // --die-with-parent follows the thread that started bwrap (PR_SET_PDEATHSIG): the runner's starter thread,
            // which lives as long as the runner (see StarterThread), so the sandbox ends with the runner.
            setup.Bwrap, "--die-with-parent", "--unshare-ipc", "--unshare-pid", "--unshare-net", "--unshare-uts", "--unshare-cgroup-try",
            "--new-session", "--clearenv",
            "--ro-bind", "/usr", "/usr", "--ro-bind", "/etc", "/etc", "--proc", "/proc", "--dev", "/dev",
        };
        foreach (var system in new[] { "/bin", "/sbin", "/lib", "/lib32", "/lib64" }.Select(path => new DirectoryInfo(path)).Where(folder => folder.Exists))
        {
            // A merged /usr makes these links (/lib -> usr/lib): the sandbox gets the same links.
            arguments.AddRange(system.LinkTarget is { } link ? ["--symlink", link, system.FullName] : ["--ro-bind", system.FullName, system.FullName]);
        }

        var created = new HashSet<string>(StringComparer.Ordinal) { "/" };
        foreach (var folder in setup.ReadOnly.Distinct(StringComparer.Ordinal).Where(folder => !folder.StartsWith("/usr/", StringComparison.Ordinal)))
        {
            Mount(arguments, created, "--ro-bind", folder, folder);
        }

        foreach (var writable in new[] { WorkingFolder, "/tmp", Home })
        {
            Mount(arguments, created, "--tmpfs", null, writable, $"{limits.DiskBytes}", "1777");
        }

        Mount(arguments, created, "--ro-bind", handIn, HandInFolder);
        Mount(arguments, created, "--ro-bind", setup.Library, LibraryFolder);
        if (setup.ResolutionCache is { } cache)
        {
            Mount(arguments, created, "--ro-bind", cache, $"{Home}/.packagemanagement/nuget/Cache");
        }

        foreach (var (name, value) in Environment(culture))
        {
            arguments.AddRange(["--setenv", name, value]);
        }

        arguments.AddRange(["--chdir", WorkingFolder]);
        if (System.Environment.IsPrivilegedProcess)
        {
            // A user id of its own, with no capability left (and, bwrap sets no_new_privs, none to gain): its processes
            // count against its process limit only, and it owns nothing outside.
            var user = (FirstUserId + (Interlocked.Increment(ref submissions) % 1_000_000)).ToString(CultureInfo.InvariantCulture);
            arguments.AddRange(["--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID", "--", "setpriv", $"--reuid={user}", $"--regid={user}", "--clear-groups", "--inh-caps=-all"]);
        }

        // The limits, set inside: RLIMIT_NPROC counts the processes of the real user id, which is the sandbox's own as
        // root, and otherwise counts per user namespace, where bubblewrap's namespace holds the sandbox's processes only.
        arguments.AddRange(["--", "prlimit", $"--nproc={limits.Processes}", $"--data={limits.MemoryBytes}", $"--fsize={limits.DiskBytes}", "--core=0"]);
        arguments.AddRange(["--", "sh", "-c", $"cp -R {HandInFolder}/. {WorkingFolder}/ && exec \"$0\" \"$@\"", .. kernel]);
        return arguments.Select(Quote).ToArray();
    }

    /// <summary>The variables the kernel sees: none of the grader's own but the path, the culture and .NET's settings.</summary>
    private IEnumerable<(string Name, string Value)> Environment(CultureInfo culture)
    {
        yield return ("PATH", System.Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin");
        yield return ("HOME", Home);
        yield return ("LANG", System.Environment.GetEnvironmentVariable("LANG") ?? "C.UTF-8");
        yield return ("DOTNET_CLI_CULTURE", culture.Name);
        yield return ("DOTNET_CLI_UI_LANGUAGE", culture.Name);
        yield return ("DOTNET_NOLOGO", "1");
        yield return ("DOTNET_CLI_TELEMETRY_OPTOUT", "1");
        yield return ("DOTNET_SKIP_FIRST_TIME_EXPERIENCE", "1");
        yield return ("DOTNET_INTERACTIVE_SKIP_FIRST_TIME_EXPERIENCE", "1");
        yield return ("DOTNET_DbgEnableMiniDump", "0");
        yield return ("DOTNET_GCHeapHardLimit", $"0x{setup.Limits.ManagedHeapBytes:X}");
        yield return ("NUGET_PACKAGES", setup.Packages);
    }

    /// <summary>Adds a mount, after creating each missing folder above its target with mode 0755 (bubblewrap copies the host's mode otherwise, e.g. /root's 0700).</summary>
    private static void Mount(List<string> arguments, HashSet<string> created, string kind, string? source, string target, string? size = null, string? mode = null)
    {
        var parents = new Stack<string>();
        for (var parent = Path.GetDirectoryName(target); parent is not null && created.Add(parent); parent = Path.GetDirectoryName(parent))
        {
            parents.Push(parent);
        }

        foreach (var parent in parents)
        {
            arguments.AddRange(["--perms", "0755", "--dir", parent]);
        }

        if (size is not null)
        {
            arguments.AddRange(["--size", size]);
        }

        if (mode is not null)
        {
            arguments.AddRange(["--perms", mode]);
        }

        arguments.Add(kind);
        if (source is not null)
        {
            arguments.Add(source);
        }

        arguments.Add(target);
        created.Add(target);
    }

    /// <summary>
    /// An argument as the connector's single argument string needs it (.NET splits it as Windows does): in double
    /// quotes when it has a space or a quote, a quote escaped, and the backslashes before a quote doubled.
    /// </summary>
    private static string Quote(string argument)
    {
        if (argument.Length > 0 && argument.IndexOfAny([' ', '\t', '"']) < 0)
        {
            return argument;
        }

        var quoted = new StringBuilder("\"");
        var backslashes = 0;
        foreach (var c in argument)
        {
            if (c == '"')
            {
                quoted.Append('\\', backslashes + 1);
            }

            backslashes = c == '\\' ? backslashes + 1 : 0;
            quoted.Append(c);
        }

        return quoted.Append('\\', backslashes).Append('"').ToString();
    }
}

using System.Globalization;

namespace NotebookKit.Runner.Sandbox;

/// <summary>
/// What one submission's kernel may use: memory (the kernel's data segment and managed heap), processes and threads,
/// space for files (each of its writable folders is a memory-backed file system of this size), and output (what its
/// cells print and display, over the whole notebook). Time is the runner's <c>--cell-timeout</c>.
/// </summary>
/// <param name="MemoryBytes">The most memory one process of the sandbox may allocate.</param>
/// <param name="Processes">The most processes and threads the sandbox may run at once.</param>
/// <param name="DiskBytes">The size of each writable folder: the submission's, the temp folder, the home folder.</param>
/// <param name="OutputBytes">The most output (characters of text, HTML, JSON) the notebook's cells may produce.</param>
public sealed record SandboxLimits(long MemoryBytes, int Processes, long DiskBytes, long OutputBytes)
{
    /// <summary>4 GB of memory, 512 processes and threads, 256 MB per writable folder, 16 MB of output.</summary>
    public static SandboxLimits Default { get; } = new(4L << 30, 512, 256L << 20, 16L << 20);

    /// <summary>The managed heap's share of <see cref="MemoryBytes"/> (the rest is the runtime's and native code's): past it an allocation throws OutOfMemoryException, which the feedback can name, instead of crashing the kernel.</summary>
    public long ManagedHeapBytes => MemoryBytes / 8 * 5;

    /// <summary>
    /// Which limit (or which rule of the sandbox) a cell's failure <paramref name="message"/> shows it hit, as a
    /// sentence for the feedback; null when the failure has nothing to do with the sandbox.
    /// </summary>
    public string? Explain(string message) => message switch
    {
        _ when message.Contains("OutOfMemoryException", StringComparison.Ordinal) || message.Contains("Cannot allocate memory", StringComparison.Ordinal)
            => $"The submission hit the sandbox's memory limit ({Size(MemoryBytes)}).",
        _ when message.Contains("No space left on device", StringComparison.Ordinal) || message.Contains("File too large", StringComparison.Ordinal)
            => $"The submission hit the sandbox's disk limit ({Size(DiskBytes)} for each of its working folder, the temp folder and its home folder).",
        _ when message.Contains("Network is unreachable", StringComparison.Ordinal) || message.Contains("SocketException", StringComparison.Ordinal)
            || message.Contains("HttpRequestException", StringComparison.Ordinal)
            => "The sandbox has no network.",
        _ when message.Contains("Resource temporarily unavailable", StringComparison.Ordinal)
            => $"The submission hit the sandbox's process limit ({Processes} processes and threads).",
        _ when message.Contains("Read-only file system", StringComparison.Ordinal) || message.Contains("Could not find a part of the path", StringComparison.Ordinal)
            || message.Contains("Access to the path", StringComparison.Ordinal)
            => "In the sandbox a submission sees only its own folder (the working folder), where it may write, and may write only there, in the temp folder and in its home folder.",
        _ => null,
    };

    /// <summary>The sentence for a kernel that ended while a cell ran: which limits could have ended it.</summary>
    public string ExplainKernelEnd() =>
        $"In the sandbox a kernel that exceeds its memory ({Size(MemoryBytes)}) or process limit ({Processes}) can end this way.";

    /// <summary>The sentence for a notebook whose cells produced more output than allowed.</summary>
    public string ExplainOutput() =>
        $"The notebook's cells produced more than the sandbox's output limit ({Size(OutputBytes)}), so the grader ended its kernel; the cells after it were not run.";

    /// <summary>"3 GB", "256 MB".</summary>
    public static string Size(long bytes) => bytes >= 1L << 30 && bytes % (1L << 30) == 0
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes >> 30} GB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / (1 << 20)} MB");
}

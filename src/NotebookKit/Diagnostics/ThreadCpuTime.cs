using System.Diagnostics;
using System.Runtime.InteropServices;

namespace NotebookKit.Diagnostics;

/// <summary>
/// A stopwatch of the processor time the calling thread uses: what a computation costs, whatever else the machine runs
/// meanwhile. A wall clock also counts the time other programs take the processor away, which on a busy machine can
/// be several times the computation's own. Linux and macOS read <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>
/// (nanoseconds), Windows <c>GetThreadTimes</c>; elsewhere it falls back to the wall clock and says so in
/// <see cref="Clock"/>. Time only single-threaded work with it (the kit's training runs on the calling thread).
/// <code>
/// var clock = ThreadCpuTime.StartNew();
/// Trainer.Fit(model, x, y, optimizer, options);
/// double seconds = clock.Elapsed.TotalSeconds;
/// </code>
/// </summary>
public sealed class ThreadCpuTime
{
    private readonly TimeSpan start;

    private ThreadCpuTime() => start = Now();

    /// <summary>Which clock is read: "thread processor time" or, where the platform offers none, "wall clock".</summary>
    public static string Clock => Read() is null ? "wall clock" : "thread processor time";

    /// <summary>The calling thread's processor time since <see cref="StartNew"/>; read it on the thread that started it.</summary>
    public TimeSpan Elapsed => Now() - start;

    /// <summary>Starts measuring the calling thread.</summary>
    public static ThreadCpuTime StartNew() => new();

    private static TimeSpan Now() => Read() ?? Stopwatch.GetElapsedTime(0);

    private static TimeSpan? Read()
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            var clock = OperatingSystem.IsLinux() ? 3 : 16;   // CLOCK_THREAD_CPUTIME_ID
            return clock_gettime(clock, out var now) == 0 ? TimeSpan.FromTicks(now.Seconds * TimeSpan.TicksPerSecond + now.Nanoseconds / 100) : null;
        }

        if (OperatingSystem.IsWindows())
        {
            return GetThreadTimes(GetCurrentThread(), out _, out _, out var kernel, out var user) ? TimeSpan.FromTicks(kernel + user) : null;
        }

        return null;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int clock_gettime(int clock, out TimeSpec time);

    [DllImport("kernel32")]
    private static extern IntPtr GetCurrentThread();

    [DllImport("kernel32")]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static extern bool GetThreadTimes(IntPtr thread, out long creation, out long exit, out long kernel, out long user);
}

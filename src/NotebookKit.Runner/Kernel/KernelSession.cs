using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Connection;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Utility;

namespace NotebookKit.Runner.Kernel;

/// <summary>How one submission to the kernel ended.</summary>
/// <param name="Events">What the kernel reported for it, in order (up to the end of the kernel when it did not finish).</param>
/// <param name="Failure">The kernel's CommandFailed, when the code failed (compile error, exception, bad directive).</param>
/// <param name="ExitCode">Set when the kernel process ended while the code ran.</param>
/// <param name="TimedOut">True when the code ran past its time limit and the kernel was ended.</param>
public sealed record Submission(IReadOnlyList<KernelEvent> Events, CommandFailed? Failure, int? ExitCode, bool TimedOut)
{
    /// <summary>True when the code ran to its end without error.</summary>
    public bool Succeeded => Failure is null && ExitCode is null && !TimedOut;

    /// <summary>True when the kernel is gone: no later code can run in it.</summary>
    public bool KernelEnded => ExitCode is not null || TimedOut;
}

/// <summary>
/// One <c>dotnet-interactive stdio</c> process, driven as VS Code drives it: <see cref="StdIoKernelConnector"/>, a
/// proxy for each of its language kernels, added to a local <see cref="CompositeKernel"/> to which code is
/// submitted. The process is separate, so nothing a cell does can take the runner down; it is killed (with every
/// process it started) when the session is disposed, when a submission runs too long, and when the runner is
/// interrupted.
/// </summary>
public sealed class KernelSession : IAsyncDisposable
{
    private static readonly ConcurrentDictionary<KernelSession, byte> Live = new();
    private readonly StdIoKernelConnector connector;
    private readonly CompositeKernel composite;
    private readonly Process process;
    private readonly Task exited;

    private KernelSession(StdIoKernelConnector connector, CompositeKernel composite, Process process, IReadOnlySet<string> kernelNames)
    {
        this.connector = connector;
        this.composite = composite;
        this.process = process;
        KernelNames = kernelNames;
        exited = process.WaitForExitAsync();
        Live[this] = 0;
    }

    /// <summary>The language kernels this process offers (csharp, fsharp, pwsh, html, ...).</summary>
    public IReadOnlySet<string> KernelNames { get; }

    /// <summary>
    /// Starts a kernel whose working directory is <paramref name="workingDirectory"/> (relative <c>#r</c> paths
    /// resolve from it, as in VS Code) and whose culture is <paramref name="culture"/> (as VS Code passes its own).
    /// </summary>
    /// <param name="workingDirectory">The kernel's working directory.</param>
    /// <param name="culture">The kernel's culture.</param>
    /// <param name="log">Hears about a restore of the tool and a second start.</param>
    /// <param name="sandbox">When given, turns the kernel's command line into one that starts it inside a sandbox.</param>
    /// <exception cref="KernelStartException">The tool is missing or its process ended before it was ready.</exception>
    public static async Task<KernelSession> StartAsync(string workingDirectory, CultureInfo culture, Action<string>? log = null, IKernelSandbox? sandbox = null)
    {
        var app = await KernelTool.AppPathAsync(log);
        string[] command = sandbox is null ? ["dotnet", $"\"{app}\"", "stdio"] : sandbox.CommandLine(["dotnet", app, "stdio"], culture);
        try
        {
            return await ConnectAsync(command, workingDirectory, culture);
        }
        catch (Exception error) when (error is not KernelStartException)
        {
            // On a heavily loaded machine the connection API sometimes fails while the kernel starts
            // (InvalidOperationException: "Sequence contains no matching element"); a second kernel is started once.
            log?.Invoke($"the kernel failed while connecting ({error.GetType().Name}: {error.Message}); starting it once more");
            return await ConnectAsync(command, workingDirectory, culture);
        }
    }

    private static async Task<KernelSession> ConnectAsync(string[] command, string workingDirectory, CultureInfo culture)
    {
        var connector = new StdIoKernelConnector(
            [.. DiesWithRunner, .. command],
            "root",
            KernelHost.CreateHostUri($"notebookkit-{Guid.NewGuid():N}"),
            new DirectoryInfo(workingDirectory));
        try
        {
            var root = await WithCulture(culture, () => StarterThread.RunAsync(connector.CreateRootProxyKernelAsync));
            var process = ProcessOf(connector);
            var composite = new CompositeKernel { root };
            var info = await root.SendAsync(new RequestKernelInfo());
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var kernel in info.Events.OfType<KernelInfoProduced>().Select(e => e.KernelInfo).Where(k => !k.IsProxy && !k.IsComposite))
            {
                composite.Add(await connector.CreateProxyKernelAsync(kernel));
                names.Add(kernel.LocalName);
            }

            if (names.Contains(Execution.KernelNames.CSharp))
            {
                // The kernel's first compilation takes seconds (more on a busy machine); it is done here, where it
                // counts as the kernel's start, not as In [1]. Diagnostics compile code without running it.
                await composite.SendAsync(new RequestDiagnostics("Console.WriteLine(6 * 7);", Execution.KernelNames.CSharp));
            }

            return new KernelSession(connector, composite, process, names);
        }
        catch (Exception error)
        {
            // Whatever went wrong while connecting, no kernel process is left behind.
            if (connector.ProcessId is { } id)
            {
                KillProcess(id);
            }

            connector.Dispose();
            throw error is CommandLineInvocationException ? new KernelStartException($"the kernel ({string.Join(' ', command)}) exited before it was ready: {error.Message}") : error;
        }
    }

    /// <summary>
    /// Runs <paramref name="code"/> in the kernel named <paramref name="kernelName"/>. Past <paramref name="timeout"/>
    /// (or when <paramref name="cancellation"/> fires) the code is interrupted and the kernel process killed.
    /// <paramref name="onEvent"/> sees each event as it arrives.
    /// </summary>
    public async Task<Submission> SubmitAsync(string code, string kernelName, TimeSpan timeout, Action<KernelEvent>? onEvent = null, CancellationToken cancellation = default)
    {
        var seen = new List<KernelEvent>();
        using var subscription = composite.KernelEvents.Subscribe(kernelEvent =>
        {
            lock (seen)
            {
                seen.Add(kernelEvent);
            }

            onEvent?.Invoke(kernelEvent);
        });
        var send = composite.SendAsync(new SubmitCode(code, kernelName));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var deadline = Task.Delay(timeout, stop.Token);
        var first = await Task.WhenAny(send, exited, deadline);
        stop.Cancel();
        if (first == send)
        {
            var events = send.Result.Events;
            return new Submission(events, events.OfType<CommandFailed>().LastOrDefault(), null, false);
        }

        if (first != exited)
        {
            await InterruptAsync(send);
        }

        lock (seen)
        {
            // What the code showed before the kernel ended is kept, as VS Code keeps it.
            return first == exited ? new Submission(seen.ToList(), null, process.ExitCode, false) : new Submission(seen.ToList(), null, null, true);
        }
    }

    /// <summary>Kills every kernel process still running (on Ctrl+C or SIGTERM).</summary>
    public static void KillAll()
    {
        foreach (var session in Live.Keys)
        {
            session.Kill();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Kill();
        await Task.WhenAny(exited, Task.Delay(TimeSpan.FromSeconds(10)));
        composite.Dispose();
        connector.Dispose();
        process.Dispose();
        Live.TryRemove(this, out _);
    }

    /// <summary>Asks the kernel to cancel the running code (as VS Code's interrupt does), then ends the process: code that ignores cancellation would go on running and change the state later cells see.</summary>
    private async Task InterruptAsync(Task running)
    {
        var cancel = composite.SendAsync(new Cancel());
        await Task.WhenAny(Task.WhenAll(cancel, running), exited, Task.Delay(TimeSpan.FromSeconds(2)));
        Kill();
    }

    private void Kill()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    /// <summary>
    /// On Linux, <c>setpriv --pdeathsig KILL</c> (util-linux): the kernel is killed when the runner ends, however it
    /// ends (see <see cref="StarterThread"/>). Elsewhere a runner that is killed, rather than interrupted, leaves its
    /// kernels running until they are ended by hand.
    /// </summary>
    private static string[] DiesWithRunner =>
        OperatingSystem.IsLinux() && File.Exists("/usr/bin/setpriv") ? ["/usr/bin/setpriv", "--pdeathsig", "KILL"] : [];

    /// <summary>
    /// The connector's own <see cref="Process"/> object: only the object that started a process can read its exit
    /// code, and the connector does not expose it (version 1.0.0-beta.26120.1 keeps it in a private field).
    /// </summary>
    private static void KillProcess(int id)
    {
        try
        {
            using var started = Process.GetProcessById(id);
            started.Kill(entireProcessTree: true);
        }
        catch (Exception error) when (error is ArgumentException or InvalidOperationException)
        {
            // Already gone.
        }
    }

    private static Process ProcessOf(StdIoKernelConnector connector) =>
        typeof(StdIoKernelConnector).GetField("_process", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)?.GetValue(connector) as Process
        ?? throw new KernelStartException("this version of Microsoft.DotNet.Interactive keeps its kernel process elsewhere: update KernelSession.ProcessOf.");

    private static async Task<T> WithCulture<T>(CultureInfo culture, Func<Task<T>> action)
    {
        // The connector hands the current culture to the kernel (DOTNET_CLI_CULTURE), as VS Code hands its own;
        // set here, the culture flows only into this call.
        CultureInfo.CurrentCulture = culture;
        return await action();
    }
}

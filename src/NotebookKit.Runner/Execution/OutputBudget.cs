using Microsoft.DotNet.Interactive.Events;

namespace NotebookKit.Runner.Execution;

/// <summary>
/// The output a notebook's cells may produce (printed text and every format of each display), counted over the whole
/// notebook: past the limit, <see cref="Token"/> fires, which ends the running cell and its kernel.
/// </summary>
public sealed class OutputBudget : IDisposable
{
    private readonly long? limit;
    private readonly CancellationTokenSource stop;
    private long produced;

    /// <summary>A budget of <paramref name="limit"/> characters (null: no limit) whose token also fires with <paramref name="cancellation"/>.</summary>
    public OutputBudget(long? limit, CancellationToken cancellation)
    {
        this.limit = limit;
        stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
    }

    /// <summary>Fires when the run is cancelled or the output passed the limit.</summary>
    public CancellationToken Token => stop.Token;

    /// <summary>True once the output passed the limit.</summary>
    public bool Exceeded => limit is { } most && Interlocked.Read(ref produced) > most;

    /// <summary><paramref name="onEvent"/>, counting each display's size first.</summary>
    public Action<KernelEvent> Counting(Action<KernelEvent>? onEvent) => kernelEvent =>
    {
        if (kernelEvent is DisplayEvent display && limit is { } most
            && Interlocked.Add(ref produced, display.FormattedValues.Sum(value => (long)(value.Value?.Length ?? 0))) > most)
        {
            stop.Cancel();
        }

        onEvent?.Invoke(kernelEvent);
    };

    /// <inheritdoc />
    public void Dispose() => stop.Dispose();
}

using System.Collections.Concurrent;

namespace NotebookKit.Runner.Kernel;

/// <summary>
/// The one thread, alive as long as the runner, on which every kernel process is started. On Linux a kernel runs under
/// <c>setpriv --pdeathsig KILL</c>, which sends it SIGKILL when the thread that started it ends: the runner's own end,
/// even by SIGKILL or the OOM killer, ends this thread and with it every kernel. A thread-pool thread would not do: it
/// ends whenever it has idled a while, and would take its kernels with it in the middle of a run.
/// </summary>
internal sealed class StarterThread : TaskScheduler
{
    private static readonly StarterThread Instance = new();
    private readonly BlockingCollection<Task> queue = [];
    private readonly Thread thread;

    private StarterThread()
    {
        thread = new Thread(() =>
        {
            foreach (var task in queue.GetConsumingEnumerable())
            {
                TryExecuteTask(task);
            }
        })
        { IsBackground = true, Name = "kernel starter" };
        thread.Start();
    }

    /// <summary>
    /// Runs <paramref name="start"/> on the starter thread, with every continuation it awaits without
    /// <c>ConfigureAwait(false)</c> (as the connector's own <c>await Task.Yield()</c> before it starts the process).
    /// </summary>
    public static Task<T> RunAsync<T>(Func<Task<T>> start) =>
        Task.Factory.StartNew(start, CancellationToken.None, TaskCreationOptions.DenyChildAttach, Instance).Unwrap();

    /// <inheritdoc />
    protected override void QueueTask(Task task) => queue.Add(task);

    /// <inheritdoc />
    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        Thread.CurrentThread == thread && TryExecuteTask(task);

    /// <inheritdoc />
    protected override IEnumerable<Task> GetScheduledTasks() => queue.ToArray();
}

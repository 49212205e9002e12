using System.Text;

namespace NotebookKit.Runner.Execution;

/// <summary>
/// While a cell runs, sends what it shows — <see cref="Console.Out"/>, <see cref="Console.Error"/>, <c>display(x)</c> —
/// to that cell's <see cref="CellOutputCollector"/>. The cell is tracked per asynchronous flow, so code the cell starts
/// (tasks, awaits) is captured too, and several notebooks can run at once in one process (as tests do). Console is
/// redirected while at least one cell runs and restored after.
/// </summary>
public static class CellCapture
{
    private static readonly AsyncLocal<CellOutputCollector?> Current = new();
    private static readonly Lock Gate = new();
    private static int activeCells;
    private static TextWriter? originalOut;
    private static TextWriter? originalError;

    /// <summary>The collector of the cell running in this flow, or null outside cells.</summary>
    public static CellOutputCollector? Collector => Current.Value;

    /// <summary>Starts capturing for the current flow; dispose to stop.</summary>
    public static IDisposable Begin(CellOutputCollector collector)
    {
        lock (Gate)
        {
            if (activeCells++ == 0)
            {
                originalOut = Console.Out;
                originalError = Console.Error;
                Console.SetOut(new Router("stdout", originalOut));
                Console.SetError(new Router("stderr", originalError));
            }
        }

        var previous = Current.Value;
        Current.Value = collector;
        return new Scope(collector, previous);
    }

    /// <summary>
    /// Ends a capture. Disposing from another flow (a cell abandoned after its time-out) restores the console
    /// but leaves that flow's cell alone: its collector, once closed, drops what the cell still writes.
    /// </summary>
    private sealed class Scope(CellOutputCollector collector, CellOutputCollector? previous) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 1)
            {
                return;
            }

            if (Current.Value == collector)
            {
                Current.Value = previous;
            }

            lock (Gate)
            {
                if (--activeCells == 0)
                {
                    Console.SetOut(originalOut!);
                    Console.SetError(originalError!);
                }
            }
        }
    }

    /// <summary>A console writer that hands text to the current cell, or to the real console outside cells.</summary>
    private sealed class Router(string stream, TextWriter console) : TextWriter
    {
        public override Encoding Encoding => console.Encoding;

        public override void Write(char value) => Write(value.ToString());

        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

        public override void Write(string? value)
        {
            if (value is null)
            {
                return;
            }

            if (Current.Value is { } collector)
            {
                collector.Write(stream, value);
            }
            else
            {
                console.Write(value);
            }
        }

        public override void Flush() => console.Flush();
    }
}

using System.Text;
using NotebookKit.Runner.Notebooks;

namespace NotebookKit.Runner.Execution;

/// <summary>
/// Gathers what one cell shows, in order: consecutive writes to the same stream become one stream output.
/// Safe to use from any thread; after <see cref="Close"/> further output (from a cell left running after its
/// time-out) is dropped.
/// </summary>
public sealed class CellOutputCollector
{
    private readonly Lock gate = new();
    private readonly List<CellOutput> outputs = [];
    private readonly StringBuilder pendingText = new();
    private string? pendingStream;
    private bool closed;

    /// <summary>Appends text to the "stdout" or "stderr" stream.</summary>
    public void Write(string stream, string text)
    {
        lock (gate)
        {
            if (closed || text.Length == 0)
            {
                return;
            }

            if (pendingStream != stream)
            {
                FlushPendingText();
                pendingStream = stream;
            }

            pendingText.Append(text);
        }
    }

    /// <summary>Appends a display, result or error output after what was written so far.</summary>
    public void Add(CellOutput output)
    {
        lock (gate)
        {
            if (closed)
            {
                return;
            }

            FlushPendingText();
            outputs.Add(output);
        }
    }

    /// <summary>Ends the cell's output and returns it.</summary>
    public IReadOnlyList<CellOutput> Close()
    {
        lock (gate)
        {
            FlushPendingText();
            closed = true;
            return outputs.ToList();
        }
    }

    private void FlushPendingText()
    {
        if (pendingStream is not null && pendingText.Length > 0)
        {
            outputs.Add(new StreamOutput(pendingStream, pendingText.ToString()));
        }

        pendingText.Clear();
        pendingStream = null;
    }
}

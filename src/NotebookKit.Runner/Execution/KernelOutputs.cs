using Microsoft.DotNet.Interactive.Events;
using NotebookKit.Runner.Notebooks;

namespace NotebookKit.Runner.Execution;

/// <summary>
/// Turns the kernel's events for one cell into nbformat outputs, as VS Code writes them into the .ipynb: printed
/// text becomes stream outputs (consecutive writes to one stream merged), displays become display_data (a later
/// update replaces the display it names), the cell's value becomes an execute_result.
/// </summary>
public static class KernelOutputs
{
    /// <summary>The outputs of <paramref name="events"/>; the execute_result is numbered <paramref name="executionCount"/>.</summary>
    public static List<CellOutput> From(IEnumerable<KernelEvent> events, int executionCount)
    {
        var outputs = new List<CellOutput>();
        var displays = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var kernelEvent in events)
        {
            switch (kernelEvent)
            {
                case StandardOutputValueProduced printed:
                    AddText(outputs, "stdout", Text(printed));
                    break;
                case StandardErrorValueProduced printed:
                    AddText(outputs, "stderr", Text(printed));
                    break;
                case ReturnValueProduced value:
                    outputs.Add(new ResultOutput(executionCount, Bundle(value)));
                    break;
                case DisplayedValueUpdated update when update.ValueId is { } id && displays.TryGetValue(id, out var index):
                    outputs[index] = new DisplayOutput(Bundle(update));
                    break;
                case DisplayedValueProduced display:
                    if (display.ValueId is { } valueId)
                    {
                        displays[valueId] = outputs.Count;
                    }

                    outputs.Add(new DisplayOutput(Bundle(display)));
                    break;
                case ErrorProduced error:
                    AddText(outputs, "stderr", error.Message + "\n");
                    break;
            }
        }

        return outputs;
    }

    /// <summary>The text of a stream event: its plain-text value.</summary>
    public static string Text(DisplayEvent printed) =>
        printed.FormattedValues.FirstOrDefault(value => value.MimeType == "text/plain")?.Value ?? "";

    private static void AddText(List<CellOutput> outputs, string stream, string text)
    {
        if (outputs.Count > 0 && outputs[^1] is StreamOutput last && last.Name == stream)
        {
            outputs[^1] = last with { Text = last.Text + text };
        }
        else if (text.Length > 0)
        {
            outputs.Add(new StreamOutput(stream, text));
        }
    }

    private static Dictionary<string, string> Bundle(DisplayEvent display) =>
        display.FormattedValues.GroupBy(value => value.MimeType).ToDictionary(group => group.Key, group => group.First().Value);
}

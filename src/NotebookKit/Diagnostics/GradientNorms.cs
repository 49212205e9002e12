using System.Globalization;
using System.Text;
using Microsoft.Data.Analysis;
using NotebookKit.Layers;
using NotebookKit.Networks;
using NotebookKit.Plots;

namespace NotebookKit.Diagnostics;

/// <summary>
/// The Frobenius norm of each layer's weight gradient, <c>‖dW[l]‖_F = √(Σ_ij dW[l]_ij²)</c>, recorded at chosen
/// iterations of training. In a deep network with sigmoid or badly scaled weights the norms shrink (vanishing
/// gradients) or grow (exploding gradients) geometrically from the last layer back to the first.
/// </summary>
/// <example>
/// <code>
/// var norms = new GradientNorms();
/// GradientDescent.Train(model, X, Y, 0.1, 2000, recordEvery: 100, progress: p => norms.Record(p.Iteration, model));
/// norms.ToDataFrame()
/// </code>
/// </example>
public sealed class GradientNorms
{
    private readonly List<int> _iterations = new();
    private readonly List<double[]> _rows = new();
    private string[]? _layers;

    /// <summary>The weight parameters recorded, in layer order (W1, W2, …).</summary>
    public IReadOnlyList<string> Layers => _layers ?? Array.Empty<string>();

    /// <summary>The iterations recorded, in order.</summary>
    public IReadOnlyList<int> Iterations => _iterations;

    /// <summary>‖dW[l]‖_F recorded at the <paramref name="record"/>-th recording for weight <paramref name="layer"/> (e.g. <c>W2</c>).</summary>
    public double this[int record, string layer]
    {
        get
        {
            int column = Array.IndexOf(_layers ?? Array.Empty<string>(), layer);
            if (column < 0)
            {
                throw new KeyNotFoundException($"No norms were recorded for '{layer}'. Recorded: {string.Join(", ", Layers)}.");
            }
            return _rows[record][column];
        }
    }

    /// <summary>
    /// The current gradients' norms <c>‖dW[l]‖_F</c> of every weight matrix of <paramref name="model"/> (after a
    /// <see cref="Model.Backpropagate"/>), in layer order: <c>(W1, ‖dW1‖_F)</c>, <c>(W2, ‖dW2‖_F)</c>, ….
    /// </summary>
    public static IReadOnlyList<(string Layer, double Norm)> Of(Model model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.Parameters.Where(p => p.Kind == ParameterKind.Weight)
            .Select(p => (p.Name, p.Gradient.FrobeniusNorm())).ToList();
    }

    /// <summary>Records the current weight-gradient norms of <paramref name="model"/> as iteration <paramref name="iteration"/>.</summary>
    public void Record(int iteration, Model model)
    {
        var norms = Of(model);
        string[] names = norms.Select(n => n.Layer).ToArray();
        if (_layers is null)
        {
            _layers = names;
        }
        else if (!_layers.SequenceEqual(names))
        {
            throw new InvalidOperationException(
                $"These norms were recorded for {string.Join(", ", _layers)}, but this model has {string.Join(", ", names)}. Use one GradientNorms per model.");
        }
        if (_iterations.Count > 0 && iteration <= _iterations[^1])
        {
            throw new ArgumentOutOfRangeException(nameof(iteration), iteration,
                $"Record iterations in increasing order; the last one recorded was {_iterations[^1]}.");
        }
        _iterations.Add(iteration);
        _rows.Add(norms.Select(n => n.Norm).ToArray());
    }

    /// <summary>A table with one row per recorded iteration: the iteration, then <c>‖dW1‖</c>, <c>‖dW2‖</c>, ….</summary>
    public DataFrame ToDataFrame()
    {
        var columns = new List<DataFrameColumn> { new Int32DataFrameColumn("iteration", _iterations) };
        for (int k = 0; k < Layers.Count; k++)
        {
            int column = k;
            columns.Add(new DoubleDataFrameColumn($"‖d{Layers[k]}‖", _rows.Select(r => r[column])));
        }
        return new DataFrame(columns);
    }

    /// <summary>One series per layer, iteration against ‖dW[l]‖_F (plot with a logarithmic axis: the gaps are ratios).</summary>
    public IReadOnlyList<Series> ToSeries() =>
        Layers.Select((name, k) => new Series($"‖d{name}‖", _iterations.Select(i => (double)i).ToArray(), _rows.Select(r => r[k]).ToArray())).ToList();

    /// <summary>The table as aligned text, in scientific notation.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append($"{"iteration",10}");
        foreach (string name in Layers)
        {
            text.Append($" {"‖d" + name + "‖",11}");
        }
        text.AppendLine();
        for (int r = 0; r < _rows.Count; r++)
        {
            text.Append(_iterations[r].ToString(CultureInfo.InvariantCulture).PadLeft(10));
            foreach (double norm in _rows[r])
            {
                text.Append(' ').Append(norm.ToString("0.000E+00", CultureInfo.InvariantCulture).PadLeft(11));
            }
            text.AppendLine();
        }
        return text.ToString();
    }
}

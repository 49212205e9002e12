using System.Text.Json;
using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Tests.Reference;

/// <summary>
/// Reads Reference/numpy_reference.json, written by tests/reference/make_numpy_reference.py with Debian's
/// numpy 1.24.2 and scikit-learn 1.2.1 (the versions are recorded in the file itself).
/// </summary>
internal static class ReferenceValues
{
    private static readonly Lazy<JsonDocument> Document = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reference", "numpy_reference.json"))));

    public static JsonElement Root => Document.Value.RootElement;

    public static string Versions => $"numpy {Root.GetProperty("numpy").GetString()}, scikit-learn {Root.GetProperty("sklearn").GetString()}";

    /// <summary>A JSON list of rows as a matrix, row i of the JSON being row i of the matrix.</summary>
    public static Matrix<double> Matrix(JsonElement rows)
    {
        var list = rows.EnumerateArray().Select(r => r.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToArray();
        return Matrix<double>.Build.DenseOfRowArrays(list);
    }

    public static JsonElement Generator(string name) =>
        Root.GetProperty("generators").EnumerateArray().Single(g => g.GetProperty("name").GetString() == name);
}

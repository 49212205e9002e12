using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Training;

/// <summary>A copy of a model's parameters taken at the end of an epoch, e.g. for a snapshot ensemble.</summary>
/// <param name="Epoch">The epoch after which it was taken.</param>
/// <param name="Parameters">The parameter values by name (<c>W1</c>, <c>b1</c>, …), as <see cref="Networks.Model.CopyParameters"/> gives them.</param>
public sealed record Snapshot(int Epoch, IReadOnlyDictionary<string, Matrix<double>> Parameters);

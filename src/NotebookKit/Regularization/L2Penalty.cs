using NotebookKit.Layers;

namespace NotebookKit.Regularization;

/// <summary>
/// L2 regularization ("weight decay"): the cost gains <c>λ/(2m) Σ_l ‖W[l]‖²_F</c> (Frobenius norm, weights
/// only, never biases) and each weight gradient gains <c>λ/m · W[l]</c>, so gradient descent shrinks every
/// weight by the factor <c>(1 − αλ/m)</c> before the usual step.
/// </summary>
public static class L2Penalty
{
    /// <summary>Throws unless λ is a finite number ≥ 0.</summary>
    public static void Validate(double lambda)
    {
        if (!(lambda >= 0) || double.IsInfinity(lambda))
        {
            throw new ArgumentOutOfRangeException(nameof(lambda), lambda,
                "The L2 strength λ must be a finite number ≥ 0 (0 turns regularization off; the course tries 0.7).");
        }
    }

    /// <summary><c>λ/(2m) Σ_l ‖W[l]‖²_F</c> over the weight parameters.</summary>
    public static double Cost(IEnumerable<Parameter> parameters, double lambda, int m)
    {
        if (lambda == 0)
        {
            return 0;
        }
        double sumOfSquares = parameters
            .Where(p => p.Kind == ParameterKind.Weight)
            .Sum(p => p.Value.Enumerate().Sum(w => w * w));
        return lambda / (2.0 * m) * sumOfSquares;
    }

    /// <summary>Adds <c>λ/m · W[l]</c> to each weight's gradient.</summary>
    public static void AddGradient(IEnumerable<Parameter> parameters, double lambda, int m)
    {
        if (lambda == 0)
        {
            return;
        }
        foreach (var p in parameters.Where(p => p.Kind == ParameterKind.Weight))
        {
            p.Gradient.Add(p.Value * (lambda / m), p.Gradient);
        }
    }
}

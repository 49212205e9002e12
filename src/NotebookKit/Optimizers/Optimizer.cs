using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Layers;

namespace NotebookKit.Optimizers;

/// <summary>
/// The common part of every optimizer: one state object per parameter (created zero on the parameter's first
/// update, as the course's <c>initialize_velocity</c> / <c>initialize_adam</c> do), frozen parameters skipped,
/// the learning rate checked. Each subclass writes only its update rule, element by element over the
/// parameter's column-major values.
/// </summary>
/// <typeparam name="TState">What the rule remembers for one parameter.</typeparam>
public abstract class Optimizer<TState> : IOptimizer where TState : class
{
    private readonly Dictionary<Parameter, TState> _states = new();
    private double _learningRate;

    /// <summary>Sets the learning rate α.</summary>
    protected Optimizer(double learningRate)
    {
        LearningRate = learningRate;
    }

    /// <inheritdoc />
    public abstract string Name { get; }

    /// <inheritdoc />
    public double LearningRate
    {
        get => _learningRate;
        set => _learningRate = Hyperparameter.Positive(value, "learning rate α", "e.g. 0.01");
    }

    /// <inheritdoc />
    public void Step(IReadOnlyList<Parameter> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        for (int i = 0; i < parameters.Count; i++)
        {
            var parameter = parameters[i];
            if (parameter.Frozen)
            {
                continue;
            }
            var gradient = parameter.Gradient.AsColumnMajorArray() ?? Values(parameter.Gradient, parameter.GradientName);
            Update(Values(parameter.Value, parameter.Name), gradient, StateOrNew(parameter));
        }
    }

    /// <summary>
    /// Creates the zero state of every parameter that has none yet, as the course's <c>initialize_velocity</c> and
    /// <c>initialize_adam</c> do; <see cref="Step"/> does it by itself, so call this only to look at or set the
    /// state before the first step.
    /// </summary>
    public void Initialize(IReadOnlyList<Parameter> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        foreach (var parameter in parameters)
        {
            StateOrNew(parameter);
        }
    }

    /// <summary>
    /// The state kept for <paramref name="parameter"/> (e.g. its velocity), to look at in a notebook or to set
    /// up a course test case. It exists once a <see cref="Step"/> has updated the parameter.
    /// </summary>
    public TState State(Parameter parameter) =>
        _states.TryGetValue(parameter, out var state)
            ? state
            : throw new InvalidOperationException(
                $"{Name} has no state for {parameter.Name} yet: it is created (as zeros) by the first Step that updates {parameter.Name}.");

    /// <inheritdoc />
    public void Reset() => _states.Clear();

    private TState StateOrNew(Parameter parameter)
    {
        if (!_states.TryGetValue(parameter, out var state))
        {
            state = CreateState(parameter);
            _states.Add(parameter, state);
        }
        return state;
    }

    /// <inheritdoc />
    public override string ToString() => Name;

    /// <summary>Creates the zero state for a parameter's first update.</summary>
    protected abstract TState CreateState(Parameter parameter);

    /// <summary>Applies the rule to one parameter: <paramref name="theta"/> is updated in place.</summary>
    /// <param name="theta">The parameter's values, column-major.</param>
    /// <param name="gradient">Its gradient, same layout.</param>
    /// <param name="state">Its state, updated in place.</param>
    protected abstract void Update(double[] theta, double[] gradient, TState state);

    /// <summary>A zero matrix shaped like <paramref name="parameter"/>.</summary>
    protected static Matrix<double> ZerosLike(Parameter parameter) =>
        Matrix<double>.Build.Dense(parameter.Value.RowCount, parameter.Value.ColumnCount);

    /// <summary>The column-major storage of a dense matrix, which the update rules change in place.</summary>
    protected static double[] Values(Matrix<double> matrix, string name) =>
        matrix.AsColumnMajorArray() ?? throw new ArgumentException(
            $"{name} is not a dense matrix; optimizers update dense matrices (build it with Matrix<double>.Build.Dense).");

    /// <summary>A number for <see cref="Name"/>, e.g. <c>0.001</c> or <c>1E-08</c>.</summary>
    protected static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}

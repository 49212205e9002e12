using System.Globalization;

namespace NotebookKit.Training;

/// <summary>The hyperparameter values of one trial of a search, with a seed of its own for its random draws.</summary>
public sealed class TrialSettings
{
    internal TrialSettings(int index, int round, int seed, IReadOnlyDictionary<string, double> values)
    {
        Index = index;
        Round = round;
        Seed = seed;
        Values = values;
    }

    /// <summary>The trial's number in the search, from 0.</summary>
    public int Index { get; }

    /// <summary>The round of a coarse-to-fine search (0 for other searches).</summary>
    public int Round { get; }

    /// <summary>
    /// A seed for this trial's own draws (initialization, mini-batches): the search's seed + 1 + index, so a
    /// trial gives the same result whichever core runs it and whenever.
    /// </summary>
    public int Seed { get; }

    /// <summary>The values by hyperparameter name.</summary>
    public IReadOnlyDictionary<string, double> Values { get; }

    /// <summary>The value of hyperparameter <paramref name="name"/>.</summary>
    public double this[string name] => Values.TryGetValue(name, out var value)
        ? value
        : throw new KeyNotFoundException($"This search has no hyperparameter '{name}'; it has {string.Join(", ", Values.Keys)}.");

    /// <inheritdoc />
    public override string ToString() =>
        $"trial {Index}: " + string.Join(", ", Values.Select(v => string.Create(CultureInfo.InvariantCulture, $"{v.Key} = {v.Value:G6}")));
}

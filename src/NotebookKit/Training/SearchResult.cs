using Microsoft.Data.Analysis;

namespace NotebookKit.Training;

/// <summary>One evaluated trial.</summary>
/// <param name="Settings">Its hyperparameters.</param>
/// <param name="Score">Its dev score (higher is better); NaN when training diverged.</param>
public sealed record TrialResult(TrialSettings Settings, double Score)
{
    /// <summary>True when training diverged (the score is NaN).</summary>
    public bool Diverged => double.IsNaN(Score);
}

/// <summary>The trials of a search, best dev score first (diverged trials last, ties by trial number).</summary>
public sealed class SearchResult
{
    private readonly IReadOnlyList<string> _names;

    internal SearchResult(IReadOnlyList<string> names, IEnumerable<TrialResult> trials)
    {
        _names = names;
        Trials = trials
            .OrderByDescending(t => double.IsNaN(t.Score) ? double.NegativeInfinity : t.Score)
            .ThenBy(t => t.Settings.Index)
            .ToArray();
    }

    /// <summary>All trials, best first.</summary>
    public IReadOnlyList<TrialResult> Trials { get; }

    /// <summary>The trial with the best dev score.</summary>
    public TrialResult Best => Trials[0];

    /// <summary>One row per trial, best first: trial, round, seed, one column per hyperparameter, dev_score.</summary>
    public DataFrame ToDataFrame()
    {
        var columns = new List<DataFrameColumn>
        {
            new Int32DataFrameColumn("trial", Trials.Select(t => t.Settings.Index)),
            new Int32DataFrameColumn("round", Trials.Select(t => t.Settings.Round)),
            new Int32DataFrameColumn("seed", Trials.Select(t => t.Settings.Seed)),
        };
        columns.AddRange(_names.Select(name => new DoubleDataFrameColumn(name, Trials.Select(t => t.Settings[name]))));
        columns.Add(new DoubleDataFrameColumn("dev_score", Trials.Select(t => t.Diverged ? (double?)null : t.Score)));
        return new DataFrame(columns);
    }

    /// <summary>The trials as points (x, y, score) for <see cref="Plots.SearchScatter"/>; diverged trials left out.</summary>
    public IReadOnlyList<Plots.Trial> ToScatter(string xName, string yName) =>
        Trials.Where(t => !t.Diverged).Select(t => new Plots.Trial(t.Settings[xName], t.Settings[yName], t.Score)).ToArray();
}

using NotebookKit.Randomness;

namespace NotebookKit.Training;

/// <summary>
/// Hyperparameter search as the lecture recommends: sample at random rather than on a grid (every trial tries
/// a new value of every hyperparameter, so the important ones get many distinct values), sample on the right
/// scale (<see cref="LogScale"/> for α, <see cref="OneMinusLogScale"/> for β), then zoom in coarse to fine. Trials
/// are independent — "many models in parallel" (caviar) rather than babysitting one (panda) — so they run on all
/// cores. Results do not depend on the scheduling: the values are drawn up front from one seeded generator,
/// each trial gets a seed of its own, and the results are sorted.
/// </summary>
public static class HyperparameterSearch
{
    /// <summary>
    /// Random search: trial i takes one draw per dimension, in order, from <c>np.random.seed(seed)</c> (draws
    /// i·D … i·D + D − 1 for D dimensions), and is scored by <paramref name="evaluate"/>.
    /// </summary>
    /// <param name="space">The hyperparameters and their scales.</param>
    /// <param name="trials">How many trials, ≥ 1.</param>
    /// <param name="seed">The seed of the draws; trial i also gets seed + 1 + i for its own use.</param>
    /// <param name="evaluate">Trains a model with the trial's values and returns its dev score (higher is better).
    /// It runs on several threads at once, so it must build its own model and touch no shared state.</param>
    /// <param name="parallel">Run the trials on all cores (true) or one after the other.</param>
    public static SearchResult Random(IReadOnlyList<SearchDimension> space, int trials, int seed, Func<TrialSettings, double> evaluate, bool parallel = true)
    {
        CheckSpace(space);
        var settings = Sample(space, trials, seed, round: 0, firstIndex: 0);
        return new SearchResult(Names(space), Evaluate(settings, evaluate, parallel));
    }

    /// <summary>
    /// Grid search, for contrast: every combination of <paramref name="pointsPerDimension"/> evenly spaced values
    /// (on each dimension's scale). With two hyperparameters of which one does not matter, a 5 × 5 grid tries only
    /// 5 values of the one that does; 25 random trials try 25.
    /// </summary>
    /// <param name="space">The hyperparameters and their scales.</param>
    /// <param name="pointsPerDimension">Values per hyperparameter, ≥ 1 (the grid has this to the power of the dimensions).</param>
    /// <param name="seed">Trial i gets seed + 1 + i for its own draws.</param>
    /// <param name="evaluate">Returns a trial's dev score (higher is better); see <see cref="Random"/>.</param>
    /// <param name="parallel">Run the trials on all cores.</param>
    public static SearchResult Grid(IReadOnlyList<SearchDimension> space, int pointsPerDimension, int seed, Func<TrialSettings, double> evaluate, bool parallel = true)
    {
        CheckSpace(space);
        IEnumerable<IReadOnlyDictionary<string, double>> combinations = new[] { new Dictionary<string, double>() };
        foreach (var dimension in space)
        {
            var grid = dimension.Grid(pointsPerDimension);
            combinations = combinations.SelectMany(c => grid.Select(v => (IReadOnlyDictionary<string, double>)new Dictionary<string, double>(c) { [dimension.Name] = v })).ToArray();
        }
        var settings = combinations.Select((values, i) => new TrialSettings(i, 0, seed + 1 + i, values)).ToArray();
        return new SearchResult(Names(space), Evaluate(settings, evaluate, parallel));
    }

    /// <summary>
    /// Coarse to fine: a random search of <paramref name="trialsPerRound"/> trials; then each next round samples
    /// only the smallest region (on each dimension's scale) that holds the <paramref name="keepBest"/> best trials
    /// so far (within the original ranges). Draws continue from the one generator seeded with <paramref name="seed"/>.
    /// </summary>
    /// <param name="space">The hyperparameters and their full ranges.</param>
    /// <param name="trialsPerRound">Trials per round.</param>
    /// <param name="rounds">Rounds, ≥ 1 (the first is a plain random search).</param>
    /// <param name="keepBest">How many of the best trials so far define the next round's region.</param>
    /// <param name="seed">The seed of the draws; trial i (numbered across rounds) gets seed + 1 + i.</param>
    /// <param name="evaluate">Returns a trial's dev score (higher is better); see <see cref="Random"/>.</param>
    /// <param name="parallel">Run each round's trials on all cores.</param>
    public static SearchResult CoarseToFine(
        IReadOnlyList<SearchDimension> space, int trialsPerRound, int rounds, int keepBest, int seed, Func<TrialSettings, double> evaluate, bool parallel = true)
    {
        CheckSpace(space);
        if (rounds < 1 || keepBest < 1 || keepBest > trialsPerRound)
        {
            throw new ArgumentOutOfRangeException(nameof(rounds), "Coarse to fine needs rounds ≥ 1 and 1 ≤ keepBest ≤ trialsPerRound, e.g. 3 rounds of 20 trials keeping the best 5.");
        }
        var random = new NumpyRandomState(seed);
        var region = space;
        var all = new List<TrialResult>();
        for (int round = 0; round < rounds; round++)
        {
            var settings = Sample(region, trialsPerRound, random, seed, round, firstIndex: all.Count);
            all.AddRange(Evaluate(settings, evaluate, parallel));
            var best = new SearchResult(Names(space), all).Trials.Where(t => !t.Diverged).Take(keepBest).ToArray();
            if (best.Length > 0)
            {
                region = space.Select(d => d.Narrow(best.Select(t => t.Settings[d.Name]))).ToArray();
            }
        }
        return new SearchResult(Names(space), all);
    }

    private static TrialSettings[] Sample(IReadOnlyList<SearchDimension> space, int trials, int seed, int round, int firstIndex) =>
        Sample(space, trials, new NumpyRandomState(seed), seed, round, firstIndex);

    private static TrialSettings[] Sample(IReadOnlyList<SearchDimension> space, int trials, NumpyRandomState random, int seed, int round, int firstIndex)
    {
        if (trials < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(trials), trials, "A search needs at least 1 trial.");
        }
        var settings = new TrialSettings[trials];
        for (int i = 0; i < trials; i++)
        {
            var values = new Dictionary<string, double>();
            foreach (var dimension in space)
            {
                values[dimension.Name] = dimension.FromUniform(random.RandomSample());
            }
            settings[i] = new TrialSettings(firstIndex + i, round, seed + 1 + firstIndex + i, values);
        }
        return settings;
    }

    private static TrialResult[] Evaluate(TrialSettings[] settings, Func<TrialSettings, double> evaluate, bool parallel)
    {
        ArgumentNullException.ThrowIfNull(evaluate);
        var results = new TrialResult[settings.Length];
        void Run(int i)
        {
            double score;
            try
            {
                score = evaluate(settings[i]);
            }
            catch (TrainingDivergedException)
            {
                score = double.NaN;
            }
            results[i] = new TrialResult(settings[i], score);
        }
        if (parallel)
        {
            try
            {
                Parallel.For(0, settings.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, Run);
            }
            catch (AggregateException e)
            {
                // Show a trial's own error, as the sequential search would; several trials running at once may
                // each have thrown before the loop stopped, so take the first.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.Flatten().InnerExceptions[0]).Throw();
            }
        }
        else
        {
            for (int i = 0; i < settings.Length; i++)
            {
                Run(i);
            }
        }
        return results;
    }

    private static void CheckSpace(IReadOnlyList<SearchDimension> space)
    {
        ArgumentNullException.ThrowIfNull(space);
        if (space.Count == 0)
        {
            throw new ArgumentException("The search space is empty; add e.g. new LogScale(\"alpha\", 1e-4, 1).", nameof(space));
        }
        var duplicate = space.GroupBy(d => d.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two dimensions are named '{duplicate.Key}'; each hyperparameter needs its own name.", nameof(space));
        }
    }

    private static IReadOnlyList<string> Names(IReadOnlyList<SearchDimension> space) => space.Select(d => d.Name).ToArray();
}

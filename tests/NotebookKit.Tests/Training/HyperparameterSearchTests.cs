using NotebookKit.Initialization;
using NotebookKit.Layers;
using NotebookKit.Losses;
using NotebookKit.Networks;
using NotebookKit.Optimizers;
using NotebookKit.Randomness;
using NotebookKit.Training;

namespace NotebookKit.Tests.Training;

public class HyperparameterSearchTests
{
    private static readonly SearchDimension[] Space = { new LogScale("alpha", 1e-4, 1), new OneMinusLogScale("beta", 0.9, 0.999) };

    /// <summary>Trains a small network with momentum (α, β) for a few epochs on seeded data; returns dev accuracy.</summary>
    private static double DevAccuracy(TrialSettings trial)
    {
        var x = TestData.Randn(20, 2, 120);
        var y = x.Row(0).Subtract(x.Row(1)).Map(v => v > 0 ? 1.0 : 0.0).ToRowMatrix();
        var model = Model.Build(new[] { 2, 8, 1 }, Activation.ReLU, new BinaryCrossEntropy(), Initializer.He, trial.Seed);
        Trainer.Fit(model, x.SubMatrix(0, 2, 0, 80), y.SubMatrix(0, 1, 0, 80), new Momentum(trial["alpha"], trial["beta"], MomentumForm.Sum),
            new FitOptions { Epochs = 15, BatchSize = 16, Seed = trial.Seed, EvaluateEvery = 15 });
        return model.Accuracy(x.SubMatrix(0, 2, 80, 40), y.SubMatrix(0, 1, 80, 40));
    }

    [Fact]
    public void Log_scale_draws_are_the_lectures_formula_and_stay_in_range()
    {
        // The lecture: r = −4·np.random.rand(); α = 10**r. β: r in [−3, −1], β = 1 − 10**r. One draw per value.
        var result = HyperparameterSearch.Random(Space, trials: 200, seed: 7, evaluate: _ => 0.0);
        var random = new NumpyRandomState(7);
        foreach (var trial in result.Trials.Select(t => t.Settings).OrderBy(s => s.Index))
        {
            Assert.Equal(Math.Pow(10, -4 * random.RandomSample()), trial["alpha"], 14);
            Assert.Equal(1 - Math.Pow(10, -1 - 2 * random.RandomSample()), trial["beta"], 14);
            Assert.InRange(trial["alpha"], 1e-4, 1);
            Assert.InRange(trial["beta"], 0.9, 0.999);
            Assert.Equal(7 + 1 + trial.Index, trial.Seed);
        }
        // Log scale: each decade of α gets about a quarter of the trials (a linear scale would put 90% in [0.1, 1]).
        var decades = result.Trials.GroupBy(t => (int)Math.Floor(-Math.Log10(t.Settings["alpha"]))).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(Enumerable.Range(0, 4), d => Assert.InRange(decades.GetValueOrDefault(d), 30, 70));
    }

    [Fact]
    public void The_parallel_search_gives_the_same_results_twice_and_as_the_sequential_one()
    {
        var first = HyperparameterSearch.Random(Space, trials: 12, seed: 1, evaluate: DevAccuracy);
        var second = HyperparameterSearch.Random(Space, trials: 12, seed: 1, evaluate: DevAccuracy);
        var sequential = HyperparameterSearch.Random(Space, trials: 12, seed: 1, evaluate: DevAccuracy, parallel: false);
        static IEnumerable<(int, double, double, double)> Rows(SearchResult r) =>
            r.Trials.Select(t => (t.Settings.Index, t.Settings["alpha"], t.Settings["beta"], t.Score));
        Assert.Equal(Rows(first), Rows(second));
        Assert.Equal(Rows(first), Rows(sequential));
        Assert.True(first.Trials.Select(t => t.Score).Distinct().Count() > 2, "the trials should differ");
        Assert.True(first.Trials.Zip(first.Trials.Skip(1)).All(p => p.First.Score >= p.Second.Score || p.Second.Diverged));
    }

    [Fact]
    public void Results_become_a_data_frame_sorted_by_dev_score()
    {
        var result = HyperparameterSearch.Random(Space, trials: 5, seed: 3, evaluate: t => t["beta"]);
        var frame = result.ToDataFrame();
        Assert.Equal(new[] { "trial", "round", "seed", "alpha", "beta", "dev_score" }, frame.Columns.Select(c => c.Name));
        var scores = Enumerable.Range(0, 5).Select(i => (double)frame["dev_score"][i]).ToArray();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
        Assert.Equal(result.Best.Settings["beta"], (double)frame["beta"][0]);
        Assert.Equal(5, result.ToScatter("alpha", "beta").Count);
    }

    [Fact]
    public void A_diverging_trial_is_recorded_and_sorted_last()
    {
        var result = HyperparameterSearch.Random(new SearchDimension[] { new UniformScale("x", 0, 1) }, trials: 6, seed: 0,
            evaluate: t => t["x"] > 0.5 ? throw new TrainingDivergedException(3, double.NaN, 1) : t["x"]);
        Assert.Contains(result.Trials, t => t.Diverged);
        Assert.True(result.Trials.SkipWhile(t => !t.Diverged).All(t => t.Diverged));
        Assert.Null(result.ToDataFrame()["dev_score"][result.Trials.Count - 1]);
        Assert.Throws<InvalidOperationException>(() => HyperparameterSearch.Random(Space, 4, 0, _ => throw new InvalidOperationException("bug in the trial")));
    }

    [Fact]
    public void Grid_search_tries_every_combination_of_evenly_spaced_values()
    {
        var result = HyperparameterSearch.Grid(Space, pointsPerDimension: 3, seed: 0, evaluate: _ => 1.0);
        Assert.Equal(9, result.Trials.Count);
        Assert.Equal(new[] { 1e-4, 1e-2, 1 }, result.Trials.Select(t => t.Settings["alpha"]).Distinct().Order().Select(v => Math.Round(v, 12)));
        Assert.Equal(new[] { 0.9, 0.99, 0.999 }, result.Trials.Select(t => t.Settings["beta"]).Distinct().Order().Select(v => Math.Round(v, 12)));
    }

    [Fact]
    public void Coarse_to_fine_samples_later_rounds_inside_the_best_region()
    {
        // A score peaked at α = 0.01: later rounds should sample closer to it.
        double Score(TrialSettings t) => -Math.Abs(Math.Log10(t["alpha"]) + 2);
        var result = HyperparameterSearch.CoarseToFine(new SearchDimension[] { new LogScale("alpha", 1e-6, 1) }, trialsPerRound: 10, rounds: 3, keepBest: 3, seed: 5, evaluate: Score);
        Assert.Equal(30, result.Trials.Count);
        Assert.Equal(Enumerable.Range(0, 30), result.Trials.Select(t => t.Settings.Index).Order());
        var byRound = result.Trials.GroupBy(t => t.Settings.Round).OrderBy(g => g.Key).ToArray();
        Assert.Equal(3, byRound.Length);
        var roundZeroBest = byRound[0].OrderByDescending(t => t.Score).Take(3).Select(t => t.Settings["alpha"]).ToArray();
        Assert.All(byRound[1], t => Assert.InRange(t.Settings["alpha"], roundZeroBest.Min(), roundZeroBest.Max()));
        Assert.True(byRound[2].Average(t => t.Score) > byRound[0].Average(t => t.Score));
    }

    [Fact]
    public void Bad_spaces_are_explained()
    {
        Assert.Contains("log scale needs low > 0", Assert.Throws<ArgumentOutOfRangeException>(() => new LogScale("alpha", 0, 1)).Message);
        Assert.Contains("[0.9, 0.999]", Assert.Throws<ArgumentOutOfRangeException>(() => new OneMinusLogScale("beta", 0.9, 1)).Message);
        Assert.Contains("named 'a'", Assert.Throws<ArgumentException>(() => HyperparameterSearch.Random(new SearchDimension[] { new UniformScale("a", 0, 1), new UniformScale("a", 0, 2) }, 1, 0, _ => 0)).Message);
        var trial = HyperparameterSearch.Random(Space, 1, 0, _ => 0).Best.Settings;
        Assert.Contains("it has alpha, beta", Assert.Throws<KeyNotFoundException>(() => trial["gamma"]).Message);
    }
}

using NotebookKit.Schedules;
using NotebookKit.Tests.Reference;

namespace NotebookKit.Tests.Schedules;

public class ScheduleTests
{
    [Fact]
    public void Update_lr_matches_the_course()
    {
        // Course notebook and public tests: update_lr(0.5, 2, 1) and the early revision's update_lr(1, 2, 1).
        Assert.Equal(0.16666666666666666, new LearningRateDecay(1).LearningRate(0.5, 2));
        Assert.Equal(0.3333333333333333, new LearningRateDecay(1).LearningRate(1, 2));
    }

    [Theory]
    // (learning_rate0, epoch_num, decay_rate, time_interval) → expected, from the course's notebook and public tests.
    [InlineData(0.5, 10, 0.3, 100, 0.5)]
    [InlineData(0.5, 100, 0.3, 100, 0.3846153846153846)]
    [InlineData(0.5, 100, 1, 100, 0.25)]
    [InlineData(0.5, 10, 1, 100, 0.5)]
    [InlineData(0.3, 100, 0.25, 100, 0.24)]
    [InlineData(1, 100, 1, 100, 0.5)]
    [InlineData(1, 10, 1, 100, 1)]
    public void Schedule_lr_decay_matches_the_course(double rate0, int epoch, double decay, int interval, double expected) =>
        Assert.Equal(expected, new FixedIntervalDecay(decay, interval).LearningRate(rate0, epoch), 15);

    [Fact]
    public void Schedule_lr_decay_printed_to_nine_digits()
    {
        // schedule_lr_decay(0.3, 1000, 0.25, 100) → 0.085714285 (printed truncated): 0.3/(1 + 0.25·10) = 0.3/3.5.
        Assert.InRange(new FixedIntervalDecay(0.25, 100).LearningRate(0.3, 1000), 0.085714285, 0.085714286);
        Assert.Equal(1000, new FixedIntervalDecay(1).TimeInterval);
    }

    [Fact]
    public void The_other_lecture_formulas_at_chosen_epochs()
    {
        // 0.95^epoch·α0.
        Assert.Equal(0.2 * 0.95 * 0.95 * 0.95, new ExponentialDecay().LearningRate(0.2, 3), 15);
        // k/√epoch_num·α0 with epoch_num = epoch + 1: epoch 3 → 0.5/2·0.2 = 0.05; epoch 0 → k·α0.
        ILearningRateSchedule perEpoch = new SquareRootDecay(0.5);
        Assert.Equal(0.05, perEpoch.LearningRate(0.2, 3, 999), 15);
        Assert.Equal(0.1, perEpoch.LearningRate(0.2, 0, 0), 15);
        // k/√t·α0 with t = iteration + 1: step 16 (iteration 15) → 2/4·0.1 = 0.05, whatever the epoch.
        ILearningRateSchedule perStep = new SquareRootDecay(2, perMiniBatch: true);
        Assert.Equal(0.05, perStep.LearningRate(0.1, 7, 15), 15);
        // Staircase: factors 1, 0.5, 0.1 from epochs 0, 10, 30.
        var staircase = new PiecewiseConstant(new[] { 10, 30 }, new[] { 1, 0.5, 0.1 });
        Assert.Equal(new[] { 1.0, 1.0, 0.5, 0.5, 0.1, 0.1 }, new[] { 0, 9, 10, 29, 30, 1000 }.Select(e => staircase.LearningRate(1.0, e)));
    }

    public static TheoryData<string> TorchSchedulers() => new() { "cosine_tmax4", "cosine_tmax10_min", "multistep", "exponential", "inverse_time", "fixed_interval" };

    /// <summary>
    /// torch.optim.lr_scheduler's rates for each epoch (Reference/torch_optimizer_reference.json, scheduler.step()
    /// after each epoch), which is <see cref="ScheduleTiming.CurrentEpoch"/>. PyTorch computes the cosine and the
    /// products recursively, so its rates drift from the closed forms by a few units in the 15th digit.
    /// </summary>
    [Theory]
    [MemberData(nameof(TorchSchedulers))]
    public void Closed_forms_match_torch_schedulers(string name)
    {
        var reference = TorchReference.Root.GetProperty("schedulers").EnumerateArray().Single(s => s.GetProperty("name").GetString() == name);
        ILearningRateSchedule schedule = name switch
        {
            "cosine_tmax4" => new CosineAnnealing(4),
            "cosine_tmax10_min" => new CosineAnnealing(10, minimumRate: 0.01),
            "multistep" => new PiecewiseConstant(new[] { 2, 5 }, new[] { 1, 0.1, 0.01 }),
            "exponential" => new ExponentialDecay(0.95),
            "inverse_time" => new LearningRateDecay(1.0),
            "fixed_interval" => new FixedIntervalDecay(0.3, 3),
            _ => throw new InvalidOperationException(name),
        };
        var expected = TorchReference.Doubles(reference.GetProperty("rates"));
        var actual = LearningRateSchedules.PerEpoch(schedule, reference.GetProperty("baseLr").GetDouble(), expected.Length);
        for (int e = 0; e < expected.Length; e++)
        {
            Assert.True(Math.Abs(actual[e] - expected[e]) <= 1e-14, $"{name} ({reference.GetProperty("torch").GetString()}), epoch {e}: expected {expected[e]:R}, got {actual[e]:R}");
        }
    }

    [Fact]
    public void After_epoch_timing_reproduces_the_course_models_printed_rates()
    {
        // The course's model with decay=update_lr, α0 = 0.1: "learning rate after epoch i" is the rate of epoch i + 1:
        // 0.100000 after epoch 0 and 0.000100 after epoch 1000 (0.1/1001), printed with %f.
        var rates = LearningRateSchedules.PerEpoch(new LearningRateDecay(1), 0.1, 5002, timing: ScheduleTiming.AfterEpoch);
        Assert.Equal(new[] { "0.100000", "0.000100", "0.000050", "0.000033", "0.000025", "0.000020" },
            new[] { 1, 1001, 2001, 3001, 4001, 5001 }.Select(e => rates[e].ToString("F6", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(0.1, rates[0]);
        // schedule_lr_decay: 0.1, 0.05, 0.033333, 0.025, 0.02 after epochs 0, 1000, …, 4000.
        var staircase = LearningRateSchedules.PerEpoch(new FixedIntervalDecay(1), 0.1, 4002, timing: ScheduleTiming.AfterEpoch);
        var expected = new[] { 0.1, 0.1, 0.1, 0.05, 0.1 / 3, 0.025, 0.02 };
        var epochs = new[] { 0, 1, 1000, 1001, 2001, 3001, 4001 };
        Assert.All(epochs.Zip(expected), pair => Assert.Equal(pair.Second, staircase[pair.First], 15));
        // With PyTorch's timing the decay starts one epoch earlier.
        Assert.Equal(0.05, LearningRateSchedules.PerEpoch(new FixedIntervalDecay(1), 0.1, 1001)[1000]);
    }

    [Fact]
    public void Bad_constants_are_named()
    {
        Assert.Contains("needs 2 factors", Assert.Throws<ArgumentException>(() => new PiecewiseConstant(new[] { 10 }, new[] { 1.0 })).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new FixedIntervalDecay(1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LearningRateDecay(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CosineAnnealing(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExponentialDecay(1.5));
        Assert.Throws<ArgumentException>(() => new PiecewiseConstant(new[] { 5, 2 }, new[] { 1, 0.1, 0.01 }));
    }
}

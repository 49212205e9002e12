// What chapter 11's text says of its outputs (run by the tests in the chapter's kernel, after its last cell).

// Section 1: the spread of what enters each activation, weights of spread 0.01.
Claims.Quote("by about 31.5", 1 / shrink);
Claims.Quote("receives 1.5 × 10⁻⁷", plainSpreads[^1]);
Claims.Range("spread between 0.989 and 0.999", normalizedSpreads.Min());
Claims.Range("spread between 0.989 and 0.999", normalizedSpreads.Max());
Claims.That("γ = √(σ² + ε), β = μ give back z exactly", identityGap < 1e-12);
Claims.That("adding a constant to z changes nothing", shiftGap < 1e-12);

// Section 3: gradient checks.
Claims.That("both checks of the library land at a few 1e-9", new[] { layerCheck.Difference, modelCheck.Difference }.All(d => d > 1e-9 && d < 1e-8));
Claims.That("the breakdown lists W1, gamma1, beta1, W2, gamma2, beta2, W3, b3",
    string.Join(", ", modelCheck.Breakdown.Select(p => p.Name)) == "W1, gamma1, beta1, W2, gamma2, beta2, W3, b3");
Claims.Quote("scores a difference of 0.129", naiveCheck.Difference);
Claims.That("notebook 4's check calls the fixed-statistics backward a bug", naiveCheck.Verdict == GradientVerdict.Bug);

// Section 4.
Claims.Quote("100 parameters more, on top of 17 590", normCount - plainCount, plainCount);

// Section 5: the weight-scale experiment.
double commonestClass = Y.RowSums().Maximum() / m;
Claims.Quote("It ends at 13 %", commonestClass);
Claims.That("without batch norm, the network ends at the commonest class's share at five scales",
    grid.Count(g => g.Plain[^1] == commonestClass) == 5);
Claims.Quote("at 16.5 % at 0.158", grid[1].Plain[^1], grid[1].Scale);
Claims.Quote("58 %, 66 %, 55 % and 44.5 % after 20 epochs from 0.158 down to 0.00063",
    grid[1].Normalized[^1], grid[2].Normalized[^1], grid[3].Normalized[^1], grid[4].Normalized[^1], 20, grid[1].Scale, grid[4].Scale);
Claims.Quote("learns across 2.4 decades of scale", Math.Log10(grid[1].Scale / grid[4].Scale));
Claims.Quote("trains across 2.4 decades of weight scales", Math.Log10(grid[1].Scale / grid[4].Scale));
Claims.Quote("At scale 1 it reaches only 31.5 %", grid[0].Scale, grid[0].Normalized[^1]);
Claims.That("at 1e-4, batch norm stays at the commonest class's share for all 20 epochs", grid[^1].Normalized.All(a => a == commonestClass));
Claims.Quote("At scale 0.0251 the table reads 12 % after epoch 1 and 54 % after epoch 5, but the same network scores 36 % and 58 % with batch statistics",
    grid[2].Scale, grid[2].Normalized[0], 1, grid[2].Normalized[4], 5, grid[2].NormalizedBatch[0], grid[2].NormalizedBatch[4]);
Claims.Quote("at 0.00398, 23 % against 52 % after epoch 5", grid[3].Scale, grid[3].Normalized[4], grid[3].NormalizedBatch[4], 5);

// Section 5: ε against the variance, at scale 1e-4.
var (defaultEpsilon, smallEpsilon) = (epsilonRuns[0], epsilonRuns[1]);
Claims.That("at scale 1e-4, σ² < ε = 1e-5 in every hidden layer (every spread of z̃ below √½)", defaultEpsilon.Spreads.All(s => s < Math.Sqrt(0.5)));
Claims.Quote("0.26 in layer 1", defaultEpsilon.Spreads[0], 1);
Claims.That("the spread of z̃ is smaller in every layer after the first", defaultEpsilon.Spreads.Zip(defaultEpsilon.Spreads.Skip(1), (a, b) => b < a).All(x => x));
Claims.Quote("1.2 × 10⁻⁵ in layer 5", defaultEpsilon.Spreads[4], 5);
Claims.That("with ε = 1e-10 each spread is 1 again", smallEpsilon.Spreads.All(s => Math.Abs(s - 1) < 0.005));
Claims.Quote("reaches 35 % in 20 epochs instead of 13 %", smallEpsilon.Accuracy, 20, defaultEpsilon.Accuracy);

// Section 6: a learning rate 100 times larger.
double LastFive(double alpha, bool batchNorm) => lrRuns.Single(r => r.Alpha == alpha && r.BatchNorm == batchNorm).Accuracy.TakeLast(5).Average();
Claims.Quote("the plain network reaches 67 % and the batch-norm one 76 %", LastFive(0.01, false), LastFive(0.01, true));
Claims.Quote("lost — 13 %", LastFive(1, false));
Claims.That("at α = 1 the plain network is never above the commonest class's share in any epoch",
    lrRuns.Single(r => r.Alpha == 1 && !r.BatchNorm).Accuracy.Max() <= commonestClass);
Claims.Quote("before, 87 %", LastFive(1, true));
Claims.That("batch norm at α = 1 trains faster than either run at α = 0.01", LastFive(1, true) > LastFive(0.01, true) && LastFive(1, true) > LastFive(0.01, false));
Claims.That("batch norm's curve at α = 1 falls by more than 10 points from one epoch to the next at least once", largestFall > 0.1);

// Section 6: why it works, the noise of small batches.
(double Train, double Test) NoiseRun(int size, bool batchNorm) => noiseRuns.Where(r => r.BatchSize == size && r.BatchNorm == batchNorm).Select(r => (r.Train, r.Test)).Single();
double Gap(int size, bool batchNorm) => 100 * (NoiseRun(size, batchNorm).Train - NoiseRun(size, batchNorm).Test);
double Lead(int size) => 100 * (NoiseRun(size, true).Test - NoiseRun(size, false).Test);
Claims.That("with batches of 5, batch norm's gap between training and test is under 7 points", Gap(5, true) < 7);
Claims.Quote("22.6 points with batches of 20 and 37.8 with 50", Gap(20, true), 20, Gap(50, true), 50);
Claims.Quote("(8.9, 10.8, 13.1 points)", Gap(5, false), Gap(20, false), Gap(50, false));
Claims.That("with batch norm the gap grows with the mini-batch, and by more than without", Gap(5, true) < Gap(20, true) && Gap(20, true) < Gap(50, true)
    && Gap(50, true) - Gap(5, true) > Gap(50, false) - Gap(5, false));
Claims.That("with batches of 5, batch norm fits less than half of its 200 training images", NoiseRun(5, true).Train < 0.5);
Claims.That("with batches of 5, batch norm tests more than 15 points below the plain network", -Lead(5) > 15);
Claims.Quote("0.3 points above it with batches of 20 and 11.7 below with 50", Lead(20), 20, -Lead(50), 50);

// Section 7: test time.
Claims.That("every μ_run lies within half a standard deviation of the full mean, and not on it", meanGap > 0.05 && meanGap < 0.5);
Claims.That("every σ²_run lies within 20 % of the variance", varianceRatio < 1.2);
Claims.Quote("55.4 % with the running averages, 56.8 % with the statistics of all 2 000 test images, 54.6 % with batches of 100",
    inferenceAccuracy, batchAccuracies[0], 2000, batchAccuracies[1], 100);
Claims.Quote("the 78 % on its 200 training images", trainAccuracy, m);
Claims.Quote("falls to 42 %, with 2 to 15.3 %", batchAccuracies[2], 2, batchAccuracies[3]);
Claims.That("one example gives z̃ = β exactly", singleGap < 1e-12);
Claims.That("two examples give ẑ = ±1 within ε's effect", pair.Enumerate().All(v => Math.Abs(v) > 0.999 && Math.Abs(v) <= 1));

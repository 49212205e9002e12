// What 05-mini-batches-and-averages.ipynb's text says of its outputs (run by the tests after the chapter's last cell).

// 2. Choosing the batch size
var miniBatchRun = sizeRuns.Single(r => r.BatchSize == 64);
double Tuned(int size, double alpha) => tuning[size][Array.IndexOf(alphas, alpha)];
Claims.Quote("takes α = 3, a hundred times the 0.03 that suits SGD; batches of 64 take α = 1", tunedAlpha[m], tunedAlpha[1], 64, tunedAlpha[64]);
Claims.That("every size's best α lies below the largest α tried", batchSizes.All(size => tunedAlpha[size] < alphas.Max()));
Claims.That("at α ≥ 0.3 SGD ends at 0.6 or more, and batch GD at α ≤ 0.1 has barely started (above 0.6)",
    alphas.Where(a => a >= 0.3).All(a => Tuned(1, a) > 0.6) && alphas.Where(a => a <= 0.1).All(a => Tuned(m, a) > 0.6));
Claims.Quote("at α = 10 batch GD ends at 0.43, batches of 64 at 0.93 and SGD at 2.4", 10, Tuned(m, 10), 64, Tuned(64, 10), Tuned(1, 10));
var sgdSteps = sgdRun.History.Iterations.Where(i => i.Epoch < 5).Select(i => i.Cost).ToArray();
Claims.That("SGD's step costs in the first 5 epochs jump between almost 0 (below 0.01) and more than 3", sgdSteps.Min() < 0.01 && sgdSteps.Max() > 3);
int Rises(TrainingHistory history, int from) => history.Epochs.Skip(from).Zip(history.Epochs.Skip(from + 1), (a, b) => b.Cost > a.Cost ? 1 : 0).Sum();
Claims.That("at α = 3 batch GD's epoch cost jumps back up every few epochs (in at least 5 of its 60)", Rises(batchGdRun.History, 0) >= 5);
Claims.That("batches of 64 at α = 1 show late spikes too (the cost rises in some epoch after the 30th)", Rises(miniBatchRun.History, 30) >= 1);

Claims.Quote("SGD gets the epoch cost below 0.4 after 6 epochs", target, reach[1]!.Value);
Claims.Quote("batches of 64 after 9, batch GD after 16", 64, reach[64]!.Value, reach[m]!.Value);
Claims.Quote("after 60 epochs SGD's training-set cost is 0.156 (93.7 %)", epochs, sgdRun.Cost, sgdRun.Accuracy);
Claims.Quote("that of batches of 64 0.227 (91.7 %), batch GD's 0.300 (90.3 %)", 64, miniBatchRun.Cost, miniBatchRun.Accuracy, batchGdRun.Cost, batchGdRun.Accuracy);
Claims.That("per epoch the smaller the batch the faster, and the lower the final cost", reach[1] < reach[64] && reach[64] < reach[m] && sgdRun.Cost < miniBatchRun.Cost && miniBatchRun.Cost < batchGdRun.Cost);
Claims.Quote("Their epoch is 5 vectorized steps", miniBatchRun.History.Iterations.Count / (double)epochs);
Claims.Quote("more than 16/9 ≈ 1.8 batch-GD epochs", reach[m]!.Value, reach[64]!.Value, (double)reach[m]!.Value / reach[64]!.Value);
Claims.Quote("the 16/6 ≈ 2.7 that would let SGD beat batch GD", reach[m]!.Value, reach[1]!.Value, (double)reach[m]!.Value / reach[1]!.Value);
Claims.That("in time, mini-batches of 64 get below 0.4 first, batch GD second, SGD last", timeToTarget[64] < timeToTarget[m] && timeToTarget[m] < timeToTarget[1]);
Claims.That("an epoch of batches of 64 takes about as long as one of batch GD (0.5 to 2 times), an SGD epoch more than 2.7 batch-GD epochs",
    miniBatchRun.SecondsPerEpoch / gdEpochSeconds is > 0.5 and < 2 && sgdRun.SecondsPerEpoch / gdEpochSeconds > (double)reach[m]!.Value / reach[1]!.Value);
Claims.Quote("(16 epochs against the 9 of batches of 64", reach[m]!.Value, reach[64]!.Value, 64);

// 3. Exponentially weighted averages
Claims.Quote("change by 5.5 °C from one day to the next", Roughness(temperature));
Claims.Quote(@"with $\beta = 0.5$ still by 2.3 °C, with $0.9$ by 0.5 °C, with $0.98$ by 0.3 °C", 0.5, Roughness(averages[0.5]), 0.9, Roughness(averages[0.9]), 0.98, Roughness(averages[0.98]));
Claims.Quote("(peak on day 202)", PeakDay(seasonal));
Claims.Quote("the average peaks on day 203, 211 and 242", PeakDay(noiseFree[0.5]), PeakDay(noiseFree[0.9]), PeakDay(noiseFree[0.98]));
Claims.That("with β = 0.98 the noise-free average falls short of the summer maximum", noiseFree[0.98].Max() < seasonal.Max() - 0.5);
Claims.Quote("(day 193)", PeakDay(averages[0.5]));
Claims.Quote("is 0.25, 0.349 and 0.364", betas.Select(b => Math.Pow(b, 1 / (1 - b))).ToArray());
Claims.Quote("$1/e = 0.368$", 1, 1 / Math.E);

// 4. Bias correction
Claims.Quote(@"$v_1 = 0.02 \cdot 8.97 = 0.18$", 1 - b98, temperature[0], plain[0]);
Claims.Quote("$v_{50} = 1.55$", 50, plain[49]);
Claims.Quote("the days around it (days 40–60) average 4 °C", 40, 60, temperature.Skip(39).Take(21).Average());
Claims.Quote(@"$1 - \beta^t = 0.98$ and the two differ by 2 %", 1, 1 - Math.Pow(b98, 200), (corrected[199] - plain[199]) / corrected[199]);
Claims.Quote("a warm first day, 8.97 °C", temperature[0]);

// 5. Smoothing a noisy cost curve
double EpochCost(int e) => sgdRun.History.Epochs[e - 1].Cost;
Claims.Quote("0.124 at the end of epoch 60, where the epoch cost is 0.159", s99[60 * m - 1].Cost, 60, EpochCost(60));
Claims.Quote("0.506 at the end of epoch 5, where the epoch cost is already 0.420", s999[5 * m - 1].Cost, 5, EpochCost(5));
Claims.That("single-example costs reach more than 3, beyond the chart's cost axis of 1", sgdCosts.Max(p => p.Cost) > 3);

// Summary
Claims.Quote("batch GD takes α = 3, batches of 64 α = 1, SGD 0.03", tunedAlpha[m], 64, tunedAlpha[64], tunedAlpha[1]);

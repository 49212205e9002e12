// What chapter 9's text says of its outputs (run after the chapter's last cell; see tests/NotebookKit.Runner.Tests/Claims/Claims.csx).

// 1. Newton's method and what it costs
Claims.That("about ninety thousand parameters", Math.Round(n / 1e4) == 9);
Claims.Quote("would need about 64 GB", hessianGigabytes);
Claims.Quote("64 GB and about", hessianGigabytes);
Claims.That("some 7 × 10¹⁴ operations to invert", Math.Round(inversionOperations / 1e14) == 7);

// 2. L-BFGS beside gradient descent and Adam
double FinalCost(string name) => runs.Single(r => r.Name == name).Model.Cost(moonsX, moonsY);
Claims.That("with the same 150 full-batch gradients, L-BFGS ends lowest", runs.MinBy(r => r.Model.Cost(moonsX, moonsY)).Name == "L-BFGS");
Claims.Range("at a cost between 0.111 and 0.113", lbfgs.Cost);
Claims.Range("training accuracy between 95.0 % and 95.3 %", lbfgsModel.Accuracy(moonsX, moonsY));
Claims.Quote("drops below 0.2 after 31 evaluations", 0.2, lbfgsBelow ?? double.NaN);
Claims.That("the best Adam run is α = 0.1", bestAdam.Name == "Adam α = 0.1");
Claims.Quote("close (≈ 0.126, 94.7 %)", bestAdam.Model.Cost(moonsX, moonsY), bestAdam.Model.Accuracy(moonsX, moonsY));
Claims.Quote("gets below 0.2 after 43 evaluations — 1.4 times as many", 0.2, adamBelow ?? double.NaN, (double)(adamBelow ?? 0) / (lbfgsBelow ?? 1));
Claims.That("gradient descent α = 0.3 and α = 1 end near 0.3 (between 0.25 and 0.35); no gradient-descent run gets below 0.2",
    new[] { "gradient descent α = 0.3", "gradient descent α = 1" }.All(name => FinalCost(name) is > 0.25 and < 0.35)
    && runs.Where(r => r.Name.StartsWith("gradient descent")).All(r => EvaluationsBelow(r.Costs, 0.2) is null));
Claims.Quote("only α = 3 starts to leave it (≈ 0.223)", 3, FinalCost("gradient descent α = 3"));
Claims.Quote("(below 0.2 in 31, Adam's best in 43)", 0.2, lbfgsBelow ?? double.NaN, adamBelow ?? double.NaN);

// L-BFGS on mini-batches
Claims.Quote("ends at a full-batch cost of 0.196", lbfgsMiniFinal);
Claims.Quote("its own full-batch run (about 0.11)", lbfgs.Cost);
Claims.Quote("one plain step per batch (0.146)", adamMiniFinal);
Claims.Quote("swings up to 0.382", lbfgsMiniWorst);
Claims.Quote("(0.196 against 0.146)", lbfgsMiniFinal, adamMiniFinal);
Claims.Quote("On 231 of 300 batches the 5 evaluations ran out", steepestOnly, lbfgsBatches, perBatch);
Claims.Quote("steepest-descent iteration on 231 of 300 batches", steepestOnly, lbfgsBatches);
Claims.That("mini-batch L-BFGS ends above full-batch L-BFGS and mini-batch Adam", lbfgsMiniFinal > adamMiniFinal && lbfgsMiniFinal > lbfgs.Cost);

// 3. Model ensembles
double Dev(Model m) => m.Accuracy(devX, devY);
double Test(Model m) => m.Accuracy(testX, testY);
Claims.Quote("dev accuracy from 97.0 % to 98.1 %", members.Min(Dev), members.Max(Dev));
Claims.Quote("test accuracy from 93.6 % to 95.2 %", members.Min(Test), members.Max(Test));
Claims.Quote("The ensemble (97.8 % dev, 94.7 % test) beats the average member (97.5 %, 94.6 %)",
    ensemble.Accuracy(devX, devY), ensemble.Accuracy(testX, testY), members.Average(Dev), members.Average(Test));
Claims.That("the ensemble beats the average member on dev and test, not the best one on dev",
    ensemble.Accuracy(devX, devY) > members.Average(Dev) && ensemble.Accuracy(testX, testY) > members.Average(Test) && ensemble.Accuracy(devX, devY) < members.Max(Dev));
Claims.Quote("on a dev set of 362 images, 0.3 points is a single image", dev.Examples, 100.0 / dev.Examples);
Claims.Quote("label only 3.4 % of the test images differently", alikeDisagreement);
Claims.That("the members score 2 to 4 points lower on test than on dev", members.All(m => Math.Round(100 * (Dev(m) - Test(m))) is >= 2 and <= 4));
Claims.Quote("2.9 on average", 100 * (members.Average(Dev) - members.Average(Test)));
Claims.Quote("on 5.2 % of the test images against 3.4 %", diverseDisagreement, alikeDisagreement);
Claims.Quote("the mean diverse member scores 95.3 % dev and 93.6 % test against the alike members' 97.5 % and 94.6 %",
    diverse.Average(Dev), diverse.Average(Test), members.Average(Dev), members.Average(Test));
var penalized = recipes.Select((r, k) => (r.Lambda, Dev: Dev(diverse[k]))).ToArray();
Claims.That("the two members with a strong L2 penalty are the worst on dev",
    penalized.Where(p => p.Lambda > 0).Max(p => p.Dev) < penalized.Where(p => p.Lambda == 0).Min(p => p.Dev));
Claims.Quote("2.2 dev points", 100 * (diverseEnsemble.Accuracy(devX, devY) - diverse.Average(Dev)));
Claims.Quote("same on test (94.7 % each)", ensemble.Accuracy(testX, testY));
Claims.That("the two ensembles score the same on test", ensemble.Accuracy(testX, testY) == diverseEnsemble.Accuracy(testX, testY));
Claims.Quote("ahead on dev (97.8 % against 97.5 %)", ensemble.Accuracy(devX, devY), diverseEnsemble.Accuracy(devX, devY));
var bestDiverse = diverse.MaxBy(Dev)!;
var bestAlike = members.MaxBy(Dev)!;
Claims.Quote("its own best member (97.2 % dev, 93.8 % test)", Dev(bestDiverse), Test(bestDiverse));
Claims.That("the diverse ensemble beats its best member on dev and test",
    diverseEnsemble.Accuracy(devX, devY) > Dev(bestDiverse) && diverseEnsemble.Accuracy(testX, testY) > Test(bestDiverse));
Claims.Quote("seed 1, at 98.1 % dev and 94.7 % test", members.IndexOf(bestAlike) + 1, Dev(bestAlike), Test(bestAlike));
Claims.That("neither ensemble beats the best alike member on dev or test",
    new[] { ensemble, diverseEnsemble }.All(e => e.Accuracy(devX, devY) <= Dev(bestAlike) && e.Accuracy(testX, testY) <= Test(bestAlike)));
Claims.Quote("On 357 test images one image is 0.3 points", test.Examples, 100.0 / test.Examples);
Claims.Quote("disagree on 3.4 % of the test images, diverse ones", alikeDisagreement);
Claims.Quote("on 5.2 % but are weaker", diverseDisagreement);
Claims.Quote("picked on dev (98.1 % dev, 94.7 % test)", Dev(bestAlike), Test(bestAlike));

// 4. Snapshot ensembles
var snapshotTest = snapshotRun.Snapshots.Select(s => Ensemble.FromSnapshots(snapshotModel, new[] { s }).Accuracy(testX, testY)).ToArray();
Claims.Quote("(95.0 % → 96.4 % test at the fourth low point)", snapshotTest[0], snapshotTest[3]);
Claims.That("the fourth snapshot is the best on test", snapshotTest.Max() == snapshotTest[3]);
Claims.That("averaging the five gives exactly the final model's accuracies",
    snapshots.Accuracy(testX, testY) == snapshotModel.Accuracy(testX, testY) && snapshots.Accuracy(devX, devY) == snapshotModel.Accuracy(devX, devY));
Claims.Quote("98.9 % dev and 96.1 % test: no gain here", snapshotModel.Accuracy(devX, devY), snapshotModel.Accuracy(testX, testY));
Claims.Quote("only 1.2 % of the test images differently, a third of the 3.4 %", snapshotDisagreement, alikeDisagreement);
Claims.That("a third (between a quarter and a half)", snapshotDisagreement / alikeDisagreement is > 0.25 and < 0.5);
Claims.Quote("(96.1 % test against 93.6 % to 95.2 %)", snapshotModel.Accuracy(testX, testY), members.Min(Test), members.Max(Test));
Claims.Quote("disagreed on only 1.2 %", snapshotDisagreement);

// 5. Polyak averaging
var (lastScore, uniformScore, yoursScore, short99, long999) = (averaged[0], averaged[1], averaged[2], averaged[3], averaged[4]);
int lastEpochSteps = noisyRun.Iterations.Count(i => i.Epoch == noisyRun.Iterations[^1].Epoch);
var lastEpochTheta = thetaCurve.TakeLast(lastEpochSteps).Select(p => p.Cost).ToArray();
Claims.Range("in the last epoch it moves between 0.040 and 0.048", lastEpochTheta.Min());
Claims.Range("in the last epoch it moves between 0.040 and 0.048", lastEpochTheta.Max());
Claims.That("the chart's uniform mean is the library's FitOptions.PolyakAveraging mean",
    noisyRun.AveragedParameters!.All(p => (uniform.Parameters[p.Key] - p.Value).Enumerate().All(d => Math.Abs(d) < 1e-12)));
Claims.Quote("(0.0436, 0.0422 and 0.0431 against 0.0439)", uniformScore.DevCost, yoursScore.DevCost, long999.DevCost, lastScore.DevCost);
Claims.Quote("98.6 % dev accuracy against 98.3 %", uniformScore.DevAccuracy, lastScore.DevAccuracy);
Claims.That("the uniform means and β = 0.999 share that dev accuracy, one more dev image right",
    yoursScore.DevAccuracy == uniformScore.DevAccuracy && long999.DevAccuracy == uniformScore.DevAccuracy && Math.Round((uniformScore.DevAccuracy - lastScore.DevAccuracy) * dev.Examples) == 1);
Claims.Quote("(0.0447, 98.1 %)", short99.DevCost, short99.DevAccuracy);
Claims.Quote("The test accuracy is the same, 96.9 %, for all five", lastScore.TestAccuracy);
Claims.That("the test accuracy is the same for all five", averaged.All(a => a.TestAccuracy == lastScore.TestAccuracy));
foreach (var (average, curve) in tracked.Zip(averageCurves).Where(p => p.First.Decay is null or > 0.995))
{
    var lowest = curve.MinBy(p => p.Cost);
    Claims.That($"the average with β = {average.Decay?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none (uniform)"} reaches its lowest dev cost well before the end (500+ steps) and creeps up after it (0.0005+)",
        lowest.Iteration < curve[^1].Iteration - 500 && curve[^1].Cost > lowest.Cost + 0.0005);
}
Claims.That("your per-epoch mean ends as low as the library's per-step one", yoursScore.DevCost <= uniformScore.DevCost);

// 6. Transfer learning
double MeanTest(string network) => transfer.Where(t => t.Network == network).Average(t => t.Test);
double[] TestByDraw(string network) => transfer.Where(t => t.Network == network).Select(t => t.Test).ToArray();
double MeanTrain(string network) => transfer.Where(t => t.Network == network).Average(t => t.Train);
var (scratchMean, randomMean, frozenMean, fineTunedMean) =
    (MeanTest("from scratch"), MeanTest("random layer 1, frozen"), MeanTest("pretrained layer 1, frozen"), MeanTest("pretrained layer 1, fine-tuned"));
bool AheadOnEachDraw(string network, string other) => TestByDraw(network).Zip(TestByDraw(other)).All(p => p.First > p.Second);
Claims.That("W1 is bit for bit the one loaded, in both frozen networks", frozenKept);
Claims.Quote("reaches 62.8 % on the target's test images", randomMean);
Claims.Quote("on the frozen pretrained one 65.9 %", frozenMean);
Claims.That("the frozen pretrained layer beats the frozen random one on each draw", AheadOnEachDraw("pretrained layer 1, frozen", "random layer 1, frozen"));
Claims.Quote("3.2 points on average", 100 * (frozenMean - randomMean));
Claims.Quote("fit only 89.3 % of the training images", MeanTrain("pretrained layer 1, frozen"));
Claims.Quote("Against training from scratch (65.3 %)", scratchMean);
Claims.Quote("0.7 points frozen and 1.6 points fine-tuned (66.9 %)", 100 * (frozenMean - scratchMean), 100 * (fineTunedMean - scratchMean), fineTunedMean);
Claims.That("frozen and fine-tuned pretrained networks are ahead of scratch on every draw",
    AheadOnEachDraw("pretrained layer 1, frozen", "from scratch") && AheadOnEachDraw("pretrained layer 1, fine-tuned", "from scratch"));
Claims.Quote("(61.5 % to 69.2 % from scratch)", TestByDraw("from scratch").Min(), TestByDraw("from scratch").Max());
Claims.That("the gains over scratch are smaller than the spread between draws",
    Math.Max(frozenMean, fineTunedMean) - scratchMean < TestByDraw("from scratch").Max() - TestByDraw("from scratch").Min());
Claims.Quote("The source network reaches 95.0 % on its own five classes", pretrained.Accuracy(testXA, testYA));
Claims.Quote("(65.9 % against 62.8 %)", frozenMean, randomMean);
Claims.Quote("training from scratch (65.3 %) on every draw", scratchMean);

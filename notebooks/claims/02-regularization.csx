// What 02-regularization's text says of its outputs (run after the chapter's last cell).
double Dev(Model model) => model.Accuracy(devX, devY);
double TrainAccuracy(Model model) => model.Accuracy(trainX, trainY);
double TestAccuracy(Model model) => model.Accuracy(testX, testY);
bool Near(Matrix<double> actual, double[,] expected) => actual.RowCount == expected.GetLength(0) && actual.ColumnCount == expected.GetLength(1)
    && Enumerable.Range(0, actual.RowCount).All(i => Enumerable.Range(0, actual.ColumnCount).All(j => Math.Abs(actual[i, j] - expected[i, j]) <= 5e-9));

// 1. The data
Claims.Quote("Only 80 points are for training; 200 more form a dev set", trainX.ColumnCount, devX.ColumnCount);
Claims.Quote("and 200 a test set", testX.ColumnCount);

// 2. The baseline
Claims.Quote("gets 100 % of the training set right but only 83.5 %", TrainAccuracy(plain.Model), Dev(plain.Model));
Claims.Quote("a gap of 16.5 points", 100 * (TrainAccuracy(plain.Model) - Dev(plain.Model)));
Claims.Quote("100 % on train, 83.5 % on dev", TrainAccuracy(plain.Model), Dev(plain.Model));

// 3. L2
Claims.That("the course's test values: the cost to 15 significant digits",
    Math.Abs(ComputeCostWithRegularization(costA3, costY, costParameters, 0.1) - 1.7864859451590758) < 5e-15);
Claims.That("the course's test values: the printed dW3 to 8 decimals", Near(l2Grads["dW3"], new[,] { { -1.77691347, -0.11832879, -0.09397446 } }));
var l2Big = l2Runs.Single(r => r.Lambda == 3).Run.Model;
Claims.Quote("λ = 0.3 gives the best dev accuracy, 89.5 % against the baseline's 83.5 %", bestL2.Lambda, Dev(bestL2.Run.Model), Dev(plain.Model));
Claims.Quote("training accuracy falls to 86.25 %", TrainAccuracy(bestL2.Run.Model));
Claims.That("the L2 run's training accuracy is below its dev accuracy", TrainAccuracy(bestL2.Run.Model) < Dev(bestL2.Run.Model));
Claims.Quote("The sum of squared weights falls from 1459 to 26.04", SumOfSquaredWeights(plain.Model), SumOfSquaredWeights(bestL2.Run.Model));
Claims.Quote("with λ = 3 the training accuracy is 83.75 %", 3, TrainAccuracy(l2Big));
Claims.Quote("and the dev accuracy 88.5 %", Dev(l2Big));
Claims.Quote("closed most of the gap (86.25 % / 89.5 %)", TrainAccuracy(bestL2.Run.Model), Dev(bestL2.Run.Model));

// z under growing λ
var (tanhFree, tanhMiddle, tanhStrong) = (tanhRuns[0].Run.Model, tanhRuns[1].Run.Model, tanhRuns[2].Run.Model);
Claims.Quote("falls from 12.86 to 0.026", MeanAbs(HiddenZ(tanhFree, trainX)[1]), MeanAbs(HiddenZ(tanhStrong, trainX)[1]));
Claims.Quote("rises from 0.1355 to 1.0", HiddenZ(tanhFree, trainX).Average(LinearShare), HiddenZ(tanhStrong, trainX).Average(LinearShare));
Claims.Quote("from 100 % to 52.5 %", TrainAccuracy(tanhFree), TrainAccuracy(tanhStrong));
Claims.Quote("97.1 % of its", HiddenZ(tanhMiddle, trainX).Average(LinearShare));
Claims.Quote("it trains to 83.75 %", TrainAccuracy(tanhMiddle));

// 4. Dropout
Claims.That("the mean in training differs from the mean of A by less than 0.1 %", Math.Abs(meanTraining / meanA - 1) < 0.001);
Claims.That("at prediction the layer passes A through unchanged", meanPrediction == meanA);
Claims.That("the course's test values: the dropout A3 to 8 decimals", Near(dropoutA3, new[,] { { 0.36974721, 0.00305176, 0.04565099, 0.49683389, 0.36974721 } }));
Claims.That("the course's test values: the masks D1 and D2", Near(dropoutCache["D1"], new double[,] { { 1, 0, 1, 1, 1 }, { 1, 1, 1, 1, 1 } })
    && Near(dropoutCache["D2"], new double[,] { { 1, 1, 1, 0, 1 }, { 1, 1, 1, 1, 1 }, { 0, 0, 1, 1, 0 } }));
Claims.That("the course's test values: dA1 and dA2 to 8 decimals",
    Near(dropoutGrads["dA1"], new[,] { { 0.36544439, 0, -0.00188233, 0, -0.17408748 }, { 0.65515713, 0, -0.00337459, 0, 0 } })
    && Near(dropoutGrads["dA2"], new[,] { { 0.58180856, 0, -0.00299679, 0, -0.27715731 }, { 0, 0.53159854, 0, 0.53159854, -0.34089673 }, { 0, 0, -0.00292733, 0, 0 } }));
double DropoutDev(double keep1, double keep2) => Dev(dropoutRuns.Single(r => r.KeepProbs[0] == keep1 && r.KeepProbs[1] == keep2).Run.Model);
Claims.That("keepProbs [1, 0.5] is chosen on the dev set", bestDropout.KeepProbs.SequenceEqual(new[] { 1.0, 0.5 }));
Claims.Quote("gives the best dev accuracy, 90.0 %, against 86.0 % with 0.8 on both layers and 88.5 % with 0.6 on both",
    DropoutDev(1, 0.5), DropoutDev(0.8, 0.8), 0.8, DropoutDev(0.6, 0.6), 0.6);
Claims.Quote("reaches only 83.0 %, no better than the baseline", DropoutDev(0.5, 1));
Claims.That("the control [0.5, 1] is no better than the baseline on dev", DropoutDev(0.5, 1) <= Dev(plain.Model));
Claims.Quote("the dev set has 200 examples, so the step from 88.5 % to 90.0 % is 3 examples",
    devX.ColumnCount, DropoutDev(0.6, 0.6), DropoutDev(1, 0.5), (DropoutDev(1, 0.5) - DropoutDev(0.6, 0.6)) * devX.ColumnCount);
Claims.Quote("the gap to the control is 14 examples", (DropoutDev(1, 0.5) - DropoutDev(0.5, 1)) * devX.ColumnCount);
double PlacementDev(double keep1, int seed) => placementRuns.Single(r => r.KeepProbs[0] == keep1 && r.Seed == seed).Dev;
var placementGaps = new[] { 1, 2, 3 }.Select(seed => PlacementDev(1, seed) - PlacementDev(0.5, seed)).ToArray();
Claims.That("[1, 0.5] beats [0.5, 1] on each of the three dropout seeds", placementGaps.All(gap => gap > 0));
Claims.Quote("by 1 to 7 points", 100 * placementGaps.Min(), 100 * placementGaps.Max());
Claims.Quote("with means of 89.2 % against 85.5 % over the three seeds",
    new[] { 1, 2, 3 }.Average(seed => PlacementDev(1, seed)), new[] { 1, 2, 3 }.Average(seed => PlacementDev(0.5, seed)));
Claims.Quote("scores 88.0 % and 89.5 % on the other seeds", PlacementDev(1, 2), PlacementDev(1, 3));
Claims.That("seed 1's [1, 0.5] is the same run as the chosen one", PlacementDev(1, 1) == Dev(bestDropout.Run.Model));
Claims.Quote("The training accuracy is 93.75 % instead of the baseline's 100 %", TrainAccuracy(bestDropout.Run.Model), TrainAccuracy(plain.Model));
Claims.Quote("rose 140 times in 999 steps", Rises(plain.Costs), plain.Costs.Count - 1);
Claims.Quote("falls at every one of its 299 steps", dropoutOff.Count - 1);
Claims.That("gradient descent's J with dropout off never rises", Rises(dropoutOff) == 0);
Claims.Quote("rise 148 times", Rises(dropoutOn));

// 5. The test set
var (baseTest, l2Test, dropoutTest) = (TestAccuracy(plain.Model), TestAccuracy(bestL2.Run.Model), TestAccuracy(bestDropout.Run.Model));
Claims.Quote("the baseline scores 83.5 %, L2 88.0 % and dropout 88.0 %", baseTest, l2Test, dropoutTest);
Claims.Quote("83.5 % without regularization, 88.0 % with L2, 88.0 % with dropout", baseTest, l2Test, dropoutTest);
Claims.Quote("beat the baseline by 4.5 points", 100 * (l2Test - baseTest));
Claims.That("both regularized models beat the baseline on the test set by the same 4.5 points", l2Test == dropoutTest);
Claims.Quote("scores 1.5 to 2 points below its dev accuracy", 100 * (Dev(bestL2.Run.Model) - l2Test), 100 * (Dev(bestDropout.Run.Model) - dropoutTest));
Claims.Quote("a standard error of about 2.3 points", 100 * Math.Sqrt(l2Test * (1 - l2Test) / testX.ColumnCount));
Claims.Quote("L2 trains to 86.25 % and dropout to 93.75 %", TrainAccuracy(bestL2.Run.Model), TrainAccuracy(bestDropout.Run.Model));
Claims.Quote("where ours is 16.5", 100 * (TrainAccuracy(plain.Model) - Dev(plain.Model)));

// 6. Early stopping
Claims.Quote("from 0.032 at epoch 19 to 0.002 at epoch 49", best.Cost, history.BestEpoch!.Value, history.Last.Cost, history.Last.Epoch);
Claims.Quote("The dev cost reaches its minimum, 0.301, at epoch 19 and then creeps up to 0.344", best.DevCost!.Value, history.BestEpoch!.Value, history.Last.DevCost!.Value);
Claims.That("training stopped early and the restored model has the best epoch's dev cost",
    history.StoppedEarly && Math.Abs(wide.Cost(digitsDev.X, digitsDevY) - best.DevCost!.Value) < 1e-12);
Claims.Quote("goes from 23.05 after the first epoch to 26.3 at the best epoch and 28.34 at the last",
    weightNorms[0], weightNorms[history.BestEpoch!.Value], weightNorms[^1]);
Claims.That("‖W‖_F grows at every epoch", weightNorms.Zip(weightNorms.Skip(1)).All(p => p.Second > p.First));
Claims.Quote("91.2 % at epoch 19, 91.8 % at the end", best.DevAccuracy!.Value, history.BestEpoch!.Value, history.Last.DevAccuracy!.Value);
Claims.Quote("epoch 19 of 49", history.BestEpoch!.Value, history.Last.Epoch);

// 7. Data augmentation
Claims.Quote("both runs make exactly 1 000 updates", 250 * Math.Ceiling(few.Examples / 25.0));
Claims.That("both augmentation runs make the same number of updates", 250 * Math.Ceiling(few.Examples / 25.0) == 50 * Math.Ceiling(augmentedX.ColumnCount / 25.0));
var (plainMean, augmentedMean) = (meanDev["100 images"], meanDev["100 images + 400 shifted copies"]);
Claims.Quote("rises from 88.1 % to 89.9 %, about 1.8 points", plainMean, augmentedMean, 100 * (augmentedMean - plainMean));
Claims.Quote("by about 1.8 points, for the same 1 000 updates", 100 * (augmentedMean - plainMean), 250 * Math.Ceiling(few.Examples / 25.0));
var gains = new[] { 1, 2, 3 }.Select(seed => augmentation.Single(a => a.Seed == seed && a.Set != "100 images").DevAccuracy
    - augmentation.Single(a => a.Seed == seed && a.Set == "100 images").DevAccuracy).ToArray();
Claims.That("the shifted copies raise the dev accuracy on each of the three seeds", gains.All(g => g > 0));
Claims.Quote("0.7 to 2.5 points", 100 * gains.Min(), 100 * gains.Max());

// What chapter 3's text says of its outputs (run by the tests in the chapter's kernel, after its last cell).

Claims.Quote("`trainX` is 2 × 300, `trainY` is 1 × 300", trainX.RowCount, trainX.ColumnCount, trainY.RowCount, trainY.ColumnCount);

// Section 6: the course's figures, reproduced.
var zerosRun = runs.Single(r => r.Name == "zeros");
foreach (var run in runs)
{
    var expected = course[run.Name];
    Claims.That($"{run.Name}: train and test accuracy are the course's {expected.Train}, {expected.Test}",
        run.Model.Accuracy(trainX, trainY) == expected.Train && run.Model.Accuracy(testX, testY) == expected.Test);
}
foreach (var run in new[] { zerosRun, heRun })
{
    var expected = course[run.Name];
    Claims.That($"{run.Name}: the costs at iterations 0 and 14 000 agree with the course's to 1e-9",
        Math.Abs(run.CourseCost0 - expected.Cost0) < 1e-9 && Math.Abs(run.Costs[^1].Cost - expected.Cost14000) < 1e-9);
}
Claims.That("random ×10: the course's formula gives inf at iteration 0", double.IsPositiveInfinity(randomRun.CourseCost0));
Claims.Quote(@"$\ln 2 \approx 0.693$", 2, zerosRun.Costs[^1].Cost);
Claims.That("zeros: the cost never moves from ln 2", zerosRun.Costs.All(c => Math.Abs(c.Cost - Math.Log(2)) < 1e-12));
Claims.Quote("which stays finite (about 1774)", randomRun.Costs[0].Cost);
Claims.Quote("ends at 83 %", randomRun.Model.Accuracy(trainX, trainY));
Claims.Range("it lies between 0.3827 and 0.3829", randomRun.Costs[^1].Cost);
Claims.Range("(between 0.3827 and 0.3829 by", randomRun.Costs[^1].Cost);
Claims.Quote("falls steadily to 0.073579", heRun.Costs[^1].Cost);
Claims.Quote("train accuracy reaches 99.3 %", heRun.Model.Accuracy(trainX, trainY));
Claims.Quote("reaches 99 % on the circles", heRun.Model.Accuracy(trainX, trainY));

// Section 6: the decision boundaries, and the zero and constant starts.
Claims.That("make_circles' label 1 is the inner circle",
    Enumerable.Range(0, 300).Where(j => trainY[0, j] == 1).Average(j => trainX.Column(j).L2Norm())
    < Enumerable.Range(0, 300).Where(j => trainY[0, j] == 0).Average(j => trainX.Column(j).L2Norm()));
Claims.Quote("all 150 inner points wrong", missed["zeros"].Inner);
Claims.Quote("6 of its 150 points wrong", missed["random ×10"].Inner, 150);
Claims.Quote("misclassifies 45 of the 150 points of the outer circle", missed["random ×10"].Outer, 150);
Claims.Quote("He misses 1 point of each circle", missed["He"].Outer);
Claims.That("He misses 1 inner point", missed["He"].Inner == 1);
Claims.That("at the zero start dW1, db1, dW2, db2 and dW3 are exactly 0", largestBelowOutput == 0);
Claims.That("at the zero start db3 is 0 up to rounding, below 1e-17", zerosGradients["b3"] < 1e-17);
Claims.That("half of the training labels are 1", trainY.Enumerate().Sum() == 150);
Claims.That("after a constant start the rows of W1 and of W2 are still identical", rowSpreads.All(s => s == 0));
Claims.Quote("reaches only 58 % on the training set", constantAccuracy);

// Section 7: five layers of 100 units.
var bySetting = experiments.ToDictionary(e => e.Name, e => e.Layers);
var (std1, small, xavier, he) = (bySetting["sigmoid, std 1"], bySetting["sigmoid, std 0.01"], bySetting["sigmoid, Xavier √(1/n)"], bySetting["ReLU, He √(2/n)"]);
Claims.That("sigmoid, std 1: half of A[5] is within 0.01 of 0 or 1", Math.Abs(std1[4].FractionSaturated!.Value - 0.5) < 0.01);
Claims.Quote("still about 0.012 in $A^{[5]}$", small[4].StandardDeviation, 5);
Claims.Quote("falls from 0.025 in $A^{[1]}$ to 9.5 × 10⁻⁹ in $A^{[5]}$", small[0].SpreadAcrossExamples, 1, small[4].SpreadAcrossExamples, 5);
Claims.That("sigmoid, std 0.01: the histograms of A[2] to A[5] are two or three bars",
    small.Skip(1).All(l => l.Histogram.Counts.Count(c => c > 0) is 2 or 3));
Claims.Quote("(0.21 in $A^{[1]}$, 0.12 in $A^{[5]}$)", xavier[0].StandardDeviation, 1, xavier[4].StandardDeviation, 5);
Claims.Quote("falls from 0.21 to 0.0006 in $A^{[5]}$", xavier[0].SpreadAcrossExamples, xavier[4].SpreadAcrossExamples, 5);
Claims.That("sigmoid, Xavier: in A[5] a unit varies across examples by far less than a histogram bin (1/30)", xavier[4].SpreadAcrossExamples < 1.0 / 30 / 10);
Claims.That("sigmoid, Xavier: A[5]'s histogram has spikes of whole thousands", xavier[4].Histogram.Counts.Count(c => c > 0 && c % 1000 == 0) >= 3);
Claims.Quote("divides the signal by about 4", Math.Pow(xavier[0].SpreadAcrossExamples / xavier[4].SpreadAcrossExamples, 1.0 / 4));
Claims.Quote("(51 % of $A^{[5]}$ is exactly", he[4].FractionDead!.Value, 5);
Claims.Range("stays between 0.82 and 1.0", he.Min(l => l.StandardDeviation));
Claims.Range("stays between 0.82 and 1.0", he.Max(l => l.StandardDeviation));
Claims.Quote("falls only from 0.83 to 0.55", he[0].SpreadAcrossExamples, he[4].SpreadAcrossExamples);

// Section 8: the deep linear network, then 8 layers of 50 units.
Claims.Quote("≈ 1.9 × 10⁵ times the input", linearSeries[0].Y[^1] / x0.L2Norm());
Claims.Quote("≈ 9.3 × 10⁻¹⁰ times", linearSeries[2].Y[^1] / x0.L2Norm());
var bySignal = signals.ToDictionary(s => s.Name);
double ForwardRatio(string name) => bySignal[name].Norms[6].A / bySignal[name].Norms[0].A;
double BackwardRatio(string name) => bySignal[name].Norms[0].DA / bySignal[name].Norms[6].DA;
double DWRatio(string name) => bySignal[name].DW.Max() / bySignal[name].DW.Min();
Claims.Quote("is 1.3 × 10⁴ times", ForwardRatio("ReLU, std 1"));
Claims.Quote("is 1.0 × 10⁴ times", BackwardRatio("ReLU, std 1"));
Claims.Quote("vary only by a factor 2.72", DWRatio("ReLU, std 1"));
Claims.Quote("(forward 0.81, backward 0.65)", ForwardRatio("ReLU, He"), BackwardRatio("ReLU, He"));
Claims.Quote("forward 0.55, backward 0.58", ForwardRatio("tanh, Xavier"), BackwardRatio("tanh, Xavier"));
Claims.That("sigmoid, Xavier: forward the norm stays within 20 % of its size", Math.Abs(ForwardRatio("sigmoid, Xavier") - 1) < 0.2);
Claims.Quote("is 2.3 × 10⁻⁴ of", BackwardRatio("sigmoid, Xavier"));
Claims.Quote("spread over a factor 2.96 × 10⁶", DWRatio("sigmoid, Xavier"));
Claims.Quote("(1.3 × 10⁻⁷)", ForwardRatio("tanh, std 0.01"));
Claims.Quote("(1.6 × 10⁻⁷)", BackwardRatio("tanh, std 0.01"));

// Section 9: the funnel.
var byInit = funnelRuns.ToDictionary(r => r.Name);
double Forward(string name) => byInit[name].A[^1] / byInit[name].A[0];
double Backward(string name) => byInit[name].DA[0] / byInit[name].DA[^1];
Claims.Quote("(rms ratio 0.5:", Forward("Xavier"));
Claims.Quote("falls to 0.0818 of its size", Backward("Xavier"));
Claims.Quote("keeps 0.2511", Backward("Glorot"));
Claims.That("Glorot's backward signal keeps three times Xavier's", Math.Round(Backward("Glorot") / Backward("Xavier")) == 3);
Claims.Quote("grows by 1.82", Forward("Glorot"));
Claims.Quote("forward signal best here (0.9)", Forward("He"));
Claims.Quote("backward one at 0.2166", Backward("He"));
Claims.That("He keeps the forward signal closest to its size in the funnel", new[] { "Xavier", "Glorot" }.All(name => Math.Abs(Math.Log(Forward("He"))) < Math.Abs(Math.Log(Forward(name)))));

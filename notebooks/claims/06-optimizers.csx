// Section 1: SGD on the round and on the elongated bowl.
Claims.That("SGD on the round bowl: f is below 10⁻¹¹ after 10 steps", fRound < 1e-11);
Claims.Quote("$f$ is still 0.013327", fLong);

// Section 3: six rules on the elongated bowl, beside the book's own optimizers.
foreach (var path in paths)
{
    var (tolerance, quoted) = path.Name == "Adam" ? (2e-5, "2 × 10⁻⁵") : (5e-6, "5 × 10⁻⁶");
    Claims.That($"{path.Name} ends within {quoted} of the book's position",
        Math.Abs(path.X[^1] - bookEnd[path.Name].X) <= tolerance && Math.Abs(path.Y[^1] - bookEnd[path.Name].Y) <= tolerance);
}
var adamPath = paths.Single(p => p.Name == "Adam");
Claims.Quote("moves $x$ by 8 × 10⁻⁶", Math.Abs(adamPath.X[^1] - bookEnd["Adam"].X));
var adaGradPath = paths.Single(p => p.Name == "AdaGrad");
var rmsPropPath = paths.Single(p => p.Name == "RMSProp");
Claims.Quote(@"$(-7, 2) \to (-5.5, 0.5)$", adaGradPath.X[0], adaGradPath.Y[0], adaGradPath.X[1], adaGradPath.Y[1]);
Claims.Quote(@"$(-7, 2) \to (-6, 1)$", rmsPropPath.X[0], rmsPropPath.Y[0], rmsPropPath.X[1], rmsPropPath.Y[1]);
Claims.Quote("($f$ = 0.047937 against 0.013327)", fEnd["Momentum"], fEnd["SGD"]);
Claims.Quote("ends closer ($f$ = 0.023779)", fEnd["Nesterov"]);
Claims.Quote("$f = 0.000722$", fEnd["AdaGrad"]);
Claims.That("AdaGrad ends nearest the minimum of all six", fEnd.MinBy(e => e.Value).Key == "AdaGrad");
Claims.Quote("($f = 0.102$)", fEnd["Adam"]);

// Section 4: the saddle.
Claims.Quote("$y$ grows by only 10 % a step", saddlePaths[0].Y[2] / saddlePaths[0].Y[1] - 1);
Claims.That("SGD is still near the ridge y = 0 after 60 steps", Math.Abs(saddlePaths[0].Y[^1]) < 0.1);
Claims.That("Momentum leaves the ridge for the minimum at (0, 1)", saddlePaths[1].Y[^1] > 0.8);

// Section 5: the double well.
Claims.Quote(@"$x \approx 1.332$ ($h \approx -0.588$)", wellPaths[0].X[^1], well.F(wellPaths[0].X[^1], wellPaths[0].Y[^1]));
Claims.Quote(@"$x \approx -1.484$ ($h \approx -1.435$)", wellPaths[1].X[^1], well.F(wellPaths[1].X[^1], wellPaths[1].Y[^1]));
Claims.Quote("the nearest minimum, $x = 1.332$", wellPaths[0].X[^1]);
Claims.Quote("deeper minimum at $x = -1.484$", wellPaths[1].X[^1]);
Claims.Quote("also stops at $x = 1.332$", fromCloser.X[^1]);

// Section 6: the three conventions.
Claims.That("at a constant α the three conventions take the same steps", Gap(average, sum) < 1e-12 && Gap(inside, sum) < 1e-12);
Claims.Quote("8.8 times as far", stepCs231n / stepTorch);

// Section 7: Adam's bias correction.
var stepWithout = rows.ToDictionary(r => r.t, r => r.v / Math.Sqrt(r.s));
Claims.Quote(@"$0.1/\sqrt{0.001} \approx 3.16$", rows[0].v, rows[0].s, stepWithout[1]);
Claims.That("over six times too long around step 20", stepWithout[20] > 6);
Claims.That("with the correction every step is exactly α long", rows.All(r => Math.Abs(r.vHat / Math.Sqrt(r.sHat) - 1) < 1e-12));

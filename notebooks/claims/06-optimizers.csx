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
var pathOf = paths.ToDictionary(p => p.Name);
int FirstPastZero(Series path) => Enumerable.Range(0, path.X.Count).First(i => path.X[i] > 0);
Claims.That("Momentum passes x = 0 at step 24", FirstPastZero(pathOf["Momentum"]) == 24);
Claims.Quote("at $x = 0.896$", pathOf["Momentum"].X[^1]);
Claims.That("Momentum is still moving away from the minimum after 30 steps", pathOf["Momentum"].X[^1] > pathOf["Momentum"].X[^2]);
Claims.Quote("($f$ = 0.047937 against 0.013327)", fEnd["Momentum"], fEnd["SGD"]);
Claims.That("from step 16 on Nesterov's y stays within 0.1 of the valley floor", pathOf["Nesterov"].Y.Skip(16).All(y => Math.Abs(y) < 0.1));
Claims.That("Nesterov too passes x = 0 at step 24", FirstPastZero(pathOf["Nesterov"]) == 24);
Claims.Quote("ends at $x = 0.690$, closer ($f$ = 0.023779)", pathOf["Nesterov"].X[^1], fEnd["Nesterov"]);
Claims.Quote("$f = 0.000722$", fEnd["AdaGrad"]);
Claims.That("AdaGrad ends nearest the minimum of all six", fEnd.MinBy(e => e.Value).Key == "AdaGrad");
Claims.That("Adam's first steps move each coordinate by about α = 0.3",
    Math.Abs(Math.Abs(pathOf["Adam"].X[1] - pathOf["Adam"].X[0]) - 0.3) < 0.01 && Math.Abs(Math.Abs(pathOf["Adam"].Y[1] - pathOf["Adam"].Y[0]) - 0.3) < 0.01);
Claims.That("Adam reaches x = 0 only at step 29", FirstPastZero(pathOf["Adam"]) == 29);
Claims.Quote("still 0.32 above the valley floor ($f = 0.102$)", pathOf["Adam"].Y[^1], fEnd["Adam"]);
Claims.That("Adam ends last on the bowl", fEnd.MaxBy(e => e.Value).Key == "Adam");

// Section 3, second run: AdaGrad stalls, RMSProp keeps moving.
Claims.Quote("to $x = -2.383$ ($f = 0.618$)", adaGradStalls.X[^1], flat.F(adaGradStalls.X[^1], adaGradStalls.Y[^1]));
Claims.That("AdaGrad covers just over half the way along x in 20 steps", Math.Abs(adaGradStalls.X[^1]) is < 2.5 and > 2.0);
Claims.Quote("falls from 0.4 to 0.13", RateAlongX(adaGradStalls, 1), RateAlongX(adaGradStalls, 20));
Claims.Quote("falls only from 1 to 0.49", Math.Abs(flat.Gradient(adaGradStalls.X[0], 0).Dx), Math.Abs(flat.Gradient(adaGradStalls.X[19], 0).Dx));
Claims.Quote("from 1.265 to 1.96", RateAlongX(rmsPropMoves, 1), RateAlongX(rmsPropMoves, 20));
Claims.Quote("ends at $x = -0.0106$", rmsPropMoves.X[^1]);
Claims.Quote("f = 1.1 × 10⁻⁵", flat.F(rmsPropMoves.X[^1], rmsPropMoves.Y[^1]));

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
Claims.That("the converted runs differ by less than 10⁻¹⁵", Gap(average, sum) < 1e-15 && Gap(inside, sum) < 1e-15);
Claims.That("the sum with α = 0.5 crosses x = 0 at step 8", FirstPastZero(sumSameRate) == 8);
Claims.Quote("overshoots to x ≈ 3.3", sumSameRate.X.Max());
Claims.Quote("8.8 times as far", stepCs231n / stepTorch);
Claims.Quote("$y$ goes 2 → 1.6 against 2 → 1.96", torch.Y[0], torch.Y[1], course.Y[0], course.Y[1]);
Claims.That("torch's first step is ten times the course's", Math.Abs((torch.Y[1] - torch.Y[0]) / (course.Y[1] - course.Y[0]) - 10) < 1e-9);
Claims.Quote("after 3 steps torch's $x$ is 0.17 ahead", 3, torch.X[3] - course.X[3]);

// Section 7: Adam's bias correction.
var stepWithout = rows.ToDictionary(r => r.t, r => r.v / Math.Sqrt(r.s));
Claims.Quote(@"$0.1/\sqrt{0.001} \approx 3.16$", rows[0].v, rows[0].s, stepWithout[1]);
Claims.That("over six times too long around step 20", stepWithout[20] > 6);
Claims.That("with the correction every step is exactly α long", rows.All(r => Math.Abs(r.vHat / Math.Sqrt(r.sHat) - 1) < 1e-12));

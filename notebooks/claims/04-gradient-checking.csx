// What 04-gradient-checking's text says of its outputs (run after the chapter's last cell).
const double courseBuggyDifference = 0.2850931567761623;

// 1. Two-sided or one-sided
Claims.Quote("slope 1 for the one-sided difference", Slope(OneSided));
Claims.Quote("slope 2 for the two-sided one", Slope(TwoSided));
Claims.That("at ε = 1e-13 both errors lie between 1e-4 and 1e-3",
    new[] { OneSided(1e-13), TwoSided(1e-13) }.All(error => error > 1e-4 && error < 1e-3));
Claims.Quote("with errors of 1.1 × 10⁻¹¹ and 2.8 × 10⁻¹¹ there", TwoSided(1e-5), TwoSided(1e-6));
Claims.Quote("the sweep's lowest point, 3.8 × 10⁻¹³ at ε = 5.6 × 10⁻⁶", twoSidedBest, twoSidedBestAt);
Claims.Quote("never does better than 2.5 × 10⁻⁹ (at ε = 5.6 × 10⁻⁹)", oneSidedBest, oneSidedBestAt);
Claims.Quote("1.9 × 10⁻¹⁰, is already all roundoff (the truncation part is 9.0 × 10⁻¹⁶)", TwoSided(1e-7), 1e-14 * Math.Cos(1) / 6);

// 2. One dimension
Claims.That("both 1-D differences are far below 1e-7", GradientCheck(2, 4, 1e-7) < 1e-8 && GradientCheck(3, 4, 1e-7) < 1e-8);

// 3. N dimensions
Claims.Quote("over all 47 entries", thetaVector.Length);
Claims.That("0.285 is the planted bugs' difference", Math.Abs(buggyDifference - 0.285) < 0.0005);
Claims.Quote("between 44 % and 80 % of the true gradient", 2 * d / (1 + d), 2 * d / (1 - d));
Claims.Quote("measured, 69 % (0.686)", wrongPart, wrongPart);
Claims.That("the measured wrong part lies inside the bounds", wrongPart >= 2 * d / (1 + d) && wrongPart <= 2 * d / (1 - d));
Claims.That("these bugs scale gradients up: ‖g‖ > ‖g̃‖", gBuggy.L2Norm() > gTrue.L2Norm());

// 4. The library's check
Claims.That("GradientCheckN agrees with the course's 0.2850931567761623 to better than 1e-10", Math.Abs(buggyDifference - courseBuggyDifference) < 1e-10);
Claims.That("the library agrees with the course's 0.2850931567761623 to better than 1e-8", Math.Abs(buggyResult.Difference - courseBuggyDifference) < 1e-8);
var byName = buggyResult.Breakdown.ToDictionary(p => p.Name, p => p.Difference);
Claims.That("the breakdown flags exactly b1 and W2", buggyResult.Verdict == GradientVerdict.Bug
    && buggyResult.Breakdown.Where(p => p.Difference > 1e-3).Select(p => p.Name).ToHashSet().SetEquals(new[] { "b1", "W2" }));
var noise = buggyResult.Breakdown.Where(p => p.Name != "b1" && p.Name != "W2").Select(p => p.Difference).ToArray();
Claims.Quote("between 6.5 × 10⁻¹¹ and 1.5 × 10⁻⁹", noise.Min(), noise.Max());
Claims.That("db1 × 4 scores 3/5 = 0.6 and dW2 × 2 scores 1/3", Math.Abs(byName["b1"] - 0.6) < 1e-6 && Math.Abs(byName["W2"] - 1.0 / 3) < 1e-6);
Claims.That("the library's message names b1 first", buggyResult.Worst.Name == "b1" && buggyResult.Message.Contains("db1"));
Claims.That("the repaired backprop gives the library's gradients", GradientCheckingExercises.CourseGradients(parameters, X, Y, plantedBugs: false)
    .All(p => (repairedGradients[p.Key] - p.Value).Enumerate().All(v => Math.Abs(v) < 1e-12)));
Claims.Quote("your `GradientCheckN` scores about 1.2 × 10⁻⁷", fixedDifference);
Claims.That("the repaired check is within the course's 2e-7 of its 1.1890913024229996e-07 and in the second band",
    Math.Abs(fixedDifference - 1.1890913024229996e-07) < GradientCheckingExercises.NDimensionalTolerance / 2 && fixedDifference > 1e-7 && fixedDifference < 1e-5);
Claims.Quote("but the library 1.0 × 10⁻⁹", fixedResult.Difference);
Claims.That("the library's check of the correct backprop is in the first band", fixedResult.Verdict == GradientVerdict.Correct);
var fixedByEpsilon = epsilons.Zip(fixedChecks).ToDictionary(p => p.First, p => p.Second.Difference);
double middle = fixedByEpsilon.Where(p => p.Key <= 1e-5 && p.Key >= 1e-7).Min(p => p.Value);
Claims.That("the fixed backprop's difference is smallest in the middle of the ε range", middle < fixedByEpsilon[1e-3] && middle < fixedByEpsilon[1e-9]);
Claims.That("the buggy one stays at 0.285 for every ε", buggyByEpsilon.All(v => Math.Abs(v - 0.285) < 0.0005));

// 5. Practical advice
Claims.Quote("On this network of 897 parameters one check runs 2n = 1 794 forward passes", n, 2 * n);
Claims.That("timed, one check costs several hundred backprops or more", checkSeconds / backpropSeconds > 300);
Claims.That("with the penalty in both the cost and the gradient the check passes", l2Result.Verdict == GradientVerdict.Correct);
Claims.That("leaving λW/m out is flagged as a bug, on the W's only", forgotL2.Verdict == GradientVerdict.Bug
    && forgotL2.Breakdown.Where(p => p.Difference > 1e-3).Select(p => p.Name).ToHashSet().SetEquals(new[] { "W1", "W2", "W3" }));
Claims.That("with the masks fixed, the network with dropout passes at the level of roundoff", maskedResult.Verdict == GradientVerdict.Correct);
Claims.That("a dropout backward step that forgets ÷ keepProb is flagged as a bug", forgotKeepProb.Verdict == GradientVerdict.Bug);
Claims.That("the flipped db3 scores 1 and every other parameter noise", signResult.Breakdown.Single(p => p.Name == "b3").Difference > 0.999999
    && signResult.Breakdown.Where(p => p.Name != "b3").All(p => p.Difference < 1e-5));

// Appendix A
string Repr(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
Claims.That("the course's recipe gives the course's 2.919335883291695e-10 and 7.814075313343006e-11 bit for bit",
    Difference(2, recipes[0].Course) == 2.919335883291695e-10 && Difference(3, recipes[1].Course) == 7.814075313343006e-11);
Claims.That("g̃ = 2.0000000011677344 and 2.9999999995311555 by the course's recipe, 2.0000000011677344 and 3.0000000017516015 by the other",
    Repr(recipes[0].Course) == "2.0000000011677344" && Repr(recipes[1].Course) == "2.9999999995311555"
    && Repr(recipes[0].Other) == "2.0000000011677344" && Repr(recipes[1].Other) == "3.0000000017516015");
Claims.Quote("misses $g$ by 1.2 × 10⁻⁹ and 4.7 × 10⁻¹⁰", Math.Abs(recipes[0].Course - 2), Math.Abs(recipes[1].Course - 3));
Claims.Quote("scores 2.9e-10 for both", Difference(2, recipes[0].Other));
Claims.That("the other recipe scores the same difference for x = 2 and x = 3", Difference(2, recipes[0].Other) == Difference(3, recipes[1].Other));

// Appendix B
Claims.That("z[3] = 6.79 and a = 0.99887 for the third example", Math.Abs(z - 6.79) < 0.005 && Math.Abs(a - 0.99887) < 0.000005);
Claims.Quote("−6.788452299712394 through", Math.Log(1 - a));
Claims.Quote("−6.788452299712443 from", -z - Math.Log(1 + Math.Exp(-z)));
Claims.Quote("The two costs, 2.407833389834357 the course's way and 2.4078333898343733 from the logits, differ by 1.6 × 10⁻¹⁴", costCourse, costLogits, Math.Abs(costCourse - costLogits));
Claims.Quote("that is 8.2 × 10⁻⁸", Math.Abs(costCourse - costLogits) / 2e-7);

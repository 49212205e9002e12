// What 01-setting-up.ipynb's text says of its outputs (run by the tests after the chapter's last cell).

// 1. Train, dev and test sets
long Examples(int row, double share) => (long)Math.Round(share * rules[row].M);
double aside60 = Examples(1, rules[1].Dev) + Examples(1, rules[1].Test), aside98 = Examples(2, rules[2].Dev) + Examples(2, rules[2].Test);
Claims.Quote("sets 400 000 examples aside", aside60);
Claims.Quote("20 times the 20 000 of 98/1/1 (10 000 dev and 10 000 test examples", aside60 / aside98, aside98, 98, 1, 1, Examples(2, rules[2].Dev), Examples(2, rules[2].Test));
Claims.Quote("keeps 980 000 for learning", Examples(2, rules[2].Train));

Claims.Quote("within 0.13 points", new[] { train, dev, test }.Max(LargestGap));
Claims.Quote("off by up to 3.5 points in dev and test", Math.Max(LargestGap(plainDev), LargestGap(plainTest)));
Claims.Quote("13.4 % zeros and 7.8 % nines in the plain test set", Share(plainTest, 0), Share(plainTest, 9));
Claims.Quote("against 9.9 % and 10.0 % overall, 13.6 % fives in the plain dev set", Share(digits, 0), Share(digits, 9), Share(plainDev, 5));
Claims.Quote("dev and test have 362 and 357 examples", dev.Examples, test.Examples);
Claims.Quote("plain split has 360 and 359", plainDev.Examples, plainTest.Examples);
Claims.Quote("would leave 18 dev examples", tinyDev.Examples);
Claims.Quote("moves the dev error by 5.6 points", 100.0 / tinyDev.Examples);

// 2. Bias and variance: the lecture's verdicts, with e* = 0 and e* = 15 %
Claims.That("with e* = 0 the library gives the lecture's four verdicts", clearImages.Select(d => d.VerdictText).SequenceEqual(lectureCases.Select(c => c.Lecture)));
string[] blurryVerdicts = { "none: the dev error is below the base error", "low bias and low variance", "high variance", "none: the dev error is below the base error" };
Claims.That("with e* = 15 % 15 %/16 % is a good model, 15 %/30 % high variance, and the rows with a dev error below e* get no verdict", blurryImages.Select(d => d.VerdictText).SequenceEqual(blurryVerdicts));

// 4. High bias and high variance for real
Claims.Quote("half the training examples are wrong (50.4 %)", tooSmall.TrainError);
Claims.Quote("The avoidable bias is 50 points; the 3.5 points of variance", 100 * tooSmall.AvoidableBias, 100 * tooSmall.Variance);
Claims.That("the 2-unit network's verdict is both", tooSmall.Verdict == BiasVarianceVerdict.HighBiasAndHighVariance);
Claims.Quote("The training error is 12.5 %, the dev error 12.2 % — even 0.4 points lower", tooShort.TrainError, tooShort.DevError, 100 * (tooShort.TrainError - tooShort.DevError));
Claims.That("the 10-epoch run is high bias", tooShort.Verdict == BiasVarianceVerdict.HighBias);
Claims.Quote("every training example is right (0 %) but 7.5 % of the dev examples", fewExamples.TrainError, fewExamples.DevError);
Claims.Quote("0 % training error and 1.4 % dev error", fixes[0].TrainError, fixes[0].DevError);
Claims.That("the bias fix is low bias and low variance", fixes[0].Verdict == BiasVarianceVerdict.Neither);
Claims.Quote("lowers the dev error from 7.5 % to 5.8 %", fewExamples.DevError, fixes[1].DevError);
Claims.Quote("to 4.7 %, while the training error stays at 0 %", fixes[2].DevError, fixes[2].TrainError);
Claims.That("the training error stays at 0 with λ = 1 and λ = 3", fixes[1].TrainError == 0 && fixes[2].TrainError == 0);
Claims.Quote("bring the dev error to 1.4 %", fixes[3].DevError);

// The learning curve
double DevAt(int m) => curve[Array.IndexOf(sizes, m)].DevError;
Claims.That("the 32-unit network's training error is 0 at every size", curve.All(d => d.TrainError == 0));
Claims.Quote("It falls from 24.6 % with 25 examples to 7.5 % with 100", DevAt(25), 25, DevAt(100), 100);
Claims.Quote("about 1 % from 800 on", DevAt(800), 800);
Claims.Quote("about 1 % from 800 on", DevAt(1078), 800);
Claims.Quote("4.4 % at 400 after 3.9 % at 200", DevAt(400), 400, DevAt(200), 200);
Claims.Quote("1.4 % at 1 078 after 1.1 % at 800", DevAt(1078), 1078, DevAt(800), 800);
Claims.Quote("one dev example is 0.28 points", 100.0 / devX.ColumnCount);
Claims.Quote("a 362-example dev set", devX.ColumnCount);
Claims.Quote("(40 % → 47 % → 50.4 %)", smallCurve[0].TrainError, smallCurve[1].TrainError, smallCurve[2].TrainError);
Claims.Quote("falls only from 60.5 % to 53.9 %", smallCurve[0].DevError, smallCurve[2].DevError);
Claims.That("the 2-unit curves end above 50 %", smallCurve[^1].TrainError > 0.5 && smallCurve[^1].DevError > 0.5);

// 5. Normalizing inputs
Claims.Quote("off by up to 0.24", (devX.RowSums() / devX.ColumnCount).AbsoluteMaximum());
Claims.Quote("(−0.790 instead of −0.828 for the same value)", devOwn[20, 0], devX[20, 0]);
Claims.That("three pixels are always 0 on the training set", standardizer.ConstantFeatures.Count == 3);

Claims.Quote("$w^* = (1.068, -2.048)$", w1Star, w2Star);
Claims.Quote("moves the minimum to $(1.068, -0.205)$", w1Star, w2Star / 10);
Claims.Quote(@"(to $w_2 \approx -1.8$)", elongatedPath.Y[1]);
Claims.Quote("has only crept to about 0.16", elongatedPath.X[^1]);
string[] scaledSteps = alphas.Select(a => StepsToMinimum(elongated, a, (-1.5, 0.15))).ToArray();
string[] roundSteps = alphas.Select(a => StepsToMinimum(round, a, (-1.5, 1.5))).ToArray();
double StepsAt(string[] steps, double alpha) => double.Parse(steps[Array.IndexOf(alphas, alpha)], System.Globalization.CultureInfo.InvariantCulture);
Claims.Quote("= 0.1 or 0.3 (373 and 126 steps)", 0.1, 0.3, StepsAt(scaledSteps, 0.1), StepsAt(scaledSteps, 0.3));
Claims.That("the scaled problem converges only for α = 0.1 and 0.3", scaledSteps.Select((s, k) => s != "> 500" == (alphas[k] is 0.1 or 0.3)).All(ok => ok));
Claims.That("the standardized problem converges for every α from 0.3 to 10", alphas.Select((a, k) => a < 0.3 || roundSteps[k] != "> 500").All(ok => ok));
Claims.Quote("needs just 13–17 steps", StepsAt(roundSteps, 10), StepsAt(roundSteps, 3));
Claims.That("13–17 are the fewest and most steps at α = 3 and 10", new[] { 3.0, 10 }.Select(a => StepsAt(roundSteps, a)).Order().SequenceEqual(new double[] { 13, 17 }));
Claims.That("at α = 0.1 and 0.3 the scaled problem is the faster one", new[] { 0.1, 0.3 }.All(a => roundSteps[Array.IndexOf(alphas, a)] == "> 500" || StepsAt(scaledSteps, a) < StepsAt(roundSteps, a)));

// Summary
Claims.Quote("(50 % training error)", tooSmall.TrainError);
Claims.Quote("a 10-epoch run (12.5 %)", 10, tooShort.TrainError);
Claims.Quote("(0 % / 1.4 %)", fixes[0].TrainError, fixes[0].DevError);
Claims.Quote("(0 % / 7.5 %)", fewExamples.TrainError, fewExamples.DevError);
Claims.Quote("which L2 reduced to 4.7 % and more data to 1.4 %", fixes[2].DevError, fixes[3].DevError);

// What the text of 08-hyperparameter-tuning says of its outputs (run after the chapter's last cell).

// 2 · random rather than a grid
var differingAlphas = byGridAlpha.Where(g => g.Min(t => t.Score) != g.Max(t => t.Score)).ToArray();
Claims.That("At four of the grid's five values of α, all five values of ε give exactly the same dev accuracy", byGridAlpha.Length == 5 && differingAlphas.Length == 1);
Claims.Quote("only at α = 0.1 do they differ (89.5 % to 92.3 %)", differingAlphas[0].Key, differingAlphas[0].Min(t => t.Score), differingAlphas[0].Max(t => t.Score));
Claims.Quote("α ≈ 0.055, scores 97.24 % against the grid's best 96.41 % (α = 0.01)",
    random.Best.Settings["alpha"], random.Best.Score, grid.Best.Score, grid.Best.Settings["alpha"]);
Claims.That("three more dev images right", Math.Round((random.Best.Score - grid.Best.Score) * dev.Examples) == 3);
var gridBest = gridCurve.Select(g => g.Max(t => t.Score)).ToArray();
Claims.That("the grid: bad at 1e-4, fair at 1e-3, good at 1e-2 and 1e-1, useless at 1",
    gridBest[0] < 0.2 && gridBest[1] is > 0.5 and < 0.8 && gridBest[2] > 0.9 && gridBest[3] > 0.9 && gridBest[4] < 0.2);
Claims.That("the dev accuracy climbs steeply between about 0.0005 and 0.005, stays near 95–97 % from about 0.005 to 0.09",
    randomCurve.Where(t => t.Settings["alpha"] < 0.0005).All(t => t.Score < 0.5)
    && randomCurve.Where(t => t.Settings["alpha"] is >= 0.006 and <= 0.09).All(t => t.Score is >= 0.945 and < 0.975));
Claims.Quote("97.0 % at α ≈ 0.087, 23.5 % at α ≈ 0.14", edge.First.Score, edge.First.Settings["alpha"], edge.Second.Score, edge.Second.Settings["alpha"]);

// 3 · the right scale
var logCounts = Enumerable.Range(0, 4).Select(d => logAlpha.Count(a => Decade(a) == d)).ToArray();
Claims.Quote("(902 of 1 000 α in", uniformAlpha.Count(a => Decade(a) == 3), 1000);
Claims.That("one single α below 1e-3", uniformAlpha.Count(a => a < 1e-3) == 1);
Claims.Quote("put 234 to 283 in each", logCounts.Min(), logCounts.Max());
Claims.Quote("puts only 8.9 % of the draws above 0.99", uniformBeta.Count(b => b >= 0.99) / 1000.0, 0.99);
Claims.Quote("and the log scale 52.9 %", logBeta.Count(b => b >= 0.99) / 1000.0);

// 5 · coarse to fine
Claims.That("Round 1 spread its trials over nearly four decades of α and of λ",
    new[] { "alpha", "lambda" }.All(name => Math.Log10(rounds[0].Max(t => t.Settings[name]) / rounds[0].Min(t => t.Settings[name])) is > 3.3 and < 4));
Claims.Quote("its median trial reached only 66.9 %", medians[0]);
Claims.Quote("Its best four sat at α between 0.2806 and 0.7343 and λ between 0.000208 and 0.7766",
    boxAlpha.Low, boxAlpha.High, boxLambda.Low, boxLambda.High);
Claims.Quote("which fell at α from 0.3081 to 0.6027 and λ from 0.000655 to 0.379", drawnAlpha.Low, drawnAlpha.High, drawnLambda.Low, drawnLambda.High);
Claims.That("round 2 drew inside the box", rounds[1].All(t => t.Settings["alpha"] >= boxAlpha.Low && t.Settings["alpha"] <= boxAlpha.High
    && t.Settings["lambda"] >= boxLambda.Low && t.Settings["lambda"] <= boxLambda.High));
Claims.That("on α the box is less than half a decade, on λ more than three decades",
    Math.Log10(boxAlpha.High / boxAlpha.Low) < 0.5 && Math.Log10(boxLambda.High / boxLambda.Low) > 3);
Claims.Quote("Round 2's median rose to 93.6 %", 2, medians[1]);
Claims.Quote("Its best trial, 96.13 %, is not better than round 1's best, 96.96 %", bests[1], 1, bests[0]);
Claims.Quote("with 5 epochs and 362 dev images", 5, dev.Examples);

// 6 · panda and caviar
Claims.Quote("(0.0877 against 0.0872), so α was halved to 0.01", log[1].DevCost, log[0].DevCost, log[2].Alpha);
Claims.Quote("to 0.0466 after epoch 20", log[3].DevCost, log[3].Epochs);
Claims.That("After epoch 25 it rose again, α went to 0.005", log[4].DevCost > log[3].DevCost && log[^1].Alpha == 0.005);
Claims.Quote("the model finished at 99.17 % dev accuracy", log[^1].DevAccuracy);
Claims.That("two parallel runs and a one-by-one run give the same table", same);
Claims.Quote("is the better model (99.17 %)", log[^1].DevAccuracy);
Claims.Quote("97.51 % after 5 epochs at α ≈ 0.019 and β₁ ≈ 0.984", caviar.Best.Score, 5, caviar.Best.Settings["alpha"], caviar.Best.Settings["beta1"]);
var caviarGood = caviar.Trials.Where(t => t.Settings["alpha"] is >= 0.02 and <= 0.1).ToArray();
Claims.That("α from about 0.02 to 0.1 gives 95–97.5 %", caviarGood.Length > 0 && caviarGood.All(t => t.Score is >= 0.95 and <= 0.975));
Claims.That("below 0.01 learns too slowly for 5 epochs", caviar.Trials.Where(t => t.Settings["alpha"] < 0.01).All(t => t.Score < 0.94));

// which hyperparameter mattered
var atSmallAlpha = caviarByAlpha.Where(t => t.Settings["alpha"] < 0.0005).ToArray();
Claims.Quote("climbs from 30.7 % at α = 0.00032 to 97.5 % at α ≈ 0.019",
    caviarByAlpha[0].Score, caviarByAlpha[0].Settings["alpha"], caviar.Best.Score, caviar.Best.Settings["alpha"]);
Claims.Quote("above α = 0.3 it is back at 10.8 % to 33.1 %", 0.3,
    caviarByAlpha.Where(t => t.Settings["alpha"] > 0.3).Min(t => t.Score), caviarByAlpha.Where(t => t.Settings["alpha"] > 0.3).Max(t => t.Score));
Claims.That("the trials above α = 0.3 are exactly those past the good range", caviarByAlpha.Where(t => t.Settings["alpha"] > 0.1).All(t => t.Settings["alpha"] > 0.3 || t.Score > 0.9));
Claims.That("five trials have α between 0.01 and 0.1", goodAlpha.Length == 5);
Claims.Quote("The five trials with α between 0.01 and 0.1 have β₁ from 0.9635 to 0.9989", 0.01, 0.1,
    goodAlpha.Min(t => t.Settings["beta1"]), goodAlpha.Max(t => t.Settings["beta1"]));
Claims.Quote("all land between 95.0 % and 97.5 %", goodAlpha.Min(t => t.Score), goodAlpha.Max(t => t.Score));
Claims.Quote("the two trials at α ≈ 0.00033, with β₁ = 0.9988 and 0.9913, score 30.7 % and 30.4 %",
    atSmallAlpha.Average(t => t.Settings["alpha"]), atSmallAlpha[0].Settings["beta1"], atSmallAlpha[1].Settings["beta1"], atSmallAlpha[0].Score, atSmallAlpha[1].Score);

// the test set, once
Claims.Quote("drops from 99.17 % on the dev set to 95.80 % on the test set, 3.37 points", pandaDev, pandaTest, pandaDrop);
Claims.That("every unselected model drops too", unselected.All(u => u.Test < u.Dev));
Claims.Quote("by 2.00 to 4.23 points (mean 2.95)", unselected.Min(u => u.Dev - u.Test) * 100, unselected.Max(u => u.Dev - u.Test) * 100, meanDrop);
Claims.That("the chosen model's drop lies inside the range of the unchosen ones",
    pandaDrop > unselected.Min(u => u.Dev - u.Test) * 100 && pandaDrop < unselected.Max(u => u.Dev - u.Test) * 100);
Claims.Quote("with a standard error of about a point on each accuracy (362 and 357 images)", dev.Examples, test.Examples);
Claims.That("a standard error of about a point", Math.Round(standardError) == 1);

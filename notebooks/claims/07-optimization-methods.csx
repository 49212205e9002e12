// What the text of 07-optimization-methods says of its outputs (run after the chapter's last cell).

bool AgreesWithCourse(IEnumerable<(string Name, Model Model, double[] Costs)> trained, IReadOnlyDictionary<string, (double[] Costs, double Accuracy)> published) =>
    trained.All(r => printedEpochs.Select((epoch, k) => Math.Abs(r.Costs[epoch] - published[r.Name].Costs[k]) <= 5e-7).All(agrees => agrees)
        && r.Model.Accuracy(trainX, trainY) == published[r.Name].Accuracy);
Claims.That("All seven of the course's runs reproduce its printed costs to the last digit and its accuracies exactly",
    AgreesWithCourse(runs, course) && AgreesWithCourse(decayCosts.Where(r => courseWithDecay.ContainsKey(r.Name)), courseWithDecay));
double Accuracy(Model model) => model.Accuracy(trainX, trainY);
(string Name, Model Model, double[] Costs) Decayed(string name) => decayCosts.Single(r => r.Name == name);

// 3 · mini-batches
Claims.Quote("$300 - 4 \\cdot 64 = 44$", 300, 4, 64, yours[^1].X.ColumnCount);
Claims.That("300 examples in batches of 64 give four full batches and a last one of 44", yours.Count == 5 && yours.Take(4).All(b => b.X.ColumnCount == 64));

// 6 · three optimizers
Claims.Quote("Adam reaches a cost of 0.136 and 94.3 % train accuracy", adamCosts[4000], Accuracy(adamModel));
Claims.Quote("still at 0.573  after 4 000 epochs and 71.7 %", gdCosts[4000], 4000, Accuracy(gdModel));
Claims.That("momentum also ends at 71.7 %", Math.Round(Accuracy(momentumModel), 3) == 0.717);
Claims.Range("the mean $|dW|$ is between 0.005 and 0.017", meanAbsGradient.Min());
Claims.Range("the mean $|dW|$ is between 0.005 and 0.017", meanAbsGradient.Max());
Claims.Quote("moves a weight by 3.7 × 10⁻⁶ to 1.2 × 10⁻⁵", 0.0007 * meanAbsGradient.Min(), 0.0007 * meanAbsGradient.Max());
Claims.That("an Adam step moves 60 to 190 times further than a GD step",
    Math.Round(0.1 / meanAbsGradient.Max()) == 6 && Math.Round(0.1 / meanAbsGradient.Min()) == 19);
Claims.Quote("never differ by more than 1.2 × 10⁻⁴ in epoch cost", largestGap);
Claims.Quote("(0.668167 against 0.668101 after epoch 1 000)", momentumCosts[1000], gdCosts[1000], 1000);
Claims.That("momentum's cost stays above GD's at every printed epoch", printedEpochs.All(e => momentumCosts[e] > gdCosts[e]));
Claims.That("GD's cost still falls after 5 000 epochs", gdCosts[4999] < gdCosts[4000]);

// 8 · the schedules
Claims.That("the library's schedules equal yours on every epoch", differingEpochs == 0);
Claims.Quote("from epoch 142 on", slowFrom);
Claims.Quote("its rates come to 0.9095", rateSumFast);
Claims.Quote("(3.5)", 5000 * 0.0007);
Claims.Quote("the staircase (228.3)", rateSumStaircase);
Claims.That("update_lr's rates sum to a quarter of a constant 0.0007's", Math.Round(rateSumFast / 3.5, 2) is >= 0.25 and <= 0.27);
Claims.That("some 250 times less than the staircase", Math.Round(rateSumStaircase / rateSumFast / 10) == 25);
Claims.Quote("$\\alpha_0/5 = 0.02$ (0.01667", 5, ScheduleLrDecay(0.1, 4000, 1), ScheduleLrDecay(0.1, 5000, 1));
Claims.Quote("0.05 after 1 000 epochs, 0.01667 after 5 000", UpdateLr(0.1, 1000, 0.001), 1000, UpdateLr(0.1, 5000, 0.001), 5000);
Claims.Quote("its rates sum to 179.2", rateSumGentle);

// 9 · training with decay
var perEpochFast = Decayed("gd, update_lr");
Claims.Quote("cost 0.701 → 0.662 by epoch 1 000", perEpochFast.Costs[0], perEpochFast.Costs[1000], 1000);
Claims.Quote("0.655 at epoch 4 000 and 65.3 % accuracy", perEpochFast.Costs[4000], 4000, Accuracy(perEpochFast.Model));
Claims.Quote("the constant 0.0007 of section 6 (71.7 %)", 0.0007, 6, Accuracy(gdModel));
Claims.Quote("the very same formula reaches 94.67 %", Accuracy(Decayed("gd, update_lr, decay_rate 0.001").Model));
var gdStaircase = Decayed("gd, schedule_lr_decay");
Claims.Quote("reaches 0.127 by epoch 1 000 and 94.3 %, momentum 95.3 %, and Adam, from 0.01, 94 %",
    gdStaircase.Costs[1000], 1000, Accuracy(gdStaircase.Model), Accuracy(Decayed("momentum, schedule_lr_decay").Model), 0.01, Accuracy(Decayed("adam, schedule_lr_decay").Model));
var momentumStaircase = Decayed("momentum, schedule_lr_decay");
var adamStaircase = Decayed("adam, schedule_lr_decay");
Claims.That("gradient descent and momentum linger near 0.3 between epochs 100 and 250",
    new[] { gdStaircase, momentumStaircase }.All(r => r.Costs.Skip(100).Take(151).All(c => c is > 0.2 and < 0.4)));
Claims.That("they drop below 0.16 only around epoch 400, where Adam is by epoch 100",
    new[] { gdStaircase, momentumStaircase }.All(r => Array.FindIndex(r.Costs, c => c < 0.16) is > 300 and < 500) && Array.FindIndex(adamStaircase.Costs, c => c < 0.16) <= 100);
var constantRate = Decayed("gd, constant 0.1");
Claims.Quote("a constant 0.1 reaches 94.67 % too", 0.1, Accuracy(constantRate.Model));
Claims.That("as many points as with decay_rate = 0.001 and one more than with the staircase",
    Accuracy(constantRate.Model) == Accuracy(Decayed("gd, update_lr, decay_rate 0.001").Model) && Math.Abs((Accuracy(constantRate.Model) - Accuracy(gdStaircase.Model)) * 300 - 1) < 1e-9);
Claims.Quote("Its epoch cost at epoch 4 000, 0.126659, is higher than the staircase's 0.117512", 4000, constantRate.Costs[4000], gdStaircase.Costs[4000]);
Claims.Quote("rises from 0.117033 to 0.117512", gdStaircase.Costs[3000], gdStaircase.Costs[4000]);
Claims.Quote("are 94.33 %, 95.33 % and 94 %", Accuracy(gdStaircase.Model), Accuracy(momentumStaircase.Model), Accuracy(adamStaircase.Model));

// 10–11 · the decay forms on the line
var byForm = lineRuns.ToDictionary(r => r.Name);
var constantForm = byForm["constant α₀"];
var stepForm = byForm["step: ÷10 at epochs 10, 20"];
Claims.Quote("by the end it is $0.1/\\sqrt{1920} = 0.0023$", 0.1, 1920, rateCurves.Single(s => s.Name == "α₀ / √t, t = mini-batch").Y[^1]);
Claims.That("0.95^epoch and 1/√epoch_num end near 0.02",
    new[] { "0.95ᵉᵖᵒᶜʰ · α₀", "α₀ / √epoch_num" }.All(name => Math.Round(byForm[name].History.Epochs[^1].LearningRate, 2) == 0.02));
Claims.Quote("at an RMS distance of 0.0725", constantForm.Radius);
Claims.Quote("to 0.0006 (the close-up shows it)", stepForm.Radius);
Claims.Quote("only to 0.0205", byForm["0.95ᵉᵖᵒᶜʰ · α₀"].Radius);
Claims.That("every decay shrinks the noise ball", lineRuns.Where(r => r != constantForm).All(r => r.Radius < constantForm.Radius));
Claims.That("the constant rate hovers between 10⁻⁴ and 10⁻² above the least-squares cost", constantForm.Excess.Skip(1).All(e => e is > 1e-4 and < 1e-2));
Claims.Quote("ends 7.6 × 10⁻⁴ above it", constantForm.Excess[^1]);
Claims.That("the staircase about 10 times closer", Math.Round(constantForm.Excess[^1] / byForm["staircase α₀ / (1 + ⌊epoch/10⌋)"].Excess[^1]) == 10);
Claims.That("the step decay more than 4 000 times closer", constantForm.Excess[^1] / stepForm.Excess[^1] > 4000);
Claims.Quote("more than 4 000 times closer (1.6 × 10⁻⁷)", 4000, stepForm.Excess[^1]);
Claims.Quote("comes second (5.1 × 10⁻⁷)", byForm["α₀ / √t, t = mini-batch"].Excess[^1]);
var ranked = lineRuns.OrderBy(r => r.Excess[^1]).Select(r => r.Name).ToList();
Claims.That("the step decay ends closest, α₀/√t second, the constant rate last",
    ranked[0] == stepForm.Name && ranked[1] == "α₀ / √t, t = mini-batch" && ranked[^1] == constantForm.Name);
Claims.Quote("within 0.6 % of the best possible", constantForm.Excess[^1] / bestCost);
Claims.Quote("reached 94.7 %, no fewer than the staircase from the same α₀ (94.3 %)", Accuracy(constantRate.Model), Accuracy(gdStaircase.Model));
Claims.Quote("(`decay_rate = 1`: 65.3 %)", 1, Accuracy(perEpochFast.Model));

// Summary
Claims.Quote("reaches 94 % in 5 000 epochs while gradient descent and momentum stay at 72 %", Accuracy(adamModel), 5000, Accuracy(gdModel));
Claims.Quote("(0.0001 after epoch 1 000)", decayRuns.Single(r => r.Name == "gd, update_lr").History.Epochs[1001].LearningRate, 1000);
Claims.Quote("it lets gradient descent reach 94 %, momentum 95 % and Adam 94 %", Accuracy(gdStaircase.Model), Accuracy(momentumStaircase.Model), Accuracy(adamStaircase.Model));

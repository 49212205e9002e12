// Section 2: four optimizers.
var byName = optimizerRuns.ToDictionary(r => r.Name, r => r.History);
foreach (var run in optimizerRuns)
{
    Claims.That($"{run.Name} starts from the loss 2.605", Math.Abs(run.History.Iterations[0].Cost - 2.605) <= 5e-4);
}
Claims.Quote("start from the same loss, 2.605", byName["SGD"].Iterations[0].Cost);
Claims.Quote("its loss is 0.801", Tail(byName["SGD"]));
Claims.Quote("Momentum (0.535), AdaGrad (0.495) and Adam (0.481)", Tail(byName["Momentum"]), Tail(byName["AdaGrad"]), Tail(byName["Adam"]));
var others = optimizerRuns.Skip(1).Select(r => Tail(r.History)).ToArray();
Claims.That("Momentum, AdaGrad and Adam end within 0.06 of each other", others.Max() - others.Min() <= 0.06);
Claims.Quote("70.3 % against 81.7 %, 82.8 % and 84.4 %", byName["SGD"].Last.TrainAccuracy!.Value, byName["Momentum"].Last.TrainAccuracy!.Value,
    byName["AdaGrad"].Last.TrainAccuracy!.Value, byName["Adam"].Last.TrainAccuracy!.Value);
Claims.Quote("a gap of 0.014", Tail(byName["AdaGrad"]) - Tail(byName["Adam"]));

// Section 3: three weight scales.
var byScale = initRuns.ToDictionary(r => r.Name[..2], r => r.History);
Claims.Quote("its loss starts at 2.303 and is 2.302", byScale["ra"].Iterations[0].Cost, Tail(byScale["ra"]));
Claims.Quote("10.9 % of the images right", byScale["ra"].Last.TrainAccuracy!.Value);
Claims.Quote("(1.349, 61.8 %)", Tail(byScale["Xa"]), byScale["Xa"].Last.TrainAccuracy!.Value);
Claims.Quote("(0.801, 70.3 %)", Tail(byScale["He"]), byScale["He"].Last.TrainAccuracy!.Value);

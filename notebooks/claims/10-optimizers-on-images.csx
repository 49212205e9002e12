// Section 2: four optimizers, three seeds each.
double MeanOver(string name, Func<TrainingHistory, double> measure) => runsOf[name].Average(measure);
Claims.Quote("its mean loss is 0.939, against 1.248 for Adam, 1.288 for Momentum and 2.045 for SGD",
    MeanOver("AdaGrad", Early), MeanOver("Adam", Early), MeanOver("Momentum", Early), MeanOver("SGD", Early));
string LowestIn(int seed, Func<TrainingHistory, double> measure) => optimizerRuns.Where(r => r.Seed == seed).MinBy(r => measure(r.History)).Name;
Claims.Quote("it leads there in each of the 3 seeds", seeds.Count(seed => LowestIn(seed, Early) == "AdaGrad"));
Claims.Quote("AdaGrad (0.485) and Adam (0.486) end level", MeanOver("AdaGrad", Tail), MeanOver("Adam", Tail));
int adamBelowAdaGrad = seeds.Count(seed => Tail(runsOf["Adam"][seed - 1]) < Tail(runsOf["AdaGrad"][seed - 1]));
Claims.Quote("(Adam in 2 of the 3)", adamBelowAdaGrad, seeds.Length);
Claims.That("the order of AdaGrad and Adam changes with the seed", adamBelowAdaGrad > 0 && adamBelowAdaGrad < seeds.Length);
Claims.Quote("Momentum ends a little higher (0.526) and SGD far above the rest (0.828)", MeanOver("Momentum", Tail), MeanOver("SGD", Tail));
foreach (int seed in seeds)
{
    var ranked = optimizerRuns.Where(r => r.Seed == seed).OrderBy(r => Tail(r.History)).Select(r => r.Name).ToList();
    Claims.That($"seed {seed}: Momentum third and SGD last over the last 50 steps", ranked[2] == "Momentum" && ranked[3] == "SGD");
}
Claims.Quote("70.8 % against 82.8 %, 83.5 % and 84.0 %", MeanOver("SGD", h => h.Last.TrainAccuracy!.Value),
    MeanOver("Momentum", h => h.Last.TrainAccuracy!.Value), MeanOver("AdaGrad", h => h.Last.TrainAccuracy!.Value), MeanOver("Adam", h => h.Last.TrainAccuracy!.Value));
Claims.Quote("up to 0.045 apart, more than the 0.041", optimizerNames.Max(n => runsOf[n].Max(Tail) - runsOf[n].Min(Tail)), MeanOver("Momentum", Tail) - MeanOver("AdaGrad", Tail));

// Section 3: three weight scales, seed 1.
var byScale = initRuns.ToDictionary(r => r.Name[..2], r => r.History);
Claims.Quote("its loss starts at 2.303 and is 2.302", byScale["ra"].Iterations[0].Cost, Tail(byScale["ra"]));
Claims.Quote("10.9 % of the images right", byScale["ra"].Last.TrainAccuracy!.Value);
Claims.Quote("(1.353, 64.5 %)", Tail(byScale["Xa"]), byScale["Xa"].Last.TrainAccuracy!.Value);
Claims.Quote("(0.808, 72.1 %)", Tail(byScale["He"]), byScale["He"].Last.TrainAccuracy!.Value);
Claims.That("He learns fastest, then Xavier, and σ = 0.01 not at all", Tail(byScale["He"]) < Tail(byScale["Xa"]) && Tail(byScale["Xa"]) < 2 && Tail(byScale["ra"]) > 2.29);

// Section 1: the data.
Claims.That("6 400 = 100 batches of 64", examples == 100 * 64);

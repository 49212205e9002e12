using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using NotebookKit.Benchmarks;

// NotebookKit against PyTorch and numpy, one thread each, both on the BLAS the machine has (run benchmarks/setup.sh
// first to install OpenBLAS, numpy and PyTorch from Debian):
//   1. one epoch of mini-batch Adam, 784-H-H-10 ReLU/softmax, batch 128, 10 000 examples, float64, against PyTorch,
//      for H = 100, 256, 512 (how the time grows with width);
//   2. the Initialization assignment's run ([2, 10, 5, 1], 300 examples, 15 000 iterations) against numpy;
// each with NotebookKit's BLAS path and its managed fallback (NOTEBOOKKIT_BLAS=managed). Every measurement runs in a
// fresh child process; the rounds interleave the contenders so that load from other processes hits all of them.
// The figures are CPU seconds of the (single-threaded) process, less disturbed by a busy machine than wall-clock time,
// which is printed too. Usage:
//   dotnet run -c Release --project benchmarks/NotebookKit.Benchmarks [-- --rounds 3 --repeats 3 --widths 100,256,512]
const string Python = "/usr/bin/python3";
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

if (args.Length > 1 && args[0] == "--child" && args[1] == "products")
{
    foreach (var line in Products.Run())
    {
        Console.WriteLine(line);
    }
    return;
}
if (args.Length > 1 && args[0] == "--child")
{
    Console.WriteLine(Child.Run(args[1], Option("--hidden", 100), Option("--examples", 10_000), Option("--repeats", 3)));
    return;
}

int rounds = Option("--rounds", 3), repeats = Option("--repeats", 3), examples = Option("--examples", 10_000);
int[] widths = (Text("--widths") ?? "100,256,512").Split(',').Select(w => int.Parse(w, CultureInfo.InvariantCulture)).ToArray();
string root = FindRepositoryRoot();
string torchScript = Path.Combine(root, "benchmarks", "torch_epoch.py"), numpyScript = Path.Combine(root, "benchmarks", "numpy_course.py");

Console.WriteLine($"Machine: {Environment.ProcessorCount} logical cores, .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
Console.WriteLine($"NotebookKit, BLAS path:    {NotebookKit.Info.LinearAlgebra}");
Console.WriteLine($"NotebookKit, managed path: {Measure(Contender.Managed, "info", 0, 0, 0).Info}");
foreach (var script in new[] { numpyScript, torchScript })
{
    Console.WriteLine($"--- {Path.GetFileName(script)} --config: the library's own configuration, then the BLAS it loaded ---");
    Console.WriteLine(RunProcess(Python, null, script, "--config").TrimEnd());
}
Console.WriteLine("---");
Console.WriteLine("The products alone, CPU time, one thread (the kit's path against MathNet's managed multiply):");
foreach (var who in new[] { Contender.Blas, Contender.Managed })
{
    Console.WriteLine($"  {(who == Contender.Blas ? "BLAS path" : "managed path")}:");
    Console.Write(string.Concat(RunProcess(Environment.ProcessPath!, who == Contender.Managed ? "managed" : null,
        SelfArguments("--child", "products")).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => $"    {line}\n")));
}

var samples = new Dictionary<(string Task, int Width, Contender Who), List<Sample>>();
for (int round = 1; round <= rounds; round++)
{
    Console.WriteLine($"round {round} of {rounds} …");
    foreach (int width in widths)
    {
        foreach (var who in new[] { Contender.Blas, Contender.Managed, Contender.Python })
        {
            Add(("epoch", width, who), who == Contender.Python
                ? Sample.FromJson(RunProcess(Python, null, torchScript, "--examples", $"{examples}", "--hidden", $"{width}", "--repeats", $"{repeats}"))
                : Measure(who, "epoch", width, examples, repeats));
        }
    }
    foreach (var who in new[] { Contender.Blas, Contender.Managed, Contender.Python })
    {
        Add(("course", 0, who), who == Contender.Python
            ? Sample.FromJson(RunProcess(Python, null, numpyScript, "--repeats", $"{repeats}"))
            : Measure(who, "course", 0, 0, repeats));
    }
}

Console.WriteLine();
Console.WriteLine($"CPU seconds, median [min–max] over {rounds} rounds × {repeats} runs; ratio = median of the rounds' ratios [min–max]; wall-clock median in parentheses.");
Console.WriteLine($"The machine is shared: figures vary from run to run; the ratios, taken within a round, vary less.");
Console.WriteLine();
Console.WriteLine($"One epoch of mini-batch Adam, 784-H-H-10, batch 128, {examples} examples, float64, vs PyTorch {samples[("epoch", widths[0], Contender.Python)][0].Version} (1 thread):");
foreach (int width in widths)
{
    Console.WriteLine($"  H = {width,3}: NotebookKit BLAS {Summary(("epoch", width, Contender.Blas))}, managed {Summary(("epoch", width, Contender.Managed))}, PyTorch {Summary(("epoch", width, Contender.Python))}");
    Console.WriteLine($"           BLAS / PyTorch = {Ratio("epoch", width, Contender.Blas)}   managed / PyTorch = {Ratio("epoch", width, Contender.Managed)}");
}
Console.WriteLine("  growth with width (epoch time ÷ time at H = " + widths[0] + "): " + string.Join("; ", widths.Skip(1).Select(w =>
    $"H = {w}: BLAS ×{Growth(w, Contender.Blas):F1}, managed ×{Growth(w, Contender.Managed):F1}, PyTorch ×{Growth(w, Contender.Python):F1}")));
Console.WriteLine();
Console.WriteLine($"The Initialization assignment's run, [2, 10, 5, 1], 300 examples, {CourseRun.Iterations} iterations, vs numpy {samples[("course", 0, Contender.Python)][0].Version} (1 thread):");
Console.WriteLine($"  NotebookKit BLAS {Summary(("course", 0, Contender.Blas))}, managed {Summary(("course", 0, Contender.Managed))}, numpy {Summary(("course", 0, Contender.Python))}");
Console.WriteLine($"  BLAS / numpy = {Ratio("course", 0, Contender.Blas)}   managed / numpy = {Ratio("course", 0, Contender.Managed)}");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"  final cost: NotebookKit BLAS {samples[("course", 0, Contender.Blas)][0].Cost:R}, managed {samples[("course", 0, Contender.Managed)][0].Cost:R}, numpy {samples[("course", 0, Contender.Python)][0].Cost:R}"));

void Add((string, int, Contender) key, Sample sample)
{
    if (!samples.TryGetValue(key, out var list))
    {
        samples[key] = list = new List<Sample>();
    }
    list.Add(sample);
}

string Summary((string, int, Contender) key)
{
    var cpu = samples[key].SelectMany(s => s.Cpu).ToList();
    var wall = samples[key].SelectMany(s => s.Wall).ToList();
    return string.Create(CultureInfo.InvariantCulture, $"{Median(cpu):F3} s [{cpu.Min():F3}–{cpu.Max():F3}] ({Median(wall):F3} s)");
}

string Ratio(string task, int width, Contender who)
{
    var perRound = samples[(task, width, who)].Zip(samples[(task, width, Contender.Python)], (c, p) => Median(c.Cpu) / Median(p.Cpu)).ToList();
    return string.Create(CultureInfo.InvariantCulture, $"{Median(perRound):F2} [{perRound.Min():F2}–{perRound.Max():F2}]");
}

double Growth(int width, Contender who) =>
    Median(samples[("epoch", width, who)].SelectMany(s => s.Cpu).ToList()) / Median(samples[("epoch", widths[0], who)].SelectMany(s => s.Cpu).ToList());

Sample Measure(Contender who, string task, int hidden, int count, int times) =>
    Sample.FromJson(RunProcess(Environment.ProcessPath!, who == Contender.Managed ? "managed" : null,
        SelfArguments("--child", task, "--hidden", $"{hidden}", "--examples", $"{count}", "--repeats", $"{times}")));

// This program again, as a child process: the apphost takes the arguments, `dotnet` takes the assembly first.
static string[] SelfArguments(params string[] arguments) =>
    Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet" ? arguments.Prepend(typeof(Child).Assembly.Location).ToArray() : arguments;

static string RunProcess(string file, string? blas, params string[] arguments)
{
    var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
    foreach (var argument in arguments)
    {
        start.ArgumentList.Add(argument);
    }
    start.Environment.Remove("NOTEBOOKKIT_BLAS");
    if (blas is not null)
    {
        start.Environment["NOTEBOOKKIT_BLAS"] = blas;
    }
    using var process = Process.Start(start)!;
    var error = process.StandardError.ReadToEndAsync();
    string output = process.StandardOutput.ReadToEnd();
    process.WaitForExit();
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error.Result}");
    }
    return output;
}

static double Median(IReadOnlyList<double> values)
{
    var sorted = values.Order().ToArray();
    return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
}

int Option(string name, int fallback) => Text(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

string? Text(string name)
{
    int i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

static string FindRepositoryRoot()
{
    for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "NotebookKit.slnx")))
        {
            return directory.FullName;
        }
    }
    return Directory.GetCurrentDirectory();
}

internal enum Contender
{
    Blas,
    Managed,
    Python,
}

/// <summary>One child process's measurements: per-run wall-clock and CPU seconds, the cost reached, what it ran on.</summary>
internal sealed record Sample(string Version, string Info, double[] Wall, double[] Cpu, double Cost)
{
    public static Sample FromJson(string line)
    {
        var json = JsonSerializer.Deserialize<JsonElement>(line.Trim().Split('\n').Last());
        double[] Times(string name) => json.GetProperty(name).EnumerateArray().Select(e => e.GetDouble()).ToArray();
        return new Sample(
            json.GetProperty("version").GetString()!,
            json.TryGetProperty("info", out var info) ? info.GetString()! : "",
            Times("wall"), Times("cpu"),
            json.GetProperty("cost").ValueKind == JsonValueKind.Number ? json.GetProperty("cost").GetDouble() : double.NaN);
    }
}

/// <summary>What a child process measures: a warm-up, then <c>repeats</c> timed runs.</summary>
internal static class Child
{
    public static string Run(string task, int hidden, int examples, int repeats)
    {
        Func<double> work = task switch
        {
            "epoch" => new AdamEpoch(examples, hidden).Run,
            "course" => () => CourseRun.Run(),
            _ => () => 0.0,
        };
        if (task != "info")
        {
            work(); // warm-up: the JIT's optimized code, the buffers, the caches
        }
        var wall = new List<double>();
        var cpu = new List<double>();
        double cost = 0;
        var process = Process.GetCurrentProcess();
        for (int r = 0; r < (task == "info" ? 0 : repeats); r++)
        {
            process.Refresh();
            var cpuStart = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            cost = work();
            wall.Add(clock.Elapsed.TotalSeconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuStart).TotalSeconds);
        }
        return JsonSerializer.Serialize(new
        {
            version = $".NET {Environment.Version}",
            info = NotebookKit.Info.LinearAlgebra,
            wall,
            cpu,
            cost = double.IsFinite(cost) ? cost : (double?)null,
        });
    }
}

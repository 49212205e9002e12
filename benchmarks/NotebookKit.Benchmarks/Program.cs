using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using NotebookKit.Benchmarks;

// Times one epoch of mini-batch Adam in NotebookKit (BenchmarkDotNet, in process; --quick: a stopwatch) and the
// same epoch in PyTorch CPU float64 (benchmarks/torch_epoch.py run by /usr/bin/python3), and prints the ratio.
// Usage: dotnet run -c Release --project benchmarks/NotebookKit.Benchmarks [-- --quick] [--examples N] [--repeats N]
const string Python = "/usr/bin/python3";
bool quick = args.Contains("--quick");
int examples = Option("--examples", 10_000);
int repeats = Option("--repeats", 7);

Console.WriteLine($"One epoch of mini-batch Adam, 784-100-100-10 ReLU/softmax, batch {AdamEpoch.BatchSize}, {examples} examples, float64");
Console.WriteLine($"Machine: {Environment.ProcessorCount} logical cores, .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");

double csharpSeconds = quick || examples != 10_000 ? Stopwatch(examples, repeats) : WithBenchmarkDotNet(repeats);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"NotebookKit (C#, 1 thread):  {csharpSeconds * 1000,9:F1} ms per epoch (median)"));

var torch = Torch(examples, repeats);
if (torch is null)
{
    return;
}
foreach (var run in torch)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"PyTorch {run.Version} ({run.Threads} thread{(run.Threads == 1 ? "" : "s")}): {run.Seconds * 1000,9:F1} ms per epoch (median); C# / PyTorch = {csharpSeconds / run.Seconds:F2}"));
}

int Option(string name, int fallback)
{
    int i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}

static double Stopwatch(int examples, int repeats)
{
    var epoch = new AdamEpoch(examples);
    epoch.Run(); // warm-up: JIT and caches
    var times = new List<double>();
    for (int r = 0; r < repeats; r++)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        epoch.Run();
        times.Add(clock.Elapsed.TotalSeconds);
    }
    return Median(times);
}

static double WithBenchmarkDotNet(int repeats)
{
    var job = Job.Default
        .WithToolchain(InProcessEmitToolchain.Instance)
        .WithStrategy(RunStrategy.Monitoring)
        .WithLaunchCount(1)
        .WithWarmupCount(1)
        .WithIterationCount(repeats);
    var config = ManualConfig.CreateMinimumViable().AddJob(job).WithOptions(ConfigOptions.DisableLogFile);
    var summary = BenchmarkRunner.Run<AdamEpochBenchmark>(config);
    var statistics = summary.Reports.Single().ResultStatistics
        ?? throw new InvalidOperationException("BenchmarkDotNet measured nothing; see its log above.");
    return statistics.Median / 1e9;
}

static double Median(List<double> values)
{
    values.Sort();
    return values.Count % 2 == 1 ? values[values.Count / 2] : (values[values.Count / 2 - 1] + values[values.Count / 2]) / 2;
}

static IReadOnlyList<TorchRun>? Torch(int examples, int repeats)
{
    string script = Path.Combine(FindRepositoryRoot(), "benchmarks", "torch_epoch.py");
    if (!File.Exists(Python) || !File.Exists(script))
    {
        Console.WriteLine($"PyTorch: not measured ({(File.Exists(Python) ? script : Python)} not found); C# figure only.");
        return null;
    }
    var start = new ProcessStartInfo(Python)
    {
        RedirectStandardOutput = true,
        RedirectStandardError = true,
        UseShellExecute = false,
    };
    foreach (var argument in new[] { script, "--examples", examples.ToString(CultureInfo.InvariantCulture), "--repeats", repeats.ToString(CultureInfo.InvariantCulture) })
    {
        start.ArgumentList.Add(argument);
    }
    using var process = Process.Start(start)!;
    string output = process.StandardOutput.ReadToEnd();
    string error = process.StandardError.ReadToEnd();
    process.WaitForExit();
    if (process.ExitCode != 0)
    {
        string reason = error.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? $"exit code {process.ExitCode}";
        Console.WriteLine($"PyTorch: not measured ({reason}); C# figure only.");
        return null;
    }
    return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
        .Select(line => JsonSerializer.Deserialize<JsonElement>(line))
        .Select(json => new TorchRun(json.GetProperty("torch").GetString()!, json.GetProperty("threads").GetInt32(), json.GetProperty("median_seconds").GetDouble()))
        .ToArray();
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

internal sealed record TorchRun(string Version, int Threads, double Seconds);

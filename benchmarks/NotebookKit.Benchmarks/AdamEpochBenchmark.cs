using BenchmarkDotNet.Attributes;

namespace NotebookKit.Benchmarks;

/// <summary>BenchmarkDotNet's view of <see cref="AdamEpoch"/>: one invocation is one epoch.</summary>
public class AdamEpochBenchmark
{
    private AdamEpoch _epoch = null!;

    [Params(10_000)]
    public int Examples { get; set; }

    [GlobalSetup]
    public void Setup() => _epoch = new AdamEpoch(Examples);

    [Benchmark(Description = "one epoch of Adam, 784-100-100-10, batch 128")]
    public double OneEpoch() => _epoch.Run();
}

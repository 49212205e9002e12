using System.Diagnostics;
using NotebookKit.Diagnostics;

namespace NotebookKit.Tests.Diagnostics;

public sealed class ThreadCpuTimeTests
{
    [Fact]
    public void Counts_the_threads_own_work_and_not_the_time_it_waits()
    {
        Assert.Equal("thread processor time", ThreadCpuTime.Clock);
        var clock = ThreadCpuTime.StartNew();

        Thread.Sleep(300);
        var asleep = clock.Elapsed;
        var wall = Stopwatch.StartNew();
        double sink = 0;
        while (clock.Elapsed < TimeSpan.FromMilliseconds(50) && wall.Elapsed < TimeSpan.FromSeconds(60))
        {
            sink += Math.Sqrt(sink + 1);
        }

        Assert.True(asleep < TimeSpan.FromMilliseconds(100), $"300 ms of sleep counted as {asleep.TotalMilliseconds} ms of work");
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(50), $"a minute of spinning counted as {clock.Elapsed.TotalMilliseconds} ms ({sink})");
    }
}

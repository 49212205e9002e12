namespace NotebookKit.Tests;

/// <summary>
/// The tests that count the bytes their thread allocates (<see cref="GC.GetAllocatedBytesForCurrentThread"/>). xunit
/// runs a collection without parallelization on its own, after the parallel ones, so no other test runs while they count.
/// </summary>
/// <remarks>
/// While the other test classes ran in parallel, a training loop that allocates nothing was charged bytes: 2 of 3 runs
/// of the suite failed, with one of 100 measurements charged 7312 (the number reported from a fresh machine) or 6064
/// bytes. The charge lands on any step of the loop, also on steps that cannot allocate (checking X for NaN, the Adam
/// update), mostly with no garbage collection in between, and is never more than one allocation quantum (8 KB); the
/// same values recur (696, 3120, 3352, 7312). The loop counted 0 bytes in every measurement when it ran alone, also
/// while another thread allocated 100 KB arrays or trained other models, and in a console program under load, with
/// tiering forced and hundreds of collections, on the native BLAS and on the managed kernels. Emptying the thread's
/// allocation context just before counting (a gen-0 collection) made 4 of 4 parallel runs pass: what was counted is
/// the unused rest of that context, charged to the thread when the runtime retires the context while other threads
/// work, not an allocation of the training step.
/// </remarks>
[CollectionDefinition(nameof(AllocationCounting), DisableParallelization = true)]
public sealed class AllocationCounting
{
}

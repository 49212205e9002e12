namespace NotebookKit.Schedules;

/// <summary>
/// When a training loop evaluates its schedule f. The course and PyTorch differ by one epoch:
/// <list type="bullet">
/// <item><see cref="CurrentEpoch"/> (PyTorch, <c>scheduler.step()</c> after each epoch): epoch e trains with f(e),
/// so epoch 0 uses f(0), which is α0 for every decay formula here; a schedule that depends on the mini-batch
/// step is evaluated before every step;</item>
/// <item><see cref="AfterEpoch"/> (the course's <c>model(…, decay=…)</c>): after epoch i, <c>α = f(α0, i)</c>, so
/// epoch 0 trains with α0 and epoch e ≥ 1 with f(e − 1): epochs 0 and 1 both use α0, and the rate printed after
/// epoch 1000 is the one used from epoch 1001.</item>
/// </list>
/// </summary>
public enum ScheduleTiming
{
    /// <summary>Epoch e trains with f(e) (PyTorch's convention).</summary>
    CurrentEpoch,

    /// <summary>Epoch e trains with f(e − 1), epoch 0 with α0 (the course's model()).</summary>
    AfterEpoch,
}

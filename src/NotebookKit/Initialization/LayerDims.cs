namespace NotebookKit.Initialization;

/// <summary>Checks a list of layer sizes <c>[n[0], n[1], …, n[L]]</c> as the course writes <c>layers_dims</c>.</summary>
public static class LayerDims
{
    /// <summary>Throws unless there are at least two sizes (input and output) and every size is positive.</summary>
    public static void Validate(IReadOnlyList<int> layerDims)
    {
        if (layerDims is null || layerDims.Count < 2)
        {
            throw new ArgumentException(
                "layerDims lists the size of every layer, input first and output last, e.g. [2, 10, 5, 1]; " +
                $"it needs at least two entries but has {layerDims?.Count ?? 0}.", nameof(layerDims));
        }
        for (int l = 0; l < layerDims.Count; l++)
        {
            if (layerDims[l] <= 0)
            {
                throw new ArgumentException(
                    $"layerDims[{l}] = {layerDims[l]}: every layer needs at least one unit.", nameof(layerDims));
            }
        }
    }
}

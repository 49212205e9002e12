namespace NotebookKit.Data;

/// <summary>numpy's <c>np.linspace</c>, computed as numpy computes it so the points agree to the last bit.</summary>
internal static class Linspace
{
    /// <summary>
    /// <paramref name="num"/> points from <paramref name="start"/>: <c>start + i·step</c> with
    /// <c>step = (stop − start) / div</c>, <c>div = num − 1</c> with the end point (the last point is then
    /// set to <paramref name="stop"/> exactly) or <c>num</c> without it.
    /// </summary>
    public static double[] Of(double start, double stop, int num, bool endpoint = true)
    {
        if (num < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(num), num, "linspace needs a number of points >= 0.");
        }
        double[] points = new double[num];
        int div = endpoint ? num - 1 : num;
        double delta = stop - start;
        double step = div > 0 ? delta / div : double.NaN;
        for (int i = 0; i < num; i++)
        {
            points[i] = div > 0 ? i * step + start : i * delta + start;
        }
        if (endpoint && num > 1)
        {
            points[num - 1] = stop;
        }
        return points;
    }
}

using NotebookKit.Randomness;

namespace NotebookKit.Data;

/// <summary>The data sets of the course's assignments, drawn with the course's seeds and shapes.</summary>
public static class CourseDatasets
{
    /// <summary>
    /// The Initialization assignment's <c>load_dataset()</c>: <c>np.random.seed(1); make_circles(300, noise=.05)</c>
    /// for training and <c>np.random.seed(2); make_circles(100, noise=.05)</c> for testing; X is 2 × m, Y is 1 × m.
    /// </summary>
    public static (DataSet Train, DataSet Test) InitializationCircles() =>
        (Circles.Make(300, 0.05, new NumpyRandomState(1)), Circles.Make(100, 0.05, new NumpyRandomState(2)));

    /// <summary>
    /// The Optimization assignment's <c>load_dataset()</c>: <c>np.random.seed(3); make_moons(300, noise=.2)</c>;
    /// X is 2 × 300, Y is 1 × 300. The assignment has no test set.
    /// </summary>
    public static DataSet OptimizationMoons() => Moons.Make(300, 0.2, new NumpyRandomState(3));

    /// <summary>The first course's <c>load_planar_dataset()</c>: the flower with seed 1, m = 400, a = 4.</summary>
    public static DataSet PlanarFlower() => Data.PlanarFlower.Make(new NumpyRandomState(1));

    /// <summary>
    /// A stand-in for the Regularization assignment's field data (the course's file has 211 training and 200 test
    /// examples), from the kit's own generator <see cref="FootballField.Load"/>: 80 training, 200 dev and 200 test
    /// examples; its points and results differ from the course's file.
    /// </summary>
    public static (DataSet Train, DataSet Dev, DataSet Test) RegularizationField() => FootballField.Load();
}

using System.Text.Json;
using NotebookKit.Data;
using NotebookKit.Randomness;
using NotebookKit.Tests.Reference;

namespace NotebookKit.Tests.Data;

/// <summary>
/// The generators against the points scikit-learn 1.2.1 and numpy 1.24.2 produced for the same seeds,
/// written by tests/reference/make_numpy_reference.py (the recipe of each case is stored with it).
/// Coordinates must agree to 1e-12 (cos/sin may differ in the last bit between math libraries), labels exactly.
/// </summary>
public class SampleGeneratorTests
{
    private const double Tolerance = 1e-12;

    public static TheoryData<string> ScikitLearnCases() => new()
    {
        "moons_course", "circles_course_train", "circles_course_test", "moons_small_odd", "moons_no_noise",
        "moons_unshuffled", "circles_small_odd", "blobs_given_centers", "blobs_random_centers",
    };

    [Theory]
    [MemberData(nameof(ScikitLearnCases))]
    public void Generators_reproduce_scikit_learn(string name)
    {
        var reference = ReferenceValues.Generator(name);
        var data = Generate(name);
        AssertMatches(reference, data, $"{name} ({reference.GetProperty("recipe").GetString()}; {ReferenceValues.Versions})");
    }

    [Fact]
    public void Course_recipes_give_the_course_data()
    {
        var (train, test) = CourseDatasets.InitializationCircles();
        AssertMatches(ReferenceValues.Generator("circles_course_train"), train, "Initialization train");
        AssertMatches(ReferenceValues.Generator("circles_course_test"), test, "Initialization test");
        var moons = CourseDatasets.OptimizationMoons();
        AssertMatches(ReferenceValues.Generator("moons_course"), moons, "Optimization moons");
        Assert.Equal((2, 300), (moons.X.RowCount, moons.X.ColumnCount));
        Assert.Equal(150, moons.Y.Row(0).Sum());
        Assert.Equal(150, train.Y.Row(0).Sum());
        Assert.Equal(50, test.Y.Row(0).Sum());
    }

    [Fact]
    public void Planar_flower_matches_the_recipe_run_in_numpy()
    {
        var data = CourseDatasets.PlanarFlower();
        AssertMatches(ReferenceValues.Root.GetProperty("planarFlower"), data, "planar flower (seed 1, m = 400)");
        Assert.Equal((2, 400), (data.X.RowCount, data.X.ColumnCount));
    }

    [Fact]
    public void Spiral_matches_the_recipe_run_in_numpy()
    {
        var reference = ReferenceValues.Root.GetProperty("spiral");
        var data = Spiral.Make(reference.GetProperty("pointsPerClass").GetInt32(), reference.GetProperty("classes").GetInt32(),
            new NumpyRandomState(reference.GetProperty("seed").GetInt32()));
        AssertMatches(reference, data, "spiral (seed 0, N = 100, K = 3)");
    }

    [Fact]
    public void Bad_generator_arguments_say_what_to_pass()
    {
        var random = new NumpyRandomState(0);
        Assert.Contains("[0, 1)", Assert.Throws<ArgumentOutOfRangeException>(() => Circles.Make(10, 0.1, random, factor: 1.0)).Message);
        Assert.Contains("standard deviation", Assert.Throws<ArgumentOutOfRangeException>(() => Moons.Make(10, -0.1, random)).Message);
        Assert.Contains("n_samples >= 2", Assert.Throws<ArgumentOutOfRangeException>(() => Moons.Make(1, 0.1, random)).Message);
        Assert.Contains("one per blob (2)", Assert.Throws<ArgumentException>(() =>
            Blobs.Make(10, new double[,] { { 0, 0 }, { 1, 1 } }, new[] { 1.0, 1.0, 1.0 }, random)).Message);
        Assert.Contains("even m", Assert.Throws<ArgumentOutOfRangeException>(() => PlanarFlower.Make(random, 401)).Message);
    }

    private static DataSet Generate(string name) => name switch
    {
        "moons_course" => Moons.Make(300, 0.2, new NumpyRandomState(3)),
        "circles_course_train" => Circles.Make(300, 0.05, new NumpyRandomState(1)),
        "circles_course_test" => Circles.Make(100, 0.05, new NumpyRandomState(2)),
        "moons_small_odd" => Moons.Make(7, 0.1, 0),
        "moons_no_noise" => Moons.Make(6, null, 5),
        "moons_unshuffled" => Moons.Make(5, 0.3, 42, shuffle: false),
        "circles_small_odd" => Circles.Make(9, 0.1, 0, factor: 0.5),
        "blobs_given_centers" => Blobs.Make(10, new double[,] { { 0, 0 }, { 3, 3 }, { -3, 2 } }, new[] { 0.5, 1.0, 0.3 }, new NumpyRandomState(0)),
        "blobs_random_centers" => Blobs.Make(8, nCenters: 2, nFeatures: 3, clusterStd: 1.5, new NumpyRandomState(4), -5.0, 5.0),
        _ => throw new ArgumentException($"No generator for reference case {name}."),
    };

    /// <summary>The reference lists one example per row (scikit-learn's layout); the kit one per column.</summary>
    private static void AssertMatches(JsonElement reference, DataSet data, string what)
    {
        var rows = ReferenceValues.Matrix(reference.GetProperty("X"));
        int[] labels = reference.GetProperty("y").EnumerateArray().Select(v => v.GetInt32()).ToArray();
        Assert.Equal(rows.ColumnCount, data.Features);
        Assert.Equal(rows.RowCount, data.Examples);
        Assert.Equal(1, data.Y.RowCount);
        for (int j = 0; j < data.Examples; j++)
        {
            for (int f = 0; f < data.Features; f++)
            {
                double difference = Math.Abs(rows[j, f] - data.X[f, j]);
                Assert.True(difference <= Tolerance,
                    $"{what}: example {j}, feature {f}: expected {rows[j, f]:R}, got {data.X[f, j]:R}");
            }
            Assert.True(labels[j] == data.Y[0, j], $"{what}: label of example {j}: expected {labels[j]}, got {data.Y[0, j]}");
        }
    }
}

using System.Globalization;
using System.Text.Json;
using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Randomness;
using NotebookKit.Tests.Reference;

namespace NotebookKit.Tests.Randomness;

/// <summary>
/// Replays, on one <see cref="NumpyRandomState"/> per seed, the sequence of calls that
/// tests/reference/make_numpy_reference.py made after <c>np.random.seed(seed)</c> (numpy 1.24.2), and
/// requires every value to be exactly numpy's: rand, randn (odd and even counts, interleaved with rand so
/// the cached normal is exercised), normal, uniform, the dropout mask, permutation, shuffle and randint.
/// </summary>
public class NumpyRandomStateReferenceTests
{
    public static TheoryData<int> Seeds() => new() { 0, 1, 2, 3, 42 };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_call_draws_numpys_values(int seed)
    {
        var script = ReferenceValues.Root.GetProperty("random").EnumerateArray()
            .Single(s => s.GetProperty("seed").GetInt32() == seed);
        var random = new NumpyRandomState(seed);
        int step = 0;
        foreach (var op in script.GetProperty("ops").EnumerateArray())
        {
            string name = op.GetProperty("op").GetString()!;
            var args = op.GetProperty("args");
            var values = op.GetProperty("values");
            string where = $"seed {seed}, call {step} ({name}); reference from {ReferenceValues.Versions}";
            switch (name)
            {
                case "rand":
                    AssertExactly(ReferenceValues.Matrix(values), random.Rand(Int(args, 0), Int(args, 1)), where);
                    break;
                case "randn":
                    AssertExactly(ReferenceValues.Matrix(values), random.Randn(Int(args, 0), Int(args, 1)), where);
                    break;
                case "normal":
                    AssertExactly(ReferenceValues.Matrix(values),
                        random.Normal(args[0].GetDouble(), args[1].GetDouble(), Int(args, 2), Int(args, 3)), where);
                    break;
                case "uniform":
                    AssertExactly(ReferenceValues.Matrix(values),
                        random.Uniform(args[0].GetDouble(), args[1].GetDouble(), Int(args, 2), Int(args, 3)), where);
                    break;
                case "bernoulli":
                    AssertExactly(ReferenceValues.Matrix(values),
                        random.BernoulliMask(Int(args, 0), Int(args, 1), args[2].GetDouble()), where);
                    break;
                case "permutation":
                    Assert.True(Ints(values).SequenceEqual(random.Permutation(Int(args, 0))), where);
                    break;
                case "shuffle":
                    int[] shuffled = Enumerable.Range(0, Int(args, 0)).Select(i => 10 * i).ToArray();
                    random.Shuffle(shuffled);
                    Assert.True(Ints(values).SequenceEqual(shuffled), where);
                    break;
                case "randint":
                    long[] expected = values.EnumerateArray().Select(v => long.Parse(v.GetString()!, CultureInfo.InvariantCulture)).ToArray();
                    long[] actual = random.RandInt(Long(args, 0), Long(args, 1), Int(args, 2));
                    Assert.True(expected.SequenceEqual(actual), $"{where}: expected [{string.Join(", ", expected)}], got [{string.Join(", ", actual)}]");
                    break;
                default:
                    throw new InvalidOperationException($"Unknown reference call '{name}'.");
            }
            step++;
        }
        Assert.Equal(script.GetProperty("ops").GetArrayLength(), step);
    }

    [Fact]
    public void RandInt_with_a_single_value_range_draws_nothing()
    {
        var a = new NumpyRandomState(7);
        var b = new NumpyRandomState(7);
        Assert.Equal(new long[] { 3, 3, 3 }, a.RandInt(3, 4, 3));
        Assert.Equal(b.RandomSample(), a.RandomSample());
    }

    [Fact]
    public void Bad_arguments_are_refused_with_the_expected_range()
    {
        var random = new NumpyRandomState(0);
        Assert.Contains("low < high", Assert.Throws<ArgumentOutOfRangeException>(() => random.RandInt(5, 5, 1)).Message);
        Assert.Contains("between 0 and 1", Assert.Throws<ArgumentOutOfRangeException>(() => random.BernoulliMask(2, 2, 1.5)).Message);
        Assert.Contains(">= 0", Assert.Throws<ArgumentOutOfRangeException>(() => random.Normal(0, -1, 2, 2)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => random.Permutation(-1));
    }

    private static int Int(JsonElement args, int i) => args[i].GetInt32();

    private static long Long(JsonElement args, int i) => long.Parse(args[i].GetString()!, CultureInfo.InvariantCulture);

    private static int[] Ints(JsonElement values) => values.EnumerateArray().Select(v => v.GetInt32()).ToArray();

    private static void AssertExactly(Matrix<double> expected, Matrix<double> actual, string where)
    {
        Assert.Equal(expected.RowCount, actual.RowCount);
        Assert.Equal(expected.ColumnCount, actual.ColumnCount);
        for (int i = 0; i < expected.RowCount; i++)
        {
            for (int j = 0; j < expected.ColumnCount; j++)
            {
                Assert.True(expected[i, j].Equals(actual[i, j]),
                    $"{where}: element [{i},{j}] expected {expected[i, j]:R}, got {actual[i, j]:R}");
            }
        }
    }
}

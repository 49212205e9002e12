using System.Text.Json;
using NotebookKit.Data;
using NotebookKit.Tests.Reference;

namespace NotebookKit.Tests.Data;

/// <summary>
/// The loaders against facts that tests/reference/make_numpy_reference.py read from the same files with
/// numpy 1.24.2 (label counts, pixel sums, one image row) and from scikit-learn's <c>load_digits()</c>.
/// </summary>
public class DataFilesTests
{
    private static JsonElement Facts(string name) => ReferenceValues.Root.GetProperty("dataFiles").GetProperty(name);

    [Fact]
    public void Data_folder_is_found_by_walking_up_from_the_test_folder()
    {
        string folder = DataFiles.FindDataDirectory();
        Assert.True(File.Exists(Path.Combine(folder, "README.md")));
        Assert.Equal("data", Path.GetFileName(folder));
    }

    [Fact]
    public void Fashion_mnist_loads_with_numpys_labels_and_pixels()
    {
        var (train, test) = DataFiles.LoadFashionMnist();
        foreach (var (part, name) in new[] { (train, "fashion_train"), (test, "fashion_test") })
        {
            var facts = Facts(name);
            int m = facts.GetProperty("count").GetInt32();
            Assert.Equal((784, m), (part.X.RowCount, part.X.ColumnCount));
            Assert.Equal((1, m), (part.Y.RowCount, part.Y.ColumnCount));
            Assert.Equal(Ints(facts, "firstLabels"), part.Y.Row(0).Take(10).Select(v => (int)v));
            Assert.Equal(Ints(facts, "classCounts"), Enumerable.Range(0, 10).Select(c => part.Y.Row(0).Count(v => v == c)));
            Assert.Equal(facts.GetProperty("firstImagePixelSum").GetInt64(), (long)Math.Round(part.X.Column(0).Sum() * 255));
            Assert.Equal(facts.GetProperty("pixelSum").GetInt64(), (long)Math.Round(part.X.Enumerate().Sum() * 255));
            Assert.InRange(part.X.Enumerate().Min(), 0.0, 0.0);
            Assert.InRange(part.X.Enumerate().Max(), 0.0, 1.0);
        }
        // Pixels are stored row by row: row 14 of the first image is X[14·28 + c, 0].
        var row14 = Ints(Facts("fashion_train"), "firstImageRow14");
        Assert.Equal(row14, Enumerable.Range(0, 28).Select(c => (int)Math.Round(train.X[14 * 28 + c, 0] * 255)));
        Assert.Equal(10, DataFiles.FashionMnistClassNames.Count);
        Assert.Equal("Ankle boot", DataFiles.FashionMnistClassNames[(int)train.Y[0, 0]]);
    }

    [Fact]
    public void Digits_load_as_scikit_learn_loads_them()
    {
        var digits = DataFiles.LoadDigits();
        var facts = Facts("digits");
        Assert.Equal((64, 1797), (digits.X.RowCount, digits.X.ColumnCount));
        Assert.Equal(Ints(facts, "firstLabels"), digits.Y.Row(0).Take(10).Select(v => (int)v));
        Assert.Equal(facts.GetProperty("pixelSum").GetInt64(), (long)Math.Round(digits.X.Enumerate().Sum() * 16));
        Assert.Equal(Ints(facts, "firstImage").Select(v => v / 16.0), digits.X.Column(0).ToArray());
    }

    [Fact]
    public void Readme_lists_every_file_with_its_checksum()
    {
        string readme = File.ReadAllText(Path.Combine(DataFiles.FindDataDirectory(), "README.md"));
        foreach (var file in DataFiles.All)
        {
            Assert.Contains($"`{file.Name}`", readme);
            Assert.Contains($"`{file.Sha256}`", readme);
        }
    }

    [Fact]
    public void A_missing_file_is_reported_with_its_path_checksum_and_command()
    {
        using var copy = new TemporaryDataFolder(withDigits: false);
        var error = Assert.Throws<FileNotFoundException>(() => DataFiles.LoadDigits(copy.Path));
        Assert.Contains(Path.Combine(copy.Path, "digits.csv.gz"), error.Message);
        Assert.Contains(DataFiles.Digits.Sha256, error.Message);
        Assert.Contains("data/make_digits.py", error.Message);
    }

    [Fact]
    public void A_corrupt_file_is_reported_with_its_path_checksum_and_command()
    {
        using var copy = new TemporaryDataFolder(withDigits: true);
        string path = Path.Combine(copy.Path, "digits.csv.gz");
        byte[] bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] ^= 0xFF;
        File.WriteAllBytes(path, bytes);
        var error = Assert.Throws<InvalidDataException>(() => DataFiles.LoadDigits(copy.Path));
        Assert.Contains(path, error.Message);
        Assert.Contains("corrupt or out of date", error.Message);
        Assert.Contains(DataFiles.Digits.Sha256, error.Message);
        Assert.Contains("data/make_digits.py", error.Message);
    }

    [Fact]
    public void An_explicit_folder_without_the_readme_is_refused()
    {
        string empty = Directory.CreateTempSubdirectory("notebookkit-nodata-").FullName;
        try
        {
            var error = Assert.Throws<DirectoryNotFoundException>(() => DataFiles.LoadFashionMnist(empty));
            Assert.Contains("is not the data folder", error.Message);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    private static int[] Ints(JsonElement facts, string name) =>
        facts.GetProperty(name).EnumerateArray().Select(v => v.GetInt32()).ToArray();

    /// <summary>A copy of data/README.md, and optionally of digits.csv.gz, in a temporary folder.</summary>
    private sealed class TemporaryDataFolder : IDisposable
    {
        public TemporaryDataFolder(bool withDigits)
        {
            Path = Directory.CreateTempSubdirectory("notebookkit-data-").FullName;
            string source = DataFiles.FindDataDirectory();
            File.Copy(System.IO.Path.Combine(source, "README.md"), System.IO.Path.Combine(Path, "README.md"));
            if (withDigits)
            {
                File.Copy(System.IO.Path.Combine(source, "digits.csv.gz"), System.IO.Path.Combine(Path, "digits.csv.gz"));
            }
        }

        public string Path { get; }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}

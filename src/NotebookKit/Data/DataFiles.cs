using System.IO.Compression;
using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Data;

/// <summary>
/// Loads the small image sets stored in the repository's <c>data/</c> folder (described, with sources,
/// licences and checksums, in <c>data/README.md</c>). Each file's SHA-256 is checked before it is read, so a
/// missing, truncated or stale file is reported by its path with the command that regenerates it.
/// </summary>
public static class DataFiles
{
    /// <summary>The file whose presence marks the data folder.</summary>
    public const string MarkerFile = "README.md";

    /// <summary>The Fashion-MNIST class names, by label 0 … 9.</summary>
    public static IReadOnlyList<string> FashionMnistClassNames { get; } = new[]
    {
        "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot",
    };

    private const string FashionMnistCommand = "/usr/bin/python3 data/make_fashion_mnist_subset.py (needs Debian's dataset-fashion-mnist and python3-numpy)";
    private const string DigitsCommand = "/usr/bin/python3 data/make_digits.py (needs Debian's python3-sklearn)";

    /// <summary>The Fashion-MNIST training images.</summary>
    public static readonly DataFile FashionTrainImages = new("fashion-mnist-train-images-idx3-ubyte.gz", "1ecc7f90b9d150b40c359acf80cfec4990bfbcc1db9fe346f886d9e7fcae0000", FashionMnistCommand);
    /// <summary>The Fashion-MNIST training labels.</summary>
    public static readonly DataFile FashionTrainLabels = new("fashion-mnist-train-labels-idx1-ubyte.gz", "036b3a9440a684e6f8117e910b5dad249f9165250c2ae2341f2bfd8482381497", FashionMnistCommand);
    /// <summary>The Fashion-MNIST test images.</summary>
    public static readonly DataFile FashionTestImages = new("fashion-mnist-test-images-idx3-ubyte.gz", "e60ede7714c657ced2d723c33140572b5476b46df34b385a6e176b0757dc4318", FashionMnistCommand);
    /// <summary>The Fashion-MNIST test labels.</summary>
    public static readonly DataFile FashionTestLabels = new("fashion-mnist-test-labels-idx1-ubyte.gz", "e6d25f5f3e85bb315a10172898c1c8f69ce52c4f9306c5821205c821bfca8847", FashionMnistCommand);
    /// <summary>The UCI digits.</summary>
    public static readonly DataFile Digits = new("digits.csv.gz", "46abec6b12486ad9e51943373abcf22bbea1b5a51a1619b361570d8893f1464a", DigitsCommand);

    /// <summary>Every file the loaders read, with its expected SHA-256.</summary>
    public static IReadOnlyList<DataFile> All { get; } = new[] { FashionTrainImages, FashionTrainLabels, FashionTestImages, FashionTestLabels, Digits };

    /// <summary>
    /// The data folder: <paramref name="dataDirectory"/> when given; otherwise the first <c>data</c> folder
    /// holding <c>README.md</c> found by walking up from the current directory (a notebook's folder when a
    /// notebook runs), then from the folder of this library.
    /// </summary>
    /// <param name="dataDirectory">An explicit path to the data folder, or null to search.</param>
    public static string FindDataDirectory(string? dataDirectory = null)
    {
        if (dataDirectory is not null)
        {
            if (!File.Exists(Path.Combine(dataDirectory, MarkerFile)))
            {
                throw new DirectoryNotFoundException(
                    $"'{Path.GetFullPath(dataDirectory)}' is not the data folder: it has no {MarkerFile}. " +
                    "Pass the path of the repository's data/ folder, or null to search for it.");
            }
            return Path.GetFullPath(dataDirectory);
        }
        string libraryFolder = Path.GetDirectoryName(typeof(DataFiles).Assembly.Location) ?? "";
        string[] starts = { Environment.CurrentDirectory, libraryFolder };
        foreach (string start in starts.Where(s => s.Length > 0))
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                string candidate = Path.Combine(folder.FullName, "data");
                if (File.Exists(Path.Combine(candidate, MarkerFile)))
                {
                    return candidate;
                }
            }
        }
        throw new DirectoryNotFoundException(
            $"Could not find the data folder (a folder named data containing {MarkerFile}) above '{Environment.CurrentDirectory}' " +
            $"or above '{libraryFolder}'. Open the notebook from inside the repository, or pass the folder explicitly, " +
            "e.g. DataFiles.LoadDigits(\"/path/to/NotebookKit/data\").");
    }

    /// <summary>
    /// The balanced Fashion-MNIST subset: 10 000 training and 2 000 test images of 28 × 28 pixels, 10 classes
    /// (<see cref="FashionMnistClassNames"/>). X is 784 × m with pixel / 255 in [0, 1] (pixels row by row);
    /// Y is 1 × m labels 0 … 9 (use <see cref="OneHot.Encode"/> for 10 × m).
    /// </summary>
    /// <param name="dataDirectory">The data folder, or null to search (<see cref="FindDataDirectory"/>).</param>
    public static (DataSet Train, DataSet Test) LoadFashionMnist(string? dataDirectory = null)
    {
        string folder = FindDataDirectory(dataDirectory);
        return (ReadIdxPair(folder, FashionTrainImages, FashionTrainLabels), ReadIdxPair(folder, FashionTestImages, FashionTestLabels));
    }

    /// <summary>
    /// The UCI handwritten digits: 1 797 images of 8 × 8 pixels with counts 0 … 16. X is 64 × 1797 with
    /// count / 16 in [0, 1] (pixels row by row); Y is 1 × 1797 digits 0 … 9.
    /// </summary>
    /// <param name="dataDirectory">The data folder, or null to search (<see cref="FindDataDirectory"/>).</param>
    public static DataSet LoadDigits(string? dataDirectory = null)
    {
        byte[] bytes = Digits.ReadVerified(FindDataDirectory(dataDirectory));
        using var reader = new StreamReader(new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress));
        var rows = new List<int[]>();
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length > 0)
            {
                rows.Add(line.Split(',').Select(int.Parse).ToArray());
            }
        }
        var x = Matrix<double>.Build.Dense(64, rows.Count, (i, j) => rows[j][i] / 16.0);
        var y = Matrix<double>.Build.Dense(1, rows.Count, (_, j) => rows[j][64]);
        return new DataSet(x, y);
    }

    private static DataSet ReadIdxPair(string folder, DataFile imagesFile, DataFile labelsFile)
    {
        var (imageShape, pixels) = IdxFile.Read(imagesFile.ReadVerified(folder));
        var (labelShape, labels) = IdxFile.Read(labelsFile.ReadVerified(folder));
        int m = imageShape[0];
        int size = imageShape.Skip(1).Aggregate(1, (a, b) => a * b);
        if (labelShape[0] != m)
        {
            throw new InvalidDataException($"{imagesFile.Name} holds {m} images but {labelsFile.Name} holds {labelShape[0]} labels.");
        }
        var x = Matrix<double>.Build.Dense(size, m, (i, j) => pixels[j * size + i] / 255.0);
        var y = Matrix<double>.Build.Dense(1, m, (_, j) => labels[j]);
        return new DataSet(x, y);
    }
}

using System.Globalization;
using System.Runtime.InteropServices;

namespace NotebookKit.LinearAlgebra;

/// <summary>
/// A BLAS found at run time: OpenBLAS on Linux (Debian's <c>libopenblas0</c>) and Windows (<c>libopenblas.dll</c>
/// on the path), Accelerate on macOS. Only <c>cblas_dgemm</c> is bound:
/// <c>C = α·op(A)·op(B) + β·C</c> on column-major storage. Debian's <c>libblas.so.3</c> is never loaded, since it may
/// be the reference BLAS (about 2 GFLOP/s). OpenBLAS is set to one thread: the network's matrices are small, and
/// hyperparameter search already runs one trial per core; <c>NOTEBOOKKIT_BLAS_THREADS=n</c> changes it.
/// <c>NOTEBOOKKIT_BLAS=managed</c> turns the BLAS off; <c>NOTEBOOKKIT_BLAS=/path/to/library</c> loads that library.
/// </summary>
internal sealed class NativeBlas
{
    private const int ColumnMajor = 102, NoTranspose = 111, Transpose = 112;

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate void DgemmFunction(
        int order, int transA, int transB, int m, int n, int k, double alpha,
        ref double a, int lda, ref double b, int ldb, double beta, ref double c, int ldc);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate void SetThreadsFunction(int threads);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate IntPtr ConfigFunction();

    private readonly DgemmFunction _dgemm;

    private NativeBlas(DgemmFunction dgemm, string description)
    {
        _dgemm = dgemm;
        Description = description;
    }

    /// <summary>Which library was loaded, from where, with its own configuration and thread count.</summary>
    public string Description { get; }

    /// <summary>
    /// Loads the first BLAS that exports <c>cblas_dgemm</c>; null (with the reason in <paramref name="why"/>) when
    /// none is found or the environment turns it off.
    /// </summary>
    public static NativeBlas? Load(out string why)
    {
        why = "";
        string? choice = Environment.GetEnvironmentVariable("NOTEBOOKKIT_BLAS");
        if (string.Equals(choice, "managed", StringComparison.OrdinalIgnoreCase))
        {
            why = "BLAS turned off by NOTEBOOKKIT_BLAS=managed";
            return null;
        }
        var candidates = string.IsNullOrWhiteSpace(choice) ? Candidates() : new[] { choice };
        foreach (string candidate in candidates)
        {
            if (NativeLibrary.TryLoad(candidate, out var handle) && NativeLibrary.TryGetExport(handle, "cblas_dgemm", out var dgemm))
            {
                return new NativeBlas(Marshal.GetDelegateForFunctionPointer<DgemmFunction>(dgemm), Configure(handle, candidate));
            }
        }
        why = "no BLAS found (looked for " + string.Join(", ", candidates) + ")";
        return null;
    }

    /// <summary>Where each OS keeps an optimized BLAS, most specific first.</summary>
    private static string[] Candidates()
    {
        if (OperatingSystem.IsMacOS())
        {
            return new[] { "/System/Library/Frameworks/Accelerate.framework/Accelerate" };
        }
        if (OperatingSystem.IsWindows())
        {
            return new[] { "libopenblas.dll", "openblas.dll" };
        }
        string multiarch = RuntimeInformation.ProcessArchitecture == Architecture.Arm64 ? "aarch64-linux-gnu" : "x86_64-linux-gnu";
        return new[]
        {
            $"/usr/lib/{multiarch}/openblas-pthread/libopenblas.so.0",
            $"/usr/lib/{multiarch}/openblas-openmp/libopenblas.so.0",
            "libopenblas.so.0",
            "libopenblas.so",
        };
    }

    /// <summary>Sets OpenBLAS's thread count and describes the library.</summary>
    private static string Configure(IntPtr handle, string path)
    {
        if (!NativeLibrary.TryGetExport(handle, "openblas_set_num_threads", out var setThreads))
        {
            return $"native BLAS ({path})";
        }
        string? requested = Environment.GetEnvironmentVariable("NOTEBOOKKIT_BLAS_THREADS");
        int threads = int.TryParse(requested, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) && n >= 1 ? n : 1;
        Marshal.GetDelegateForFunctionPointer<SetThreadsFunction>(setThreads)(threads);
        string config = Text(handle, "openblas_get_config") ?? "OpenBLAS";
        string core = Text(handle, "openblas_get_corename") is { } name ? $", {name} kernels" : "";
        return $"{config} ({path}{core}, {threads} thread{(threads == 1 ? "" : "s")})";
    }

    private static string? Text(IntPtr handle, string export) =>
        NativeLibrary.TryGetExport(handle, export, out var function)
            ? Marshal.PtrToStringAnsi(Marshal.GetDelegateForFunctionPointer<ConfigFunction>(function)())?.Trim()
            : null;

    /// <summary><c>C = op(A)·op(B)</c> (β = 0) on column-major blocks starting at the given elements.</summary>
    public void Multiply(bool transposeA, bool transposeB, int m, int n, int k,
        ref double a, int lda, ref double b, int ldb, ref double c, int ldc) =>
        _dgemm(ColumnMajor, transposeA ? Transpose : NoTranspose, transposeB ? Transpose : NoTranspose,
            m, n, k, 1.0, ref a, lda, ref b, ldb, 0.0, ref c, ldc);
}

using NotebookKit.LinearAlgebra;

namespace NotebookKit;

/// <summary>What this build of the kit runs on, for a notebook to print: <c>Console.WriteLine(NotebookKit.Info.LinearAlgebra)</c>.</summary>
public static class Info
{
    /// <summary>
    /// Where the matrix products run: a native BLAS found on this machine (OpenBLAS on Linux and Windows, Accelerate
    /// on macOS), named with its configuration and thread count, or the kit's managed SIMD kernel with the reason
    /// (none found, or <c>NOTEBOOKKIT_BLAS=managed</c>). Results agree to the last few digits either way.
    /// </summary>
    public static string LinearAlgebra => Gemm.Description;

    /// <summary>True when the products run in a native BLAS rather than the managed kernel.</summary>
    public static bool UsesNativeBlas => Gemm.UsesNativeBlas;
}

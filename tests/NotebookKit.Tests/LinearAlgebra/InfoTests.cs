namespace NotebookKit.Tests.LinearAlgebra;

/// <summary>The kit says where its products run, and the environment can turn the BLAS off.</summary>
public class InfoTests
{
    private const string DebianOpenBlas = "/usr/lib/x86_64-linux-gnu/openblas-pthread/libopenblas.so.0";

    [Fact]
    public void Info_names_the_path_taken()
    {
        if (Info.UsesNativeBlas)
        {
            Assert.Contains("thread", Info.LinearAlgebra);
        }
        else
        {
            Assert.StartsWith("managed packed SIMD kernel", Info.LinearAlgebra);
        }
    }

    [Fact]
    public void NOTEBOOKKIT_BLAS_managed_turns_the_BLAS_off_and_Debian_OpenBLAS_is_found_otherwise()
    {
        if (Environment.GetEnvironmentVariable("NOTEBOOKKIT_BLAS") is "managed")
        {
            Assert.False(Info.UsesNativeBlas);
            Assert.Contains("NOTEBOOKKIT_BLAS=managed", Info.LinearAlgebra);
        }
        else if (File.Exists(DebianOpenBlas) && Environment.GetEnvironmentVariable("NOTEBOOKKIT_BLAS") is null)
        {
            Assert.True(Info.UsesNativeBlas, Info.LinearAlgebra);
            Assert.Contains("OpenBLAS", Info.LinearAlgebra);
            Assert.Contains(DebianOpenBlas, Info.LinearAlgebra);
            Assert.Contains("1 thread", Info.LinearAlgebra);
        }
    }
}

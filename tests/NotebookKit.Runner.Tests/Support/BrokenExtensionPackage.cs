using System.IO.Compression;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.DotNet.Interactive;

namespace NotebookKit.Runner.Tests.Support;

/// <summary>
/// A NuGet package whose kernel extension fails to load in any kernel, the way an extension built against an older
/// kernel's API fails in today's. Its <c>interactive-extensions/dotnet/BrokenChart.dll</c> holds an
/// <see cref="IKernelExtension"/> whose <c>OnLoadAsync</c> calls <c>Helper.Missing()</c>, compiled against a helper
/// that has that method, while the package ships the helper without it (<c>lib/net8.0/BrokenChart.Helper.dll</c>), so
/// loading the extension throws <see cref="MissingMethodException"/>. Built at test time into a folder feed; each
/// instance has a version of its own, so neither the NuGet packages folder nor the kernel's cache of resolutions can
/// hand a test an older build.
/// </summary>
public sealed class BrokenExtensionPackage : IDisposable
{
    private readonly TempFolder feed = new();

    public BrokenExtensionPackage()
    {
        var helperWithMethod = Compile("BrokenChart.Helper", "public static class Helper { public static void Missing() { } }");
        var helperWithout = Compile("BrokenChart.Helper", "public static class Helper { }");
        var extension = Compile(
            "BrokenChart",
            "public sealed class ChartExtension : Microsoft.DotNet.Interactive.IKernelExtension\n"
            + "{\n    public System.Threading.Tasks.Task OnLoadAsync(Microsoft.DotNet.Interactive.Kernel kernel)\n    {\n"
            + "        Helper.Missing();\n        return System.Threading.Tasks.Task.CompletedTask;\n    }\n}",
            MetadataReference.CreateFromImage(helperWithMethod));
        using var package = ZipFile.Open(Path.Combine(feed.Path, $"{Id}.{Version}.nupkg"), ZipArchiveMode.Create);
        Add(package, $"{Id}.nuspec", System.Text.Encoding.UTF8.GetBytes(Nuspec));
        Add(package, "lib/net8.0/BrokenChart.Helper.dll", helperWithout);
        Add(package, "interactive-extensions/dotnet/BrokenChart.dll", extension);
    }

    /// <summary>The package id.</summary>
    public string Id => "BrokenChart";

    /// <summary>This build's version, unique to the instance.</summary>
    public string Version { get; } = $"1.0.0-t{Guid.NewGuid():N}"[..20];

    /// <summary>A setup cell that loads the package from its folder feed, as a student's <c>#r</c> loads one from nuget.org.</summary>
    public string SetupCell => $"#i \"nuget: {feed.Path}\"\n#r \"nuget: {Id}, {Version}\"";

    /// <summary>Deletes the feed and the package's copy in the NuGet packages folder (where the kernel restored it).</summary>
    public void Dispose()
    {
        feed.Dispose();
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var restored = Path.Combine(packages, Id.ToLowerInvariant(), Version);
        if (Directory.Exists(restored))
        {
            Directory.Delete(restored, recursive: true);
        }
    }

    private string Nuspec => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
          <metadata>
            <id>{Id}</id>
            <version>{Version}</version>
            <authors>NotebookKit tests</authors>
            <description>A kernel extension that calls a method its own helper does not have.</description>
          </metadata>
        </package>
        """;

    /// <summary>Compiles one C# source in namespace BrokenChart against the runtime and the kernel's API.</summary>
    private static byte[] Compile(string assemblyName, string source, params MetadataReference[] references)
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            assemblyName,
            [CSharpSyntaxTree.ParseText($"namespace BrokenChart;\n{source}")],
            [.. platform, .. references],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return image.ToArray();
    }

    private static void Add(ZipArchive package, string name, byte[] content)
    {
        using var entry = package.CreateEntry(name).Open();
        entry.Write(content);
    }
}

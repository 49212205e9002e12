using System.Reflection;
using MathNet.Numerics.LinearAlgebra;
using Microsoft.Data.Analysis;
using XPlot.Plotly;

namespace NotebookKit.Runner.Execution;

/// <summary>A NuGet package a notebook may reference with <c>#r "nuget: ..."</c>, and the assemblies the runner loads for it.</summary>
public sealed record CarriedPackage(string Name, string Version, IReadOnlyList<Assembly> Assemblies);

/// <summary>
/// The packages the headless runner carries: its own package references. Their versions are those of
/// Directory.Packages.props, recorded in the runner assembly at build time.
/// </summary>
public static class CarriedPackages
{
    /// <summary>Every package a notebook can reference, by name.</summary>
    public static IReadOnlyList<CarriedPackage> All { get; } = Create();

    /// <summary>The carried package matching a <c>#r "nuget: Name, Version"</c> directive.</summary>
    /// <exception cref="DirectiveException">The runner does not carry that package, or not that version.</exception>
    public static CarriedPackage Resolve(NuGetReference reference)
    {
        var requested = $"{reference.Package} {reference.Version ?? "(no version)"}";
        var package = All.FirstOrDefault(p => string.Equals(p.Name, reference.Package, StringComparison.OrdinalIgnoreCase))
            ?? throw new DirectiveException(reference.Line,
                $"#r \"nuget: {reference.Package}\": the headless runner does not carry the package {reference.Package} (requested {requested}; carried: {Describe()}). Use one of those, or add the package to the runner.");
        if (reference.Version is null)
        {
            throw new DirectiveException(reference.Line,
                $"#r \"nuget: {reference.Package}\" has no version: pin it, as VS Code would otherwise fetch the newest. The runner carries {package.Name} {package.Version}: write #r \"nuget: {package.Name}, {package.Version}\".");
        }

        if (reference.Version != package.Version)
        {
            throw new DirectiveException(reference.Line,
                $"#r \"nuget: {reference.Package}, {reference.Version}\": requested {package.Name} {reference.Version}, but the runner carries {package.Name} {package.Version}. Write #r \"nuget: {package.Name}, {package.Version}\", or change the version in Directory.Packages.props and rebuild the runner.");
        }

        return package;
    }

    /// <summary>The carried packages as "Name Version, ...", for messages.</summary>
    public static string Describe() => string.Join(", ", All.Select(p => $"{p.Name} {p.Version}"));

    private static List<CarriedPackage> Create()
    {
        var xplot = typeof(PlotlyChart).Assembly;
        var fsharpCore = typeof(Microsoft.FSharp.Core.FSharpOption<>).Assembly;
        var xplotVersion = VersionOf("XPlot.Plotly");
        return
        [
            new("MathNet.Numerics", VersionOf("MathNet.Numerics"), [typeof(Matrix<>).Assembly]),
            new("Microsoft.Data.Analysis", VersionOf("Microsoft.Data.Analysis"),
                [typeof(DataFrame).Assembly, typeof(Microsoft.ML.IDataView).Assembly, typeof(Apache.Arrow.RecordBatch).Assembly]),
            // XPlot.Plotly.Interactive is the notebook-side package of XPlot.Plotly, released with the same version;
            // the runner plays its part (rendering charts) itself.
            new("XPlot.Plotly.Interactive", xplotVersion, [xplot, fsharpCore]),
            new("XPlot.Plotly", xplotVersion, [xplot, fsharpCore]),
        ];
    }

    private static string VersionOf(string package) =>
        typeof(CarriedPackages).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == $"CarriedPackage:{package}").Value!;
}

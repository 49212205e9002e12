using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Scripting;

namespace NotebookKit.Runner.Execution;

/// <summary>
/// Resolves a notebook's references like Roslyn's default script resolver, except that the runner's own
/// dependencies stay hidden: MathNet.Numerics and the others become visible to a notebook only through its
/// <c>#r "nuget: ..."</c>, as in VS Code, so a notebook that forgets one fails here too.
/// </summary>
public sealed class NotebookMetadataResolver(string runnerAssemblyPath) : MetadataReferenceResolver
{
    private readonly string runnerAssemblyPath = runnerAssemblyPath;
    private readonly MetadataReferenceResolver inner = ScriptOptions.Default.MetadataResolver;

    /// <inheritdoc />
    public override bool ResolveMissingAssemblies => inner.ResolveMissingAssemblies;

    /// <inheritdoc />
    public override ImmutableArray<PortableExecutableReference> ResolveReference(string reference, string? baseFilePath, MetadataReferenceProperties properties) =>
        inner.ResolveReference(reference, baseFilePath, properties);

    /// <inheritdoc />
    public override PortableExecutableReference? ResolveMissingAssembly(MetadataReference definition, AssemblyIdentity referenceIdentity) =>
        definition is PortableExecutableReference { FilePath: { } path } && path == runnerAssemblyPath
            ? null
            : inner.ResolveMissingAssembly(definition, referenceIdentity);

    /// <inheritdoc />
    public override bool Equals(object? other) => other is NotebookMetadataResolver resolver && resolver.runnerAssemblyPath == runnerAssemblyPath;

    /// <inheritdoc />
    public override int GetHashCode() => runnerAssemblyPath.GetHashCode(StringComparison.Ordinal);
}

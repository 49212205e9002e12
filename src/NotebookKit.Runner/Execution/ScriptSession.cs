using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.AspNetCore.Html;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.CodeAnalysis.Scripting.Hosting;
using Microsoft.DotNet.Interactive.Formatting;
using NotebookKit.Runner.Formatting;
using NotebookKit.Runner.Kernel;
using NotebookKit.Runner.Notebooks;

namespace NotebookKit.Runner.Execution;

/// <summary>What running one C# cell produced.</summary>
/// <param name="Succeeded">False when the cell ended with an error output.</param>
/// <param name="Outputs">Everything the cell showed, in order; an error is last.</param>
/// <param name="ErrorMessage">The error's one-line message, when it failed.</param>
public sealed record CellExecution(bool Succeeded, IReadOnlyList<CellOutput> Outputs, string? ErrorMessage);

/// <summary>
/// One C# session for one notebook, on Roslyn scripting as the .NET Interactive C# kernel is: each cell is a
/// submission continuing the previous one, so variables, methods and usings carry over. A failing cell leaves
/// what it had already declared; a cell that times out is abandoned and the session goes on from before it.
/// </summary>
public sealed class ScriptSession : IDisposable
{
    private static readonly string[] DefaultImports =
    [
        "System", "System.Collections", "System.Collections.Generic", "System.Linq", "System.Text", "System.Threading.Tasks",
        typeof(DisplayExtensions).Namespace!,
    ];

    private readonly NotebookDocument notebook;
    private readonly TimeSpan cellTimeout;
    private readonly InteractiveAssemblyLoader loader = new();
    private readonly Dictionary<string, int> cellOfSource = [];
    private readonly HashSet<string> referencedFiles = [];
    private ScriptOptions options;
    private ScriptState<object>? state;

    /// <summary>Starts an empty session for <paramref name="notebook"/>; each cell may run at most <paramref name="cellTimeout"/>.</summary>
    public ScriptSession(NotebookDocument notebook, TimeSpan cellTimeout)
    {
        this.notebook = notebook;
        this.cellTimeout = cellTimeout;
        var hostAssemblies = new[] { typeof(NotebookGlobals).Assembly, typeof(Formatter).Assembly, typeof(IHtmlContent).Assembly };
        foreach (var assembly in hostAssemblies.Concat(CarriedPackages.All.SelectMany(package => package.Assemblies)).Distinct())
        {
            // Scripts share the runner's copy of these assemblies, so values cross between notebook and runner.
            loader.RegisterDependency(assembly);
        }

        options = ScriptOptions.Default
            .WithMetadataResolver(new NotebookMetadataResolver(typeof(NotebookGlobals).Assembly.Location))
            .WithEmitDebugInformation(true)
            .WithFileEncoding(Encoding.UTF8)
            .AddReferences(hostAssemblies)
            .AddReferences(typeof(Microsoft.CSharp.RuntimeBinder.Binder).Assembly)
            .AddImports(DefaultImports);
    }

    /// <summary>Runs the C# code cell <paramref name="cell"/>; a trailing expression's value becomes an execute_result numbered <paramref name="executionCount"/>.</summary>
    public async Task<CellExecution> ExecuteAsync(NotebookCell cell, int executionCount)
    {
        var collector = new CellOutputCollector();
        var name = notebook.DisplayName;
        PreparedCell prepared;
        try
        {
            prepared = Directives.Prepare(cell.Source);
            foreach (var directive in prepared.Directives)
            {
                AddReference(directive);
            }
        }
        catch (DirectiveException error)
        {
            return Fail(collector, CellErrors.Directive(name, cell.Number, error));
        }

        var sourceName = $"{notebook.FileName}, cell {cell.Number}";
        cellOfSource[sourceName] = cell.Number;
        state ??= await CSharpScript.Create("", options, typeof(NotebookGlobals), loader).RunAsync(new NotebookGlobals());
        var script = state.Script.ContinueWith(prepared.Code, options.WithFilePath(sourceName));
        var errors = script.Compile().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            return Fail(collector, CellErrors.Compilation(name, cell.Number, errors));
        }

        var (run, capture) = RunOnOwnThread(script, state, collector);
        try
        {
            state = await run.WaitAsync(cellTimeout);
        }
        catch (TimeoutException)
        {
            capture.Value?.Dispose();
            return Fail(collector, CellErrors.TimedOut(name, cell.Number, cellTimeout));
        }

        if (state.Exception is { } exception)
        {
            return Fail(collector, CellErrors.Exception(name, cell.Number, exception, cellOfSource));
        }

        if (HasTrailingValue(script))
        {
            collector.Add(new ResultOutput(executionCount, DisplayFormatter.Format(state.ReturnValue)));
        }

        return new CellExecution(true, collector.Close(), null);
    }

    /// <inheritdoc />
    public void Dispose() => loader.Dispose();

    private void AddReference(Directive directive)
    {
        switch (directive)
        {
            case NuGetReference package:
                options = options.AddReferences(CarriedPackages.Resolve(package).Assemblies);
                break;
            case AssemblyReference assembly:
                var path = Path.GetFullPath(Path.Combine(notebook.Folder, assembly.Path));
                if (!File.Exists(path))
                {
                    throw new DirectiveException(assembly.Line,
                        $"#r \"{assembly.Path}\": no file at {path} (a relative path is relative to the notebook's folder, as in VS Code). If it is the NotebookKit library, build it first: dotnet build src/NotebookKit");
                }

                if (referencedFiles.Add(path))
                {
                    options = options.AddReferences(MetadataReference.CreateFromFile(path));
                }

                break;
        }
    }

    /// <summary>
    /// Runs the submission on a thread of its own, so that a cell stuck in a loop cannot block the runner:
    /// past the time limit the runner stops waiting and abandons it.
    /// </summary>
    private static (Task<ScriptState<object>> Run, StrongBox<IDisposable?> Capture) RunOnOwnThread(
        Script<object> script, ScriptState<object> previous, CellOutputCollector collector)
    {
        var capture = new StrongBox<IDisposable?>();
        var run = Task.Factory.StartNew(
            () =>
            {
                using var scope = capture.Value = CellCapture.Begin(collector);
                return script.RunFromAsync(previous, catchException: _ => true).GetAwaiter().GetResult();
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        return (run, capture);
    }

    /// <summary>True when the cell ends with an expression that has a value (no semicolon, not void), as the kernel displays.</summary>
    private static bool HasTrailingValue(Script script)
    {
        var compilation = script.GetCompilation();
        var tree = compilation.SyntaxTrees.Single();
        if (tree.GetRoot() is not CompilationUnitSyntax { Members: [.., GlobalStatementSyntax { Statement: ExpressionStatementSyntax statement }] }
            || !statement.SemicolonToken.IsMissing)
        {
            return false;
        }

        var type = compilation.GetSemanticModel(tree).GetTypeInfo(statement.Expression).Type;
        return type is not null && type.SpecialType != SpecialType.System_Void;
    }

    private static CellExecution Fail(CellOutputCollector collector, ErrorOutput error)
    {
        collector.Add(error);
        return new CellExecution(false, collector.Close(), error.Value);
    }
}

namespace NotebookKit.Runner.Rendering;

/// <summary>The stylesheet shared by notebook pages and the index.</summary>
public static class PageStyle
{
    /// <summary>CSS for the pages.</summary>
    public const string Css = """
        body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; color: #1f2328; background: #fff; }
        main { max-width: 1000px; margin: 0 auto; padding: 1.5rem 2rem 4rem; }
        header.run { margin-bottom: 1.5rem; padding: .6rem 1rem; border-radius: 6px; font-size: .95rem; }
        header.ok { background: #dafbe1; border: 1px solid #4ac26b; }
        header.failed { background: #ffebe9; border: 1px solid #ff8182; }
        .cell { margin: .8rem 0; }
        .markdown { line-height: 1.55; }
        .markdown table, .notebookkit-table { border-collapse: collapse; margin: .5rem 0; }
        .markdown th, .markdown td, .notebookkit-table th, .notebookkit-table td { border: 1px solid #d0d7de; padding: .25rem .6rem; }
        .notebookkit-table caption { text-align: left; font-size: .85rem; color: #59636e; white-space: nowrap; }
        .notebookkit-table td { text-align: right; font-variant-numeric: tabular-nums; }
        .code { display: flex; gap: .6rem; }
        .prompt { flex: 0 0 4.5rem; color: #59636e; font: .8rem ui-monospace, monospace; padding-top: .55rem; text-align: right; }
        .code pre { flex: 1; margin: 0; padding: .5rem .8rem; background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 6px; overflow-x: auto; }
        pre, code { font: .85rem/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
        .outputs { margin: .3rem 0 0 5.1rem; }
        .output { margin: .3rem 0; overflow-x: auto; }
        pre.output { padding: .3rem .6rem; white-space: pre-wrap; }
        .stderr { background: #fff8c5; }
        .error { background: #ffebe9; color: #82071e; }
        .notice { color: #59636e; font-style: italic; font-size: .85rem; }
        .not-executed pre { opacity: .55; }
        table.index { border-collapse: collapse; width: 100%; }
        table.index th, table.index td { border-bottom: 1px solid #d0d7de; padding: .4rem .6rem; text-align: left; }
        .status-ok { color: #1a7f37; font-weight: 600; }
        .status-failed { color: #cf222e; font-weight: 600; }
        table.feedback { margin-bottom: 1.5rem; }
        table.feedback pre { margin: 0; white-space: pre-wrap; }
        """;
}

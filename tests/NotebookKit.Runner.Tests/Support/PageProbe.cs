using PuppeteerSharp;

namespace NotebookKit.Runner.Tests.Support;

/// <summary>What a page shows a reader, as read in Chromium once its math and charts are drawn.</summary>
/// <param name="Wide">Elements wider than the viewport that no scroll box of their own holds (tag, class, right edge, text).</param>
/// <param name="RawMath">Text outside code that still shows <c>$$</c>.</param>
/// <param name="MathErrors">KaTeX errors, and math elements KaTeX did not draw.</param>
/// <param name="Charts">The charts of the page.</param>
/// <param name="ChartsDrawn">The charts plotly.js drew.</param>
/// <param name="TitlesCut">Chart titles wider than their chart.</param>
/// <param name="NumbersNotRight">Cells of a data frame's numbers not right-aligned in tabular figures.</param>
/// <param name="Links">Every link, stylesheet and script the page loads or points to, as absolute URLs.</param>
/// <param name="Ids">The ids of the page's elements.</param>
public sealed record PageProbe(
    string[] Wide, string[] RawMath, string[] MathErrors, int Charts, int ChartsDrawn, string[] TitlesCut, int NumbersNotRight, string[] Links, string[] Ids)
{
    /// <summary>
    /// Opens <paramref name="file"/> at the first of <paramref name="widths"/> px and reads it once its charts are drawn,
    /// then resizes the window to each other width and reads it again once its charts have followed; script errors go
    /// to <paramref name="errors"/>.
    /// </summary>
    public static async Task<IReadOnlyList<PageProbe>> ReadAsync(IBrowser browser, string file, IReadOnlyList<int> widths, List<string> errors)
    {
        await using var page = await browser.NewPageAsync();
        page.PageError += (_, e) => errors.Add($"{Path.GetFileName(file)}: {e.Message}");
        page.Console += (_, e) =>
        {
            if (e.Message.Type == ConsoleType.Error)
            {
                errors.Add($"{Path.GetFileName(file)}: {e.Message.Text}");
            }
        };
        var probes = new List<PageProbe>();
        foreach (var width in widths)
        {
            await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = 900 });
            if (probes.Count == 0)
            {
                await page.GoToAsync(new Uri(file).AbsoluteUri, new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load], Timeout = 60_000 });
            }

            await page.WaitForFunctionAsync(ChartsSettled, new WaitForFunctionOptions { Timeout = 30_000 });
            probes.Add(await page.EvaluateFunctionAsync<PageProbe>(Script));
        }

        return probes;
    }

    /// <summary>Every chart drawn, as wide as its element, its title wrapped for that width (page.js keeps it in data-title-width).</summary>
    private const string ChartsSettled = """
        () => [...document.querySelectorAll('.output.plot')].every(chart => {
          const svg = chart.querySelector('.main-svg');
          const width = (chart.layout && chart.layout.width) || chart.clientWidth;
          return svg && Math.abs(svg.getBoundingClientRect().width - width) < 2 && (!chart.dataset.titleWidth || Number(chart.dataset.titleWidth) === width);
        })
        """;

    private const string Script = """
        () => {
          const width = document.documentElement.clientWidth;
          // A box that keeps what is wider inside it: one that scrolls, or an SVG (which shows nothing outside itself).
          const scrollBox = element => {
            for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
              const keeps = box instanceof SVGSVGElement || ['auto', 'scroll'].includes(getComputedStyle(box).overflowX);
              if (keeps && box.getBoundingClientRect().right <= width + 0.5) return true;
            }
            return false;
          };
          const wide = [...document.body.querySelectorAll('*')]
            // Not seen: KaTeX's MathML copy for screen readers (clipped to nothing), and what lies above the page
            // (plotly.js measures text in an SVG placed there).
            .filter(element => element.getBoundingClientRect().right > width + 0.5 && element.getBoundingClientRect().bottom + scrollY > 0)
            .filter(element => !scrollBox(element) && !element.closest('.katex-mathml'))
            .map(element => `${element.tagName}.${element.className.baseVal ?? element.className} right ${Math.round(element.getBoundingClientRect().right)}: ${element.textContent.trim().slice(0, 60)}`);
          if (document.documentElement.scrollWidth > width) wide.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px`);
          const rawMath = [];
          const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          while (texts.nextNode()) {
            const text = texts.currentNode;
            if (text.textContent.includes('$$') && !text.parentElement.closest('pre, code, script')) rawMath.push(text.textContent.trim().slice(0, 80));
          }
          const mathErrors = [...document.querySelectorAll('.katex-error'), ...[...document.querySelectorAll('.math')].filter(math => !math.querySelector('.katex'))]
            .map(math => math.textContent.slice(0, 80));
          const charts = [...document.querySelectorAll('.output.plot')];
          const titlesCut = charts.map(chart => [chart.getBoundingClientRect(), chart.querySelector('.gtitle')])
            .filter(([box, title]) => title && (title.getBoundingClientRect().left < box.left - 0.5 || title.getBoundingClientRect().right > box.right + 0.5))
            .map(([, title]) => title.textContent);
          const numbersNotRight = [...document.querySelectorAll('.output td')].filter(cell => cell.querySelector(':scope > .dni-plaintext'))
            .filter(cell => getComputedStyle(cell).textAlign !== 'right' || !getComputedStyle(cell).fontVariantNumeric.includes('tabular-nums')).length;
          const links = [...document.querySelectorAll('a[href]')].map(a => a.href)
            .concat([...document.querySelectorAll('link[href]')].map(link => link.href), [...document.querySelectorAll('script[src]')].map(script => script.src));
          return {
            wide, rawMath, mathErrors, charts: charts.length, chartsDrawn: charts.filter(chart => chart.querySelector('.main-svg')).length,
            titlesCut, numbersNotRight, links, ids: [...document.querySelectorAll('[id]')].map(element => element.id),
          };
        }
        """;
}

// NotebookKit's pages: draws the page's math with KaTeX and its charts with plotly.js, once the page is parsed.
// Math stands in elements of class "math" (\(...\) inline, \[...\] or a div for display); each chart's plotly
// figure stands in a <script type="application/json" class="plot-figure"> right after the element it is drawn in.
(function () {
  "use strict";

  function drawMath() {
    document.querySelectorAll(".math").forEach(function (element) {
      var display = element.tagName === "DIV" || element.classList.contains("display");
      var tex = element.textContent.trim().replace(/^\\[([]/, "").replace(/\\[)\]]$/, "");
      katex.render(tex, element, { displayMode: display, throwOnError: false });
    });
  }

  // The title of a chart as lines that fit its width, broken at spaces, and the top margin they need. The width it
  // was wrapped for is kept on the chart's element (data-title-width), to wrap it again when the page is resized.
  function wrappedTitle(element, title, width) {
    var font = (title.font && title.font.size || 17) + "px " + (title.font && title.font.family || "\"Open Sans\", verdana, arial, sans-serif");
    var context = document.createElement("canvas").getContext("2d");
    context.font = font;
    var lines = [];
    title.text.split(" ").forEach(function (word) {
      var last = lines.length - 1;
      if (last >= 0 && context.measureText(lines[last] + " " + word).width <= width * 0.9) {
        lines[last] += " " + word;
      } else {
        lines.push(word);
      }
    });
    element.dataset.titleWidth = width;
    return { title: Object.assign({}, title, { text: lines.join("<br>") }), top: 60 + 22 * lines.length };
  }

  function drawCharts() {
    var charts = [];
    document.querySelectorAll("script.plot-figure").forEach(function (script) {
      var element = script.previousElementSibling;
      var figure = JSON.parse(script.textContent);
      var layout = figure.layout || {};
      var title = typeof layout.title === "string" ? { text: layout.title } : layout.title;
      var margin = Object.assign({ t: 100 }, layout.margin);
      var chart = { element: element, title: title, top: margin.t, width: layout.width };
      if (title && title.text && title.text.indexOf("<br") < 0) {
        var wrapped = wrappedTitle(element, title, layout.width || element.clientWidth);
        layout.title = wrapped.title;
        layout.margin = Object.assign(margin, { t: Math.max(margin.t, wrapped.top) });
        charts.push(chart);
      }

      Plotly.newPlot(element, figure.data, layout, { responsive: true });
    });

    var pending;
    window.addEventListener("resize", function () {
      clearTimeout(pending);
      pending = setTimeout(function () {
        charts.forEach(function (chart) {
          var width = chart.width || chart.element.clientWidth;
          if (Number(chart.element.dataset.titleWidth) !== width) {
            var wrapped = wrappedTitle(chart.element, chart.title, width);
            Plotly.relayout(chart.element, { title: wrapped.title, "margin.t": Math.max(chart.top, wrapped.top) });
          }
        });
      }, 100);
    });
  }

  // Loaded only where the page has math or charts; an element whose id is a global's name is not them.
  if (typeof katex !== "undefined" && typeof katex.render === "function") {
    drawMath();
  }

  if (typeof Plotly !== "undefined" && typeof Plotly.newPlot === "function") {
    drawCharts();
  }
})();

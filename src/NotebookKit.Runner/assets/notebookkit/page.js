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

  // A title wider than its chart is broken at spaces into lines that fit, with room made for them above the plot.
  function wrapTitle(layout, width) {
    var title = typeof layout.title === "string" ? { text: layout.title } : layout.title;
    if (!title || !title.text || title.text.indexOf("<br") >= 0) {
      return;
    }

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
    if (lines.length > 1) {
      layout.title = Object.assign({}, title, { text: lines.join("<br>") });
      layout.margin = Object.assign({ t: 100 }, layout.margin);
      layout.margin.t = Math.max(layout.margin.t, 60 + 22 * lines.length);
    }
  }

  function drawCharts() {
    document.querySelectorAll("script.plot-figure").forEach(function (script) {
      var element = script.previousElementSibling;
      var figure = JSON.parse(script.textContent);
      var layout = figure.layout || {};
      wrapTitle(layout, layout.width || element.clientWidth);
      Plotly.newPlot(element, figure.data, layout, { responsive: true });
    });
  }

  if (typeof katex !== "undefined") {
    drawMath();
  }

  if (typeof Plotly !== "undefined") {
    drawCharts();
  }
})();

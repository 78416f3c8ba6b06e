// An agreement's dashboard: draws each <canvas data-chart> with Chart.js, when the page loads and again
// after htmx swaps in a fresh live part. In Arabic the axis of days runs right to left, the value axis
// stands on the right, and legends and tooltips read right to left. Colours follow the series' order,
// never a party.
(function () {
  var palette = ['#1f6f8b', '#a0612a', '#6b4fa0', '#3f7f4f', '#8b1f4f', '#5b6773', '#9a6700', '#2a5aa0'];

  function draw(canvas) {
    if (!window.Chart || canvas.getAttribute('data-drawn')) {
      return;
    }
    var spec = JSON.parse(canvas.getAttribute('data-chart'));
    var stacked = spec.series.some(function (s) { return s.type === 'bar'; });
    var datasets = spec.series.map(function (s, i) {
      var colour = palette[i % palette.length];
      return {
        type: s.type,
        label: s.label,
        data: s.data,
        stack: s.stack,
        backgroundColor: s.type === 'line' ? 'transparent' : colour,
        borderColor: colour,
        borderWidth: s.type === 'line' ? 2 : 0,
        borderDash: s.type === 'line' ? [6, 4] : undefined,
        pointRadius: 0,
        order: s.type === 'line' ? 0 : 1
      };
    });
    var valueAxis = spec.horizontal ? 'x' : 'y';
    var indexAxis = spec.horizontal ? 'y' : 'x';
    var scales = {};
    scales[indexAxis] = { stacked: stacked, reverse: spec.rtl && !spec.horizontal,
      position: spec.horizontal ? (spec.rtl ? 'right' : 'left') : 'bottom' };
    scales[valueAxis] = { stacked: stacked, beginAtZero: true, reverse: spec.rtl && spec.horizontal,
      position: spec.horizontal ? 'bottom' : (spec.rtl ? 'right' : 'left') };
    new window.Chart(canvas, {
      type: 'bar',
      data: { labels: spec.labels, datasets: datasets },
      options: {
        indexAxis: indexAxis,
        animation: false,
        maintainAspectRatio: false,
        scales: scales,
        plugins: {
          legend: { rtl: spec.rtl, textDirection: spec.rtl ? 'rtl' : 'ltr', position: 'bottom' },
          tooltip: { rtl: spec.rtl, textDirection: spec.rtl ? 'rtl' : 'ltr' }
        }
      }
    });
    canvas.setAttribute('data-drawn', 'true');
  }

  function drawAll(root) {
    root.querySelectorAll('canvas[data-chart]').forEach(draw);
  }

  document.addEventListener('DOMContentLoaded', function () { drawAll(document); });
  document.addEventListener('htmx:afterSettle', function (event) { drawAll(event.target || document); });
})();

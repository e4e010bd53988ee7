// Draws the report chart from the JSON in #report-chart-data with chart.js (loaded before this
// script), and redraws it when the chart metric is changed, without reloading the page.
(function () {
  'use strict';
  var dataElement = document.getElementById('report-chart-data');
  var canvas = document.getElementById('report-chart');
  if (!dataElement || !canvas || typeof window.Chart !== 'function') return;
  var spec = JSON.parse(dataElement.textContent);
  var colors = ['#0b4f7c', '#b35900', '#1d6b3a', '#6b3fa0', '#a21c1c', '#3d7ea6', '#7a6a00', '#4a4a4a', '#c2185b', '#00796b'];
  var metricSelect = document.querySelector('[data-chart-metric]');
  var chart = null;

  function metric() {
    return metricSelect && spec.metricLabels[metricSelect.value] ? metricSelect.value : spec.metric;
  }

  function datasets(key) {
    return spec.datasets.map(function (dataset, i) {
      var color = spec.type === 'bar' ? spec.labels.map(function (_, j) { return colors[j % colors.length]; }) : colors[i % colors.length];
      return {
        label: spec.type === 'bar' ? dataset.label + ' (' + spec.metricLabels[key] + ')' : dataset.label,
        data: dataset.values[key],
        backgroundColor: color,
        borderColor: color,
        borderWidth: spec.type === 'bar' ? 1 : 2,
        spanGaps: true,
        pointRadius: 2,
      };
    });
  }

  function draw() {
    var key = metric();
    if (chart) chart.destroy();
    chart = new window.Chart(canvas, {
      type: spec.type,
      data: { labels: spec.labels, datasets: datasets(key) },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { y: { beginAtZero: true, title: { display: true, text: spec.metricLabels[key] } } },
        plugins: { legend: { display: spec.type === 'line' || spec.datasets.length > 1 } },
      },
    });
    canvas.setAttribute('data-rendered', key);
  }

  if (metricSelect) metricSelect.addEventListener('change', draw);
  draw();
})();

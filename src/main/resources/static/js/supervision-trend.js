// The supervision dashboard's weekly trend as an ECharts bar chart (new yellows and new reds per week). The table
// beside it stays the source for readers without JavaScript; when the chart draws, the table is folded away.
(function () {
  'use strict';

  function draw(container, weeks) {
    if (typeof echarts === 'undefined' || !Array.isArray(weeks)) {
      return;
    }
    container.hidden = false;
    var chart = echarts.init(container);
    chart.setOption({
      tooltip: {trigger: 'axis'},
      legend: {data: [container.dataset.yellow, container.dataset.red]},
      grid: {left: 40, right: 16, bottom: 32, top: 40},
      xAxis: {type: 'category', data: weeks.map(function (w) { return w.weekStart; })},
      yAxis: {type: 'value', minInterval: 1},
      series: [
        {name: container.dataset.yellow, type: 'bar', itemStyle: {color: '#f0ad00'},
          data: weeks.map(function (w) { return w.newYellows; })},
        {name: container.dataset.red, type: 'bar', itemStyle: {color: '#d9363e'},
          data: weeks.map(function (w) { return w.newReds; })}
      ]
    });
    window.addEventListener('resize', function () { chart.resize(); });
    var table = document.getElementById('supervision-trend-table');
    if (table) {
      table.classList.add('visually-hidden');
    }
  }

  function start() {
    var container = document.getElementById('supervision-trend-chart');
    if (!container) {
      return;
    }
    if (container.dataset.weeks) {
      try {
        draw(container, JSON.parse(container.dataset.weeks));
        return;
      } catch (e) {
        // fall back to the JSON endpoint
      }
    }
    if (!window.fetch) {
      return;
    }
    fetch(container.dataset.url, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (weeks) { draw(container, weeks); })
      .catch(function () { /* the table stays */ });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();

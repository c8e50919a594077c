/* Building the page: elements, and the week-by-week trend chart (uPlot, vendored) with a table beside it for readers who
   cannot see the chart. */
window.DVC = window.DVC || {};

/** An element: h('td', {class: 'num'}, 'text', child, …); attributes starting with "on" are listeners. */
DVC.h = function (tag, attributes, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value === null || value === undefined || value === false) return;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : value);
  });
  children.flat().forEach(child => {
    if (child !== null && child !== undefined && child !== false) element.append(child instanceof Node ? child : String(child));
  });
  return element;
};

DVC.charts = (function () {
  const h = DVC.h;
  const f = DVC.format;

  // the charts drawn, resized with the window: each takes the page's whole width
  let plots = [];

  /** The width a chart has: the page's content box less the figure's padding and border. */
  function plotWidth() {
    const main = document.getElementById('main');
    const style = getComputedStyle(main);
    const content = main.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return Math.max(240, Math.floor(content) - 20);
  }

  /** The day labels drawn, also kept on the chart (data-ticks): drawn on a canvas, they are read back from there. */
  const ticks = (u, labels) => {
    u.root.dataset.ticks = labels.join(' ');
    return labels;
  };

  const dayAndMonth = seconds => new Date((seconds + 7 * 3600) * 1000).toISOString().slice(5, 10).split('-').reverse().join('/');

  window.addEventListener('resize', () => {
    plots = plots.filter(chart => chart.root.isConnected);
    plots.forEach(chart => chart.setSize({ width: plotWidth(), height: 220 }));
  });

  /** One indicator's series (GET /kpis/series) as a line against its target, and the same points as a table. */
  function trend(series, title) {
    const points = series.points || [];
    const target = points.length ? points[0].figure.target : null;
    const figure = document.createElement('figure');
    figure.className = 'chart';
    figure.append(h('figcaption', {}, title));
    const plot = h('div', { role: 'img', 'aria-label': title + ': biểu đồ theo tuần; số liệu ở bảng bên dưới' });
    figure.append(plot);
    if (window.uPlot && points.length > 1) {
      const xs = points.map(p => Date.parse(p.from + 'T00:00:00+07:00') / 1000);
      const ys = points.map(p => p.figure.percent);
      const data = [xs, ys];
      const lines = [{}, { label: 'Kết quả (%)', stroke: '#0b5cad', width: 2, spanGaps: true, value: (u, v) => f.percent(v) }];
      if (target !== null && target !== undefined) {
        data.push(xs.map(() => target));
        lines.push({ label: 'Mục tiêu (%)', stroke: '#a3221a', dash: [6, 4], value: (u, v) => f.percent(v) });
      }
      plots.push(new uPlot({
        width: plotWidth(), height: 220,
        series: lines, scales: { x: { time: true }, y: { range: [0, 100] } },
        // dd/MM at least 80 px apart: labels never run into each other, however narrow the screen
        axes: [{ space: 80, values: (u, values) => ticks(u, values.map(dayAndMonth)) },
               { values: (u, values) => values.map(v => f.number(v) + ' %') }],
        legend: { live: false }
      }, data, plot));
    }
    const table = h('table', {},
      h('caption', {}, 'Số liệu theo tuần: ' + title),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Tuần'), h('th', { scope: 'col', class: 'num' }, 'Tử số'),
        h('th', { scope: 'col', class: 'num' }, 'Mẫu số'), h('th', { scope: 'col', class: 'num' }, 'Kết quả'))),
      h('tbody', {}, points.map(p => h('tr', {}, h('td', {}, f.period(p.from, p.to)),
        h('td', { class: 'num' }, f.number(p.figure.numerator)), h('td', { class: 'num' }, f.number(p.figure.denominator)),
        h('td', { class: 'num' }, f.figure(p.figure))))));
    figure.append(h('details', {}, h('summary', {}, 'Bảng số liệu của biểu đồ'), table));
    return figure;
  }

  /** A share as a bar, with the target as a line across it. */
  function bar(percent, target) {
    const span = h('span', {});
    span.style.width = Math.max(0, Math.min(100, percent || 0)) + '%';
    const bar = h('div', { class: 'bar', 'aria-hidden': 'true' }, span);
    if (target !== null && target !== undefined) {
      const line = h('i', { title: 'Mục tiêu' });
      line.style.left = Math.min(100, target) + '%';
      bar.append(line);
    }
    return bar;
  }

  return { trend, bar };
})();

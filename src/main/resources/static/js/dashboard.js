// The dashboard's charts (Chart.js). Their data comes as JSON in the data-charts attribute of the .charts element,
// their translated labels in data-label-*, so that the page needs no inline script (Content-Security-Policy).
(() => {
  const holder = document.querySelector('.charts[data-charts]');
  if (!holder) {
    return;
  }
  const { weeks, mix, ratings } = JSON.parse(holder.dataset.charts);
  const text = holder.dataset;
  const labels = weeks.map(w => w.week);
  const line = (id, datasets, options) => new Chart(document.getElementById(id),
    { type: 'line', data: { labels, datasets }, options: Object.assign({ animation: false }, options) });
  new Chart(document.getElementById('chart-closed'), { type: 'bar', options: { animation: false,
    scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } },
    data: { labels, datasets: [
      { label: 'ORDER', data: weeks.map(w => w.orders) },
      { label: 'QUOTE', data: weeks.map(w => w.quotes) },
      { label: 'QUERY', data: weeks.map(w => w.queries) }] } });
  line('chart-revenue', [{ label: text.labelRevenue, data: weeks.map(w => Number(w.revenue.amount)) }],
    { scales: { y: { beginAtZero: true } } });
  line('chart-quality', [
    { label: 'CSAT (1–5)', data: weeks.map(w => w.csatAverage === null ? null : Number(w.csatAverage)), yAxisID: 'csat' },
    { label: text.labelSla, yAxisID: 'share',
      data: weeks.map(w => w.slaMetShare === null ? null : Number(w.slaMetShare) * 100) }],
    { spanGaps: true, scales: { csat: { min: 1, max: 5, position: 'left' },
      share: { min: 0, max: 100, position: 'right', grid: { drawOnChartArea: false } } } });
  const kinds = ['ORDER', 'QUOTE', 'QUERY'];
  new Chart(document.getElementById('chart-mix'), { type: 'doughnut', options: { animation: false },
    data: { labels: kinds, datasets: [{ data: kinds.map(k =>
      mix.filter(x => x.kind === k).reduce((sum, x) => sum + x.count, 0)) }] } });
  new Chart(document.getElementById('chart-ratings'), { type: 'bar',
    options: { animation: false, scales: { y: { beginAtZero: true } } },
    data: { labels: ['1', '2', '3', '4', '5'], datasets: [{ label: text.labelAnswers, data: ratings }] } });
})();

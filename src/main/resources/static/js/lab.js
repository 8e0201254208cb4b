// The lab run's charts (Chart.js): one bar per plan × policy. Their data comes as JSON in the data-lab-charts
// attribute, their translated labels in data-label-*, so that the page needs no inline script (Content-Security-Policy).
(() => {
  const holder = document.querySelector('.charts[data-lab-charts]');
  if (!holder) {
    return;
  }
  const data = JSON.parse(holder.dataset.labCharts);
  const text = holder.dataset;
  const labels = data.columns;
  const bars = (id, datasets, scales) => new Chart(document.getElementById(id), {
    type: 'bar', data: { labels, datasets: datasets.filter(d => d.data) },
    options: { animation: false, scales: Object.assign({ y: { beginAtZero: true } }, scales) } });
  bars('lab-chart-money', [
    { label: text.labelPayout, data: data.payoutCost },
    { label: text.labelRevenue, data: data.revenue, yAxisID: 'revenue' }],
    { revenue: { beginAtZero: true, position: 'right', grid: { drawOnChartArea: false } } });
  bars('lab-chart-behaviour', [
    { label: text.labelCsat, data: data.csat, yAxisID: 'csat' },
    { label: text.labelCherry, data: data.cherryPickIndex },
    { label: text.labelEffort, data: data.effort }],
    { y: { beginAtZero: true, suggestedMax: 1 }, csat: { min: 1, max: 5, position: 'right', grid: { drawOnChartArea: false } } });
  bars('lab-chart-waits', [
    { label: text.labelSmall, data: data.waitSmallHours },
    { label: text.labelLarge, data: data.waitLargeHours }]);
})();

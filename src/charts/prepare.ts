// ECharts is imported by the charts when they start; this fetches and evaluates it ahead of them.
export async function prepareCharts(): Promise<void> {
  await import('./registry')
}

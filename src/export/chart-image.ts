// A chart as a PNG for slides and documents: white, at least twice its on-screen size, with its title,
// unit, period and source line drawn into the picture.

export interface ChartImageText {
  title: string
  subtitle: string
  source: string
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image()
    image.onload = () => resolve(image)
    image.onerror = () => reject(new Error('chart image'))
    image.src = url
  })
}

/** `chartDataUrl` is the chart's own picture at `pixelRatio` (ECharts getDataURL). */
export async function titledChartPng(chartDataUrl: string, text: ChartImageText, pixelRatio: number): Promise<Blob> {
  const chart = await loadImage(chartDataUrl)
  const pad = 16 * pixelRatio
  const titleSize = 18 * pixelRatio
  const smallSize = 12 * pixelRatio
  const canvas = document.createElement('canvas')
  canvas.width = chart.width + 2 * pad
  canvas.height = chart.height + pad * 3 + titleSize + smallSize * 3
  const context = canvas.getContext('2d')!
  context.fillStyle = '#ffffff'
  context.fillRect(0, 0, canvas.width, canvas.height)
  context.fillStyle = '#1f2937'
  context.textBaseline = 'top'
  context.font = `bold ${titleSize}px "Noto Sans", "Segoe UI", Roboto, Arial, sans-serif`
  context.fillText(text.title, pad, pad)
  context.font = `${smallSize}px "Noto Sans", "Segoe UI", Roboto, Arial, sans-serif`
  context.fillStyle = '#4b5563'
  context.fillText(text.subtitle, pad, pad + titleSize + 4 * pixelRatio)
  const top = pad * 1.5 + titleSize + smallSize + 8 * pixelRatio
  context.drawImage(chart, pad, top)
  context.fillText(text.source, pad, top + chart.height + pad / 2)
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('png'))), 'image/png'),
  )
}

// The page's own font stack (styles.css, body): a chart's words look like the words around it, and the
// browser opens no second font for them (ECharts' default, 'sans-serif', is often another family).
export const CHART_FONT_FAMILY = "'Be Vietnam Pro', 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif"

/** The data-quality notice's element id: every mark beside an affected figure leads there. */
export const DATA_QUALITY_NOTICE_ID = 'data-quality'

// Printing a workbook's sheets as a leader's office does: A4 landscape (the sheets ask for it), fitted to one
// page wide, the table's header row repeated at the top of every printed page. write-excel-file has no option
// for the last two, so this feature writes them into the sheet and workbook XML.
import type { Feature } from 'write-excel-file/browser'

/** What the browser build of write-excel-file reads and writes. */
type FileContent = File | Blob | ArrayBuffer

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** `headerRows[i]`: the 0-based row of sheet i's table header, or null for a sheet without one. */
export function printSetup(headerRows: ReadonlyArray<number | null>): Feature<FileContent> {
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform: (xml) => {
            const fitted = xml.replace(/<pageSetup /, '<pageSetup fitToWidth="1" fitToHeight="0" ')
            if (fitted.includes('<sheetPr')) return fitted
            return fitted.replace(/(<worksheet[^>]*>)/, '$1<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>')
          },
        },
        'xl/workbook.xml': {
          transform: (xml, sheets) => {
            const names = sheets.flatMap((sheet, index) => {
              const row = headerRows[index]
              if (row === null || row === undefined) return []
              const quoted = `'${(sheet.sheet ?? '').replace(/'/g, "''")}'`
              return [
                `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">` +
                  `${escapeXml(quoted)}!$${row + 1}:$${row + 1}</definedName>`,
              ]
            })
            if (names.length === 0) return xml
            return xml.includes('<definedNames/>')
              ? xml.replace('<definedNames/>', `<definedNames>${names.join('')}</definedNames>`)
              : xml.replace('</sheets>', `</sheets><definedNames>${names.join('')}</definedNames>`)
          },
        },
      },
    },
  }
}

// pdfmake 0.3 ships no types: the little this app uses of it.
declare module 'pdfmake/build/pdfmake' {
  interface PdfDocument {
    getBlob(): Promise<Blob>
  }
  interface PdfMake {
    addVirtualFileSystem(vfs: Record<string, string>): void
    addFonts(fonts: Record<string, Record<string, string>>): void
    createPdf(definition: Record<string, unknown>): PdfDocument
  }
  const pdfMake: PdfMake
  export default pdfMake
}

declare module 'pdfmake/build/vfs_fonts' {
  const vfs: Record<string, string>
  export default vfs
}

/* A table taken away as a workbook: one sheet, the header row and the rows as the page shows them, numbers as numbers
   (read from their Vietnamese form: "1.234", "12,5 %", "5.000 ₫"), written as an XLSX file (a ZIP, entries stored). */
window.DVC = window.DVC || {};
DVC.xlsx = (function () {
  const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });

  function crc32(bytes) {
    let crc = 0xFFFFFFFF;
    for (let i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]) & 0xFF] ^ (crc >>> 8);
    return (crc ^ 0xFFFFFFFF) >>> 0;
  }

  /** A ZIP of the files given (name → text), stored without compression: what XLSX readers need, nothing more. */
  function zip(files) {
    const encoder = new TextEncoder();
    const parts = [];
    const central = [];
    let offset = 0;
    const le = (value, bytes) => Array.from({ length: bytes }, (_, i) => (value >>> (8 * i)) & 0xFF);
    Object.entries(files).forEach(([name, text]) => {
      const nameBytes = encoder.encode(name);
      const data = encoder.encode(text);
      const crc = crc32(data);
      // version 2.0, flag bit 11 (names in UTF-8), stored, no time
      const common = [...le(20, 2), ...le(0x0800, 2), ...le(0, 2), ...le(0, 2), ...le(0x21, 2), ...le(crc, 4),
        ...le(data.length, 4), ...le(data.length, 4), ...le(nameBytes.length, 2), ...le(0, 2)];
      const local = Uint8Array.from([...le(0x04034B50, 4), ...common]);
      parts.push(local, nameBytes, data);
      central.push(Uint8Array.from([...le(0x02014B50, 4), ...le(20, 2), ...common, ...le(0, 2), ...le(0, 2), ...le(0, 2),
        ...le(0, 4), ...le(offset, 4)]), nameBytes);
      offset += local.length + nameBytes.length + data.length;
    });
    const centralSize = central.reduce((sum, part) => sum + part.length, 0);
    const count = Object.keys(files).length;
    const end = Uint8Array.from([...le(0x06054B50, 4), ...le(0, 4), ...le(count, 2), ...le(count, 2), ...le(centralSize, 4),
      ...le(offset, 4), ...le(0, 2)]);
    return new Blob([...parts, ...central, end], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  }

  const escape = text => String(text).replace(/[<>&"]/g, c => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' }[c]))
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

  /** A cell's value as a number when the page wrote one ("1.234", "-3", "12,34 %", "5.000 ₫"), else null. */
  function numberOf(text) {
    const match = /^(-?\d{1,3}(?:\.\d{3})*|-?\d+)(,\d+)?(?: ?%| ?₫)?$/.exec(text.replace(/\u00a0/g, ' ').trim());
    return match ? Number(match[1].replace(/\./g, '') + (match[2] ? '.' + match[2].slice(1) : '')) : null;
  }

  function cellXml(text, numeric) {
    const value = numeric ? numberOf(text) : null;
    return value === null ? '<c t="inlineStr"><is><t xml:space="preserve">' + escape(text) + '</t></is></c>'
      : '<c><v>' + value + '</v></c>';
  }

  /** The rows of a table as its reader sees them: the header cells, then each body row's cells. */
  function rowsOf(table) {
    return Array.from(table.querySelectorAll('tr')).map(tr => Array.from(tr.cells).map(cell => ({
      text: (cell.textContent || '').replace(/\u00a0/g, ' ').replace(/[▲▼]/g, '').trim(),
      numeric: cell.classList.contains('num') && cell.tagName === 'TD'
    })));
  }

  /** The workbook of a table: sheet named after its caption, the title in the first row, then the table. */
  function workbookOf(table, title) {
    const rows = [[{ text: title, numeric: false }], []].concat(rowsOf(table));
    const sheet = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
      + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
      + rows.map(cells => '<row>' + cells.map(cell => cellXml(cell.text, cell.numeric)).join('') + '</row>').join('')
      + '</sheetData></worksheet>';
    return zip({
      '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        + '<Default Extension="xml" ContentType="application/xml"/>'
        + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        + '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        + '</Types>',
      '_rels/.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        + '</Relationships>',
      'xl/workbook.xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        + 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        + '<sheets><sheet name="Bảng" sheetId="1" r:id="rId1"/></sheets></workbook>',
      'xl/_rels/workbook.xml.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        + '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        + '</Relationships>',
      'xl/styles.xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        + '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        + '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
        + '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
        + '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        + '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
        + '</styleSheet>',
      'xl/worksheets/sheet1.xml': sheet
    });
  }

  return { workbookOf, numberOf };
})();

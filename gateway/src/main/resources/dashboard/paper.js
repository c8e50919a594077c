/* What makes a page fit a phone and a meeting: every table scrolls inside its own box with its first column kept in
   view, and can be taken away as a workbook; a printed page says what it is — unit, period, counting rules, as of when —
   and prints its charts and every table, folded ones included. */
window.DVC = window.DVC || {};
DVC.paper = (function () {
  const h = DVC.h;
  const f = DVC.format;
  // more columns than this print on a landscape page
  const WIDE_COLUMNS = 6;

  /** A file name from a title: no diacritics, no spaces ("Xếp hạng — Cấp huyện" → "xep-hang-cap-huyen"). */
  function fileName(title) {
    return title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase()
      .replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80) || 'bang';
  }

  function download(table, title) {
    const link = h('a', { href: URL.createObjectURL(DVC.xlsx.workbookOf(table, title)), download: fileName(title) + '.xlsx' });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 60000);
  }

  /** Each table of a drawn page in its scrolling box, with its download button after it (a chart's legend is not one). */
  function tables(body, title) {
    Array.from(body.querySelectorAll('table')).filter(table => !table.closest('.uplot')).forEach((table, index) => {
      const caption = table.querySelector('caption');
      const name = caption ? caption.textContent : title;
      const columns = Math.max(0, ...Array.from(table.rows).map(row => row.cells.length));
      const box = h('div', { class: 'table-scroll' + (columns > WIDE_COLUMNS ? ' wide' : ''), tabindex: '0', role: 'region',
        'aria-label': name });
      table.replaceWith(box);
      box.append(table);
      box.after(h('button', { type: 'button', class: 'take-away', 'data-table': table.id || 'table-' + index,
        onclick: () => download(table, title + ' — ' + name) }, 'Tải bảng này (XLSX)'));
    });
  }

  /** The lines a printed page opens with: the system, the unit, the period, the counting rules' version, as of when. */
  function printHead(state, ctx) {
    const unit = ctx.unit(state.unit);
    const version = DVC.api.rulesVersion();
    return h('div', { class: 'print-head', id: 'print-head' },
      h('p', { class: 'print-system' }, 'Hệ thống theo dõi chiến dịch dịch vụ công trực tuyến — Kế hoạch 170/KH-UBND'),
      h('p', {}, 'Đơn vị: ' + unit.name + ' (' + unit.code + ') · Kỳ số liệu: ' + f.period(state.from, state.to)
        + (version ? ' · Quy tắc đếm phiên bản ' + version : '') + ' · Số liệu đến ' + f.dateTime(new Date().toISOString())));
  }

  /** Dresses a drawn page (not yet on screen) for the phone and for paper. */
  function dress(body, state, ctx) {
    const heading = body.querySelector('h1');
    tables(body, heading ? heading.textContent : 'Bảng');
    body.prepend(printHead(state, ctx));
  }

  // a printed page shows the tables folded away on screen, and folds them back after
  let unfolded = [];
  function unfold() {
    if (unfolded.length) return;
    unfolded = Array.from(document.querySelectorAll('#main details:not([open])'));
    unfolded.forEach(details => { details.open = true; });
  }
  function foldBack() {
    unfolded.forEach(details => { details.open = false; });
    unfolded = [];
  }
  window.addEventListener('beforeprint', unfold);
  window.addEventListener('afterprint', foldBack);
  window.matchMedia('print').addEventListener('change', event => (event.matches ? unfold : foldBack)());

  return { dress, fileName };
})();

/* The pages. Each reads the same endpoints the ministry and the units call, shows what the signed-in key may read, and
   returns once everything it shows is on the page. Numbers carry data-* attributes with the API's own values. */
window.DVC = window.DVC || {};
DVC.pages = (function () {
  const h = DVC.h;
  const f = DVC.format;
  const api = DVC.api;

  const verdictOf = figure => h('span', { class: 'verdict ' + (figure.met === true ? 'met' : figure.met === false ? 'unmet' : '') },
    f.verdict(figure.met, figure.target));
  const num = (value, attributes) => h('td', Object.assign({ class: 'num' }, attributes || {}), value);
  const colHead = (text, numeric) => h('th', { scope: 'col', class: numeric ? 'num' : null }, text);

  /** The campaign's targeted indicators (the plan's five when it names none). */
  function targetCodes(campaign) {
    const named = campaign ? Object.keys(campaign.targets || {}) : [];
    const plan = f.planTargets();
    return named.length ? plan.filter(code => named.includes(code)).concat(named.filter(code => !plan.includes(code))) : plan;
  }

  /** The last local day the period covers that has already begun. */
  function lastDay(state) {
    const last = f.addDays(state.to, -1);
    return last < f.today() ? last : f.today();
  }

  // ---------------------------------------------------------------- Tổng quan chiến dịch
  async function overview(state, ctx, main) {
    const unit = ctx.unit(state.unit);
    const campaign = ctx.campaign(state.campaign);
    const codes = targetCodes(campaign);
    const end = lastDay(state);
    const dailyFrom = f.addDays(end, -29) > state.from ? f.addDays(end, -29) : state.from;
    const [kpis, progress, daily, sources] = await Promise.all([
      api.get('/kpis', { unit: unit.code, from: state.from, to: state.to, indicator: codes }),
      campaign ? api.get('/campaigns/' + encodeURIComponent(campaign.id) + '/progress', { within: unit.code, tier: unit.tier })
        .catch(() => null) : null,
      end >= state.from ? api.get('/kpis/series', { unit: unit.code, indicator: 'ONLINE_DOSSIER_SHARE', step: 'DAY',
        from: dailyFrom, to: f.addDays(end, 1) }).catch(() => null) : null,
      api.get('/sources/freshness', { unit: unit.code }).catch(() => null)
    ]);
    const paces = new Map();
    const row = progress && progress.units.find(u => u.unit === unit.code);
    (row ? row.indicators : []).forEach(p => paces.set(p.code, p));
    main.append(h('h1', {}, 'Tổng quan chiến dịch'),
      h('p', { class: 'note' }, (campaign ? campaign.name + ' · ' : '') + unit.name + ' · số liệu ' + f.period(state.from, state.to)
        + ' · quy tắc đếm phiên bản ' + kpis.rulesVersion));
    if (progress) {
      main.append(h('p', { id: 'days-left' }, progress.daysRemaining > 0
        ? 'Còn ' + f.number(progress.daysRemaining) + ' ngày đến hết chiến dịch (' + f.day(f.addDays(progress.to, -1)) + '); đã qua '
          + f.number(progress.daysElapsed) + ' ngày.'
        : 'Chiến dịch đã kết thúc ngày ' + f.day(f.addDays(progress.to, -1)) + '.'));
    }
    main.append(freshness(daily, end));
    if (sources && sources.quietUnits > 0) main.append(quietSources(sources));
    const byCode = new Map(kpis.indicators.map(i => [i.code, i]));
    main.append(h('div', { class: 'cards' }, codes.filter(code => byCode.has(code)).map(code => card(byCode.get(code), paces.get(code), progress))));
  }

  function card(unitFigure, pace, progress) {
    // a target of a scope (the plan's digitisation: the service centre and the one-stop shops) is judged on the
    // figure of those units, which the campaign's progress gives; any other on the unit's own
    const figure = pace && pace.appliesTo ? Object.assign({}, unitFigure, { numerator: pace.numerator, denominator: pace.denominator,
      percent: pace.percent, met: pace.met, target: pace.target }) : unitFigure;
    const met = figure.met;
    const details = h('dl', {},
      h('dt', {}, 'Mục tiêu'), h('dd', {}, figure.target === null || figure.target === undefined ? '—' : '≥ ' + f.percent(figure.target)),
      h('dt', {}, 'Tử số / mẫu số'), h('dd', {}, f.number(figure.numerator) + ' / ' + f.number(figure.denominator)));
    if (pace && progress && progress.daysRemaining > 0) {
      details.append(h('dt', {}, 'Cần thêm mỗi ngày'), h('dd', { class: 'needed' }, pace.neededPerDay === null ? '—'
        : f.number(pace.neededPerDay, 2) + ' (tử số)'));
    }
    if (pace) {
      details.append(h('dt', {}, 'Dự kiến cuối kỳ'), h('dd', { class: 'projected' },
        f.percent(pace.projectedPercent) + (progress && progress.daysRemaining > 0 ? ' (theo nhịp 7 ngày qua)' : '')));
    }
    if (pace && pace.appliesTo) {
      details.append(h('dt', {}, 'Áp dụng tại'), h('dd', { class: 'applies-to' }, f.scope(pace.appliesTo)));
    }
    if (pace && pace.judgedOn) {
      details.append(h('dt', {}, 'Đánh giá ngày'), h('dd', { class: 'judged-on' }, f.day(pace.judgedOn)));
    }
    return h('section', { class: 'card ' + (met === true ? 'met' : met === false ? 'unmet' : ''), 'data-indicator': figure.code,
        'data-numerator': figure.numerator, 'data-denominator': figure.denominator, 'data-percent': figure.percent },
      h('h2', {}, f.indicator(figure.code)), h('p', { class: 'figure' }, f.figure(figure)), verdictOf(figure), details);
  }

  /** The latest day with a dossier received in the period's last 30 days. */
  function freshness(daily, end) {
    if (!daily) return h('p', { class: 'note' }, 'Chưa có số liệu hồ sơ trong kỳ.');
    const withData = daily.points.filter(p => p.figure.denominator > 0);
    if (!withData.length) {
      return h('p', { class: 'note', id: 'freshness' }, 'Không có hồ sơ nào được tiếp nhận trong 30 ngày cuối kỳ (đến ' + f.day(end) + ').');
    }
    const latest = f.addDays(withData[withData.length - 1].to, -1);
    return h('p', { class: 'note', id: 'freshness' }, 'Hồ sơ tiếp nhận gần nhất: ngày ' + f.day(latest) + ' · trang cập nhật lúc '
      + f.dateTime(new Date().toISOString()));
  }

  /** The units of the subtree that usually send and have gone quiet (GET /sources/freshness: working days and holidays known). */
  function quietSources(sources) {
    const quiet = sources.units.filter(u => u.quiet);
    const named = quiet.slice(0, 5).map(u => u.unitName || u.unitCode).join(', ') + (quiet.length > 5 ? '…' : '');
    return h('p', { class: 'warning', role: 'status', id: 'quiet-sources' }, '⚠ ' + f.number(quiet.length)
      + ' đơn vị đã ngừng gửi dữ liệu từ ' + f.number(sources.quietAfterWorkingDays) + ' ngày làm việc trở lên: ' + named
      + '. Số liệu của các đơn vị này có thể chưa đầy đủ.');
  }

  // ---------------------------------------------------------------- Xếp hạng
  async function ranking(state, ctx, main) {
    const unit = ctx.unit(state.unit);
    const indicator = state.indicator || 'ONLINE_DOSSIER_SHARE';
    const tier = state.tier || ctx.childTier(unit) || 'DISTRICT';
    // the previous bulletin's cut: its interval before the period's end, or before today while the period runs
    const end = f.addDays(lastDay(state), 1);
    const previousTo = f.addDays(end, -ctx.bulletinEveryDays);
    const [now, before] = await Promise.all([
      api.get('/kpis/ranking', { indicator, tier, within: unit.code, from: state.from, to: state.to }),
      previousTo > state.from ? api.get('/kpis/ranking', { indicator, tier, within: unit.code, from: state.from, to: previousTo })
        .catch(() => null) : null]);
    const earlier = new Map((before ? before.units : []).map(u => [u.unit, u]));
    main.append(h('h1', {}, 'Xếp hạng'), choices(state, ctx, ['indicator', 'tier']),
      h('p', { class: 'note' }, f.indicator(indicator) + ' · ' + f.tier(tier) + ' thuộc ' + unit.name + ' · ' + f.period(state.from, state.to)
        + ' · thay đổi so với kỳ báo cáo trước (số liệu đến hết ' + f.day(f.addDays(previousTo, -1)) + ') · quy tắc đếm phiên bản '
        + now.rulesVersion));
    if (!now.units.length) {
      main.append(h('p', {}, 'Không có đơn vị nào thuộc ' + f.tier(tier) + ' trong phạm vi này.'));
      return;
    }
    main.append(h('table', { id: 'ranking' },
      h('caption', {}, 'Bảng xếp hạng ' + f.tier(tier) + ' theo ' + f.indicator(indicator).toLowerCase()),
      h('thead', {}, h('tr', {}, colHead('Hạng', true), colHead('Đơn vị'), colHead('Kết quả', true), colHead('So với mục tiêu'),
        colHead('Tử số / mẫu số', true), colHead('Thay đổi', true), colHead('Đánh giá'))),
      h('tbody', {}, now.units.map(u => {
        const was = earlier.get(u.unit);
        return h('tr', { 'data-unit': u.unit, 'data-percent': u.figure.percent },
          num(f.number(u.rank)),
          h('td', {}, h('a', { href: ctx.link({ view: 'unit', unit: u.unit }), 'data-nav': '' }, u.name)),
          num(f.figure(u.figure)),
          h('td', {}, DVC.charts.bar(u.figure.percent, u.figure.target)),
          num(u.figure.kind === 'RATIO' ? f.number(u.figure.numerator) + ' / ' + f.number(u.figure.denominator) : '—'),
          num(change(u, was)),
          h('td', {}, verdictOf(u.figure)));
      }))));
  }

  function change(now, was) {
    if (!was) return 'mới';
    const rank = was.rank - now.rank;
    const rankText = rank > 0 ? '↑ ' + rank + ' hạng' : rank < 0 ? '↓ ' + (-rank) + ' hạng' : 'giữ hạng';
    if (now.figure.percent === null || was.figure.percent === null || now.figure.kind !== 'RATIO') return rankText;
    return rankText + ', ' + f.points(Math.round((now.figure.percent - was.figure.percent) * 100) / 100);
  }

  /** Pickers of one page (indicator, tier, list): kept in the URL like the others. */
  function choices(state, ctx, names, indicatorLabel) {
    const form = h('form', { class: 'pickers', 'aria-label': 'Lựa chọn của trang' });
    const options = {
      indicator: [indicatorLabel || 'Chỉ tiêu', f.indicatorCodes(), code => f.indicator(code), state.indicator || 'ONLINE_DOSSIER_SHARE'],
      tier: ['Cấp đơn vị', ['DEPARTMENT', 'DISTRICT', 'COMMUNE'], code => f.tier(code), state.tier || ctx.childTier(ctx.unit(state.unit)) || 'DISTRICT'],
      list: ['Danh sách', ['near-due', 'overdue'], code => code === 'overdue' ? 'Quá hạn' : 'Sắp quá hạn', state.list || 'near-due']
    };
    names.forEach(name => {
      const [label, values, text, current] = options[name];
      form.append(h('label', {}, label, h('select', { name, id: 'choose-' + name,
        onchange: event => ctx.go({ [name]: event.target.value, page: null }) },
        values.map(value => h('option', { value, selected: value === current }, text(value))))));
    });
    return form;
  }

  // ---------------------------------------------------------------- Đơn vị
  async function unitPage(state, ctx, main) {
    const unit = ctx.unit(state.unit);
    const campaign = ctx.campaign(state.campaign);
    const codes = targetCodes(campaign);
    // the targets' trends, and any other indicator's the reader chose (?indicator=)
    const trends = state.indicator && !codes.includes(state.indicator) ? codes.concat(state.indicator) : codes;
    const children = ctx.children(unit.code);
    const [kpis, childFigures, series] = await Promise.all([
      api.get('/kpis', { unit: unit.code, from: state.from, to: state.to }),
      Promise.all(children.map(child => api.get('/kpis', { unit: child.code, from: state.from, to: state.to, indicator: codes }))),
      Promise.all(trends.map(code => api.get('/kpis/series', { unit: unit.code, indicator: code, step: 'WEEK', from: state.from, to: state.to })))]);
    main.append(breadcrumb(unit, ctx), h('h1', {}, unit.name),
      h('p', { class: 'note' }, f.tier(unit.tier) + ' · mã ' + unit.code + ' · ' + f.period(state.from, state.to)
        + ' · quy tắc đếm phiên bản ' + kpis.rulesVersion));
    main.append(h('table', { id: 'unit-indicators' }, h('caption', {}, 'Các chỉ tiêu của đơn vị'),
      h('thead', {}, h('tr', {}, colHead('Chỉ tiêu'), colHead('Kết quả', true), colHead('Tử số / mẫu số', true), colHead('Mục tiêu', true),
        colHead('Đánh giá'))),
      h('tbody', {}, kpis.indicators.map(i => h('tr', { 'data-indicator': i.code },
        h('th', { scope: 'row' }, f.indicator(i.code)), num(f.figure(i)),
        num(i.kind === 'RATIO' ? f.number(i.numerator) + ' / ' + f.number(i.denominator) : '—'),
        num(i.target === null || i.target === undefined ? '—' : i.kind === 'RATIO' ? f.percent(i.target) : f.number(i.target)),
        h('td', {}, verdictOf(i)))))));
    if (children.length) {
      main.append(h('h2', {}, 'Các đơn vị trực thuộc'), childTable(children, childFigures, codes, state, ctx));
    }
    main.append(h('h2', {}, 'Diễn biến theo tuần'), choices(state, ctx, ['indicator'], 'Thêm biểu đồ của chỉ tiêu'));
    series.forEach((s, index) => main.append(DVC.charts.trend(s, f.indicator(trends[index]))));
  }

  function breadcrumb(unit, ctx) {
    const trail = [];
    for (let u = unit; u; u = u.parentCode ? ctx.unitOrNull(u.parentCode) : null) trail.unshift(u);
    return h('nav', { class: 'breadcrumb', 'aria-label': 'Đường dẫn đơn vị' }, h('ol', {}, trail.map((u, index) =>
      h('li', {}, index === trail.length - 1 ? h('span', { 'aria-current': 'page' }, u.name)
        : h('a', { href: ctx.link({ view: 'unit', unit: u.code }), 'data-nav': '' }, u.name)))));
  }

  function childTable(children, figures, codes, state, ctx) {
    const rows = children.map((child, index) => ({ child, byCode: new Map(figures[index].indicators.map(i => [i.code, i])) }));
    const sort = state.sort || 'name';
    const descending = sort.startsWith('-');
    const key = sort.replace(/^-/, '');
    rows.sort((a, b) => {
      const x = key === 'name' ? a.child.name : (a.byCode.get(key) || {}).percent;
      const y = key === 'name' ? b.child.name : (b.byCode.get(key) || {}).percent;
      const order = x === y ? 0 : x === null || x === undefined ? 1 : y === null || y === undefined ? -1
        : key === 'name' ? f.compareNames(x, y) : x - y;
      return descending ? -order : order;
    });
    const header = (label, column, numeric) => {
      const sorted = key === column ? (descending ? 'descending' : 'ascending') : 'none';
      const next = key === column && !descending ? '-' + column : column;
      return h('th', { scope: 'col', class: numeric ? 'num' : null, 'aria-sort': sorted },
        h('button', { type: 'button', 'data-sort': column, onclick: () => ctx.go({ sort: next }) },
          label + (sorted === 'ascending' ? ' ▲' : sorted === 'descending' ? ' ▼' : '')));
    };
    return h('table', { id: 'children' }, h('caption', {}, 'Bấm tên cột để sắp xếp, bấm tên đơn vị để xem chi tiết'),
      h('thead', {}, h('tr', {}, header('Đơn vị', 'name'), codes.map(code => header(f.indicator(code), code, true)))),
      h('tbody', {}, rows.map(({ child, byCode }) => h('tr', { 'data-unit': child.code },
        h('th', { scope: 'row' }, h('a', { href: ctx.link({ view: 'unit', unit: child.code, sort: null }), 'data-nav': '' }, child.name)),
        codes.map(code => {
          const i = byCode.get(code);
          return num(i ? f.figure(i) + (i.met === true ? ' ✓' : i.met === false ? ' ✗' : '') : '—',
            { 'data-indicator': code, 'data-percent': i ? i.percent : null });
        })))));
  }

  // ---------------------------------------------------------------- Hồ sơ sắp quá hạn / quá hạn
  async function worklist(state, ctx, main) {
    const unit = ctx.unit(state.unit);
    const overdue = state.list === 'overdue';
    const page = Number(state.page || 0);
    const size = 25;
    const answer = await api.get(overdue ? '/dossiers/overdue' : '/dossiers/near-due',
      overdue ? { unit: unit.code, page, size } : { unit: unit.code, page, size, within: 'P2D' });
    const pages = Math.max(1, Math.ceil(answer.total / size));
    await ctx.know(answer.items.map(item => item.unitCode));
    main.append(h('h1', {}, overdue ? 'Hồ sơ quá hạn' : 'Hồ sơ sắp quá hạn'), choices(state, ctx, ['list']),
      h('p', { class: 'note' }, unit.name + ' · ' + (overdue ? 'hồ sơ đang xử lý đã quá hạn, quá hạn lâu nhất trước'
        : 'hồ sơ đến hạn trong 2 ngày tới, chưa có phiếu xin lỗi (phiếu phải gửi trước hạn ít nhất 1 ngày)')
        + ' · ' + f.number(answer.total) + ' hồ sơ'));
    if (!answer.items.length) {
      main.append(h('p', {}, overdue ? 'Không có hồ sơ quá hạn.' : 'Không có hồ sơ sắp đến hạn.'));
      return;
    }
    main.append(h('table', { id: 'worklist' }, h('caption', {}, 'Trang ' + (page + 1) + ' / ' + pages),
      h('thead', {}, h('tr', {}, colHead('Mã hồ sơ'), colHead('Đơn vị'), colHead('Thủ tục'), colHead('Kênh'), colHead('Tiếp nhận'),
        colHead('Hạn xử lý'), colHead(overdue ? 'Đã quá hạn' : 'Còn lại', true))),
      h('tbody', {}, answer.items.map(item => {
        // the near-due list serves the due time; the minutes left are counted here, at the moment the page is drawn
        const minutes = overdue ? item.minutesPastDue : Math.max(0, Math.floor((Date.parse(item.dueAtInForce) - Date.now()) / 60000));
        return h('tr', { 'data-dossier': item.dossierId },
          h('td', {}, h('a', { href: ctx.link({ view: 'dossier', id: item.dossierId }), 'data-nav': '' }, item.dossierId)),
          h('td', {}, ctx.unitName(item.unitCode)), h('td', {}, item.serviceCode), h('td', {}, f.channel(item.channel)),
          h('td', {}, f.dateTime(item.receivedAt)), h('td', {}, f.dateTime(item.dueAtInForce)),
          num(minutes === null || minutes === undefined ? '—' : f.duration(minutes), { 'data-minutes': minutes }));
      }))),
      h('nav', { class: 'pager', 'aria-label': 'Phân trang' },
        page > 0 ? h('a', { href: ctx.link({ page: page - 1 }), 'data-nav': '', rel: 'prev' }, '‹ Trang trước') : null,
        h('span', {}, 'Trang ' + (page + 1) + ' / ' + pages),
        page + 1 < pages ? h('a', { href: ctx.link({ page: page + 1 }), 'data-nav': '', rel: 'next' }, 'Trang sau ›') : null));
  }

  // ---------------------------------------------------------------- Một hồ sơ
  async function dossier(state, ctx, main) {
    const d = await api.get('/dossiers/' + encodeURIComponent(state.id));
    await ctx.know([d.unitCode]);
    main.append(h('h1', {}, 'Hồ sơ ' + d.dossierId),
      h('dl', { class: 'card', id: 'dossier' },
        h('dt', {}, 'Đơn vị'), h('dd', {}, ctx.unitName(d.unitCode)),
        h('dt', {}, 'Thủ tục'), h('dd', {}, d.serviceCode), h('dt', {}, 'Kênh'), h('dd', {}, f.channel(d.channel)),
        h('dt', {}, 'Trạng thái'), h('dd', {}, f.status(d.status)),
        h('dt', {}, 'Tiếp nhận'), h('dd', {}, f.dateTime(d.receivedAt)),
        h('dt', {}, 'Hạn xử lý'), h('dd', {}, f.dateTime(d.deadline && d.deadline.dueAtInForce)),
        h('dt', {}, 'Phiếu xin lỗi'), h('dd', {}, d.apology ? 'Có' : 'Chưa có')),
      h('table', {}, h('caption', {}, 'Các bước của hồ sơ'),
        h('thead', {}, h('tr', {}, colHead('Thời điểm'), colHead('Bước'))),
        h('tbody', {}, d.events.map(e => h('tr', {}, h('td', {}, f.dateTime(e.occurredAt)), h('td', {}, f.status(e.status)))))));
  }

  // ---------------------------------------------------------------- Báo cáo
  async function reports(state, ctx, main) {
    const unit = ctx.unit(state.unit);
    const answer = await api.get('/reports/completion', { unit: unit.code, from: state.from, to: state.to, missingLimit: 20 });
    const rate = r => f.percent(r.completion.percent);
    main.append(h('h1', {}, 'Báo cáo'), h('p', { class: 'note' }, unit.name + ' · ' + f.period(state.from, state.to)
      + ' · phải nộp ' + f.number(answer.total.expected) + ', đã nộp ' + f.number(answer.total.submitted) + ' (' + rate(answer.total)
      + '), trực tuyến ' + f.percent(answer.total.onlineShare.percent) + ' · quy tắc đếm phiên bản ' + answer.rulesVersion));
    main.append(h('table', { id: 'completion' }, h('caption', {}, 'Tình hình nộp báo cáo theo hệ thống và biểu mẫu'),
      h('thead', {}, h('tr', {}, colHead('Hệ thống'), colHead('Biểu mẫu'), colHead('Phải nộp', true), colHead('Đã nộp', true),
        colHead('Đúng hạn', true), colHead('Trực tuyến', true), colHead('Tỷ lệ hoàn thành', true))),
      h('tbody', {}, answer.forms.map(form => h('tr', { 'data-form': form.formCode },
        h('td', {}, form.systemName), h('th', { scope: 'row' }, form.formName), num(f.number(form.rate.expected)),
        num(f.number(form.rate.submitted)), num(f.number(form.rate.onTime)), num(f.number(form.rate.online)), num(rate(form.rate)))))));
    const missing = answer.forms.filter(form => form.missingCount > 0);
    if (missing.length) {
      main.append(h('h2', {}, 'Đơn vị chưa nộp báo cáo'));
      missing.forEach(form => main.append(h('details', { 'data-form': form.formCode }, h('summary', {}, form.formName + ': '
        + f.number(form.missingCount) + ' báo cáo chưa nộp'), h('ul', {}, form.missing.map(m => h('li', {}, m.unitName + ' — kỳ '
        + m.period + ', hạn ' + f.dateTime(m.deadline) + (m.pastDeadline ? ' (đã quá hạn)' : '')))))));
    }
  }

  // ---------------------------------------------------------------- Nhiệm vụ
  const TASK_STATUS = { DONE: 'Hoàn thành', DONE_LATE: 'Hoàn thành trễ hạn', OPEN: 'Chưa đến hạn', OVERDUE: 'Quá hạn' };

  async function tasks(state, ctx, main) {
    const unit = ctx.unit(state.unit);
    const campaign = ctx.campaign(state.campaign);
    main.append(h('h1', {}, 'Nhiệm vụ'));
    if (!campaign) {
      main.append(h('p', { class: 'note' }, 'Chưa có chiến dịch.'));
      return;
    }
    const board = await api.get('/campaigns/' + encodeURIComponent(campaign.id) + '/tasks', { unit: unit.code });
    main.append(h('p', { class: 'note', id: 'task-counts', 'data-overdue': board.counts.overdue }, campaign.name + ' · ' + unit.name
      + ' · tính đến ' + f.dateTime(board.at) + ' · quá hạn ' + f.number(board.counts.overdue) + ', hoàn thành '
      + f.number(board.counts.done) + ', hoàn thành trễ hạn ' + f.number(board.counts.doneLate) + ', chưa đến hạn '
      + f.number(board.counts.open)));
    main.append(h('table', { id: 'tasks' }, h('caption', {}, 'Nhiệm vụ của kế hoạch và tình hình thực hiện'),
      h('thead', {}, h('tr', {}, colHead('Mã'), colHead('Nhiệm vụ'), colHead('Thời hạn'), colHead('Được giao', true),
        colHead(TASK_STATUS.DONE, true), colHead(TASK_STATUS.DONE_LATE, true), colHead(TASK_STATUS.OPEN, true), colHead(TASK_STATUS.OVERDUE, true))),
      h('tbody', {}, board.tasks.length ? board.tasks.map(task => h('tr', { 'data-task': task.code, 'data-overdue': task.counts.overdue },
        h('td', {}, task.code), h('th', { scope: 'row' }, task.title), h('td', {}, task.deadlineText), num(f.number(task.assignees)),
        num(f.number(task.counts.done)), num(f.number(task.counts.doneLate)), num(f.number(task.counts.open)),
        num(f.number(task.counts.overdue))))
        : h('tr', {}, h('td', { colspan: 8 }, 'Chiến dịch chưa có nhiệm vụ.')))));
    const behind = board.units.filter(u => u.counts.overdue > 0).slice(0, 50);
    if (behind.length) {
      main.append(h('h2', {}, 'Đơn vị có nhiệm vụ quá hạn'), h('ul', { id: 'units-behind' }, behind.map(u => h('li', { 'data-unit': u.unit },
        u.name + ': ' + f.number(u.counts.overdue) + ' nhiệm vụ quá hạn'))));
    }
  }

  // ---------------------------------------------------------------- Thanh toán
  async function payments(state, ctx, main) {
    const unit = ctx.unit(state.unit);
    const [byUnit, byField, coverage] = await Promise.all([
      api.get('/payments/tally', { unit: unit.code, from: state.from, to: state.to, groupBy: 'unit' }),
      api.get('/payments/tally', { unit: unit.code, from: state.from, to: state.to, groupBy: 'field' }),
      api.get('/payment-accounts/coverage', { unit: unit.code })]);
    await ctx.know(byUnit.groups.filter(g => !g.label).map(g => g.key));
    main.append(h('h1', {}, 'Thanh toán trực tuyến'), h('p', { class: 'note' }, unit.name + ' · ' + f.period(state.from, state.to)),
      h('p', { id: 'coverage', 'data-enabled': coverage.enabledUnits, 'data-units': coverage.units }, 'Đơn vị đã có tài khoản thanh toán trực tuyến: '
        + f.number(coverage.enabledUnits) + ' / ' + f.number(coverage.units) + ' (' + f.percent(coverage.percent) + ')'),
      h('p', { id: 'payment-total', 'data-amount': byUnit.total.success.amountVnd }, 'Thanh toán thành công: '
        + f.number(byUnit.total.success.count) + ' giao dịch, ' + f.vnd(byUnit.total.success.amountVnd)));
    [[byUnit, 'Theo đơn vị', 'by-unit'], [byField, 'Theo lĩnh vực', 'by-field']].forEach(([tally, title, id]) => {
      main.append(h('table', { id }, h('caption', {}, title),
        h('thead', {}, h('tr', {}, colHead(title.replace('Theo ', '').replace(/^./, c => c.toUpperCase())), colHead('Thành công', true),
          colHead('Số tiền', true), colHead('Không thành công', true), colHead('Hoàn tiền', true))),
        h('tbody', {}, tally.groups.length ? tally.groups.map(g => h('tr', {}, h('th', { scope: 'row' }, g.label || ctx.unitName(g.key)),
          num(f.number(g.success.count)), num(f.vnd(g.success.amountVnd)), num(f.number(g.failed.count)), num(f.number(g.refunded.count))))
          : h('tr', {}, h('td', { colspan: 5 }, 'Chưa có giao dịch trong kỳ.')))));
    });
  }

  // ---------------------------------------------------------------- Chỉ số 766
  async function score766(state, ctx, main) {
    const unit = ctx.unit(state.unit);
    const period = { unit: unit.code, from: state.from, to: state.to };
    const [score, whatIf, compared] = await Promise.all([
      api.get('/scores/766', period),
      api.get('/scores/766/what-if', Object.assign({ points: 5 }, period)),
      ctx.may('GET /scores/766/compare') ? api.get('/scores/766/compare', period) : null]);
    const national = new Map(compared && compared.evaluated ? compared.parts.map(p => [p.code, p]) : []);
    main.append(h('h1', {}, 'Chỉ số 766'),
      h('p', { class: 'note' }, unit.name + ' · ' + f.period(state.from, state.to) + ' · bảng điểm ' + score.version
        + (score.reconstruction ? ' (tái dựng, không phải văn bản pháp lý)' : '') + ' · quy tắc đếm phiên bản ' + score.rulesVersion),
      h('p', { id: 'score-total', 'data-points': score.measuredPoints, 'data-max': score.measuredMax },
        'Điểm ước tính: ' + f.number(score.measuredPoints, 2) + ' / ' + f.number(score.measuredMax) + ' điểm đo được (tổng '
        + f.number(score.max) + ' điểm)'));
    main.append(h('table', { id: 'score-parts' }, h('caption', {}, 'Điểm từng chỉ số thành phần'),
      h('thead', {}, h('tr', {}, colHead('Chỉ số thành phần'), colHead('Tử số / mẫu số', true), colHead('Tỷ lệ', true),
        colHead('Điểm', true), colHead('Tối đa', true), colHead('Cổng quốc gia', true), colHead('Ghi chú'))),
      h('tbody', {}, score.parts.map(part => {
        const theirs = national.get(part.code);
        return h('tr', { 'data-part': part.code, 'data-points': part.points === null ? '' : part.points },
          h('th', { scope: 'row' }, part.label),
          num(part.denominator === null || part.denominator === undefined ? '—' : f.number(part.numerator) + ' / ' + f.number(part.denominator)),
          num(part.percent === null || part.percent === undefined ? '—' : f.percent(part.percent)),
          num(part.points === null || part.points === undefined ? '—' : f.number(part.points, 2)), num(f.number(part.max)),
          num(theirs && theirs.national && theirs.national.points !== null ? f.number(theirs.national.points, 2)
            + (theirs.difference ? ' (' + (theirs.difference > 0 ? '+' : '') + f.number(theirs.difference, 2) + ')' : '') : '—',
            { 'data-national': theirs && theirs.national ? theirs.national.points : '' }),
          h('td', {}, part.missing || (theirs && theirs.inputs.length ? theirs.inputs.map(d => (d.input === 'NUMERATOR' ? 'tử số' : 'mẫu số')
            + ' khác ' + (d.by > 0 ? '+' : '') + f.number(d.by)).join('; ') : '')));
      }))));
    main.append(h('h2', {}, 'Cách nhanh nhất để thêm ' + f.number(whatIf.wanted) + ' điểm'),
      whatIf.cheapestPath.steps.length ? h('ol', { id: 'score-path' }, whatIf.cheapestPath.steps.map(step => h('li', { 'data-lever': step.lever },
        'Thêm ' + f.number(step.add) + ' ' + step.label + ': +' + f.number(step.points, 2) + ' điểm')))
        : h('p', { id: 'score-path' }, 'Không còn phần nào có thể thêm điểm.'));
    if (compared && compared.evaluated) {
      main.append(h('p', { id: 'score-national', 'data-difference': compared.difference }, 'So với Cổng Dịch vụ công quốc gia (các chỉ số hai bên cùng chấm): '
        + f.number(compared.ourPoints, 2) + ' so với ' + f.number(compared.nationalPoints, 2) + ' điểm'));
    }
  }

  // ---------------------------------------------------------------- Tải về
  async function downloads(state, ctx, main) {
    const unit = ctx.unit(state.unit);
    const appendices = [
      [1, 'Phụ lục 1: Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ'], [2, 'Phụ lục 2: Tỷ lệ hồ sơ xử lý trực tuyến'],
      [3, 'Phụ lục 3: Tình hình thực hiện báo cáo trên các hệ thống'], [4, 'Phụ lục 4: Tình hình giải quyết hồ sơ'],
      [5, 'Phụ lục 5: Thanh toán trực tuyến'], [6, 'Phụ lục 6: Tình hình thực hiện nhiệm vụ']];
    const list = h('ul', { class: 'downloads', id: 'downloads' }, appendices.map(([number, title]) => h('li', {},
      h('a', { href: api.url('/appendices/' + number, { unit: unit.code, from: state.from, to: state.to, format: 'xlsx' }), download: '',
        'data-appendix': number }, title + ' (XLSX)'))));
    if (ctx.may('GET /bulletins/{id}')) {
      list.prepend(h('li', {}, h('a', { href: api.url('/bulletins/latest', { format: 'xlsx' }), download: '', 'data-bulletin': '' },
        'Bản tin tiến độ mới nhất (XLSX)')));
    }
    main.append(h('h1', {}, 'Tải về'), h('p', { class: 'note' }, unit.name + ' · ' + f.period(state.from, state.to)), list);
  }

  return { overview, ranking, unit: unitPage, worklist, dossier, reports, tasks, payments, score766, downloads };
})();

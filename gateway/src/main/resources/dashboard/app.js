/* The dashboard's shell: sign-in, the view and its unit and period kept in the URL (a shared link opens the same view),
   the pickers, and rendering a page. */
(function () {
  const h = DVC.h;
  const f = DVC.format;
  const api = DVC.api;
  // each view, its label, and the operations it cannot be drawn without: it is offered to a key whose role may call them
  // all (the session's "allowed", from the access policy the gateway and the services decide on)
  const VIEWS = [['overview', 'Tổng quan chiến dịch', ['GET /kpis']], ['ranking', 'Xếp hạng', ['GET /kpis/ranking']],
    ['unit', 'Đơn vị', ['GET /kpis', 'GET /kpis/series']],
    ['worklist', 'Hồ sơ sắp quá hạn / quá hạn', ['GET /dossiers/near-due', 'GET /dossiers/overdue']],
    ['reports', 'Báo cáo', ['GET /reports/completion']], ['tasks', 'Nhiệm vụ', ['GET /campaigns/{id}/tasks']],
    ['payments', 'Thanh toán', ['GET /payments/tally', 'GET /payment-accounts/coverage']],
    ['score766', 'Chỉ số 766', ['GET /scores/766', 'GET /scores/766/what-if']],
    ['downloads', 'Tải về', ['GET /appendices/{number}']]];
  // a dossier opens from the worklist
  const PART_OF = { dossier: 'worklist' };
  const SHARED = ['view', 'unit', 'campaign', 'from', 'to', 'refresh', 'after'];
  const OWN = ['indicator', 'tier', 'list', 'page', 'sort', 'id'];
  const BULLETIN_EVERY_DAYS = 2;
  const DEFAULT_REFRESH_SECONDS = 60;
  const $ = id => document.getElementById(id);
  let ctx = null;
  let state = {};
  let rendering = 0;
  let drawing = false;
  let drawnAt = Date.now();

  function readUrl() {
    const query = new URLSearchParams(location.search);
    const read = {};
    SHARED.concat(OWN).forEach(name => { if (query.get(name)) read[name] = query.get(name); });
    return read;
  }

  /** The URL of the current view with some values changed (null removes one); another view drops the page's own. */
  function link(changes) {
    const next = {};
    SHARED.forEach(name => { if (state[name]) next[name] = state[name]; });
    if (!changes.view || changes.view === state.view) OWN.forEach(name => { if (state[name]) next[name] = state[name]; });
    Object.entries(changes).forEach(([name, value]) => { if (value === null || value === undefined) delete next[name]; else next[name] = value; });
    return '?' + new URLSearchParams(next).toString();
  }

  function go(changes) {
    history.pushState(null, '', link(changes));
    render(true);
  }

  // ------------------------------------------------------------------ sign-in
  async function start() {
    try {
      await open(await api.current());
    } catch (error) {
      showSignIn();
    }
  }

  function showSignIn(message) {
    $('app').hidden = true;
    $('who').hidden = true;
    $('sign-in').hidden = false;
    $('sign-in-error').textContent = message || '';
    $('api-key').value = '';
    $('api-key').focus();
  }

  $('sign-in-form').addEventListener('submit', async event => {
    event.preventDefault();
    const key = $('api-key').value.trim();
    if (!key) {
      $('sign-in-error').textContent = 'Hãy nhập khóa API.';
      return;
    }
    try {
      const session = await api.signIn(key);
      $('api-key').value = '';
      await open(session);
    } catch (error) {
      showSignIn(error.status === 401 ? 'Khóa API không hợp lệ, đã thu hồi hoặc đã hết hạn.' : error.status === 429
        ? 'Đăng nhập quá nhiều lần; hãy thử lại sau một phút.' : 'Không đăng nhập được: ' + f.problem(error));
    }
  });

  $('sign-out').addEventListener('click', async () => {
    await api.signOut().catch(() => null);
    ctx = null;
    $('main').replaceChildren();
    showSignIn('Đã đăng xuất.');
  });

  const ROLE_NAMES = { ministry: 'Bộ, ngành', ops: 'Vận hành', unit: 'Đơn vị', portal: 'Cổng dịch vụ công' };

  /** After sign-in: what the key may read — its units, the campaigns — then the view the URL names. */
  async function open(session) {
    $('sign-in').hidden = true;
    $('who').hidden = false;
    $('who-name').textContent = session.name + ' · ' + (ROLE_NAMES[session.role] || session.role)
      + (session.unitCode ? ' · ' + session.unitCode : '');
    $('app').hidden = false;
    if (session.role === 'portal') {
      $('view-links').replaceChildren();
      $('pickers').hidden = true;
      $('main').replaceChildren(h('h1', {}, 'Không có số liệu để xem'), h('p', { class: 'refused', id: 'refused' },
        'Khóa của cổng dịch vụ công chỉ dùng để gửi dữ liệu, không được xem số liệu. Hãy đăng nhập bằng khóa của đơn vị, của Bộ hoặc của bộ phận vận hành.'));
      markRendered();
      return;
    }
    const offered = VIEWS.filter(([, , needs]) => needs.every(operation => session.allowed.includes(operation)));
    if (!offered.length) {
      $('view-links').replaceChildren();
      $('pickers').hidden = true;
      $('main').replaceChildren(h('h1', {}, 'Không có số liệu để xem'), h('p', { class: 'refused', id: 'refused' },
        'Khóa này không được xem trang nào của bảng điều khiển.'));
      markRendered();
      return;
    }
    $('pickers').hidden = false;
    const today = f.today();
    const [roots, campaigns, catalogue] = await Promise.all([
      session.unitCode ? api.get('/units', { code: session.unitCode }) : api.get('/units'),
      api.get('/campaigns').catch(() => []), api.get('/indicators')]);
    f.useCatalogue(catalogue);
    ctx = context(session, roots, campaigns);
    // the counting rules' version a printed page names, whichever page is drawn first
    api.get('/kpis', { unit: ctx.roots[0], from: today, to: f.addDays(today, 1), indicator: 'ONLINE_DOSSIER_SHARE' }).catch(() => null);
    ctx.views = offered;
    render(false);
  }

  /**
   * The units the page knows, loaded level by level (a nation has some 10,000): the key's roots, then each unit
   * opened with the units above it and its children, and the names of units a page lists.
   */
  function context(session, roots, campaigns) {
    const units = new Map(roots.map(u => [u.code, u]));
    const childrenOf = new Map();
    const top = new Set(roots.map(u => u.code));
    async function know(codes) {
      const unknown = Array.from(new Set(codes.filter(code => code && !units.has(code))));
      for (let i = 0; i < unknown.length; i += 200) {
        (await api.get('/units', { code: unknown.slice(i, i + 200) }).catch(() => [])).forEach(u => units.set(u.code, u));
      }
    }
    /** The unit, the units above it up to the key's roots, and its children. */
    async function openUnit(code) {
      await know([code]);
      for (let u = units.get(code); u && u.parentCode && !top.has(u.code); u = units.get(u.parentCode)) {
        await know([u.parentCode]);
      }
      if (units.has(code) && !childrenOf.has(code)) {
        const children = await api.get('/units', { parent: code }).catch(() => []);
        children.forEach(child => units.set(child.code, child));
        childrenOf.set(code, children);
      }
    }
    const sortedRoots = roots.slice().sort((a, b) => f.compareNames(a.name, b.name)).map(u => u.code);
    return {
      role: session.role, keyUnit: session.unitCode || null, roots: sortedRoots, campaigns, link, go,
      bulletinEveryDays: BULLETIN_EVERY_DAYS, openUnit, know,
      may: operation => session.allowed.includes(operation),
      unitOrNull: code => units.get(code) || null,
      unit: code => units.get(code) || { code, name: code, tier: null, parentCode: null },
      unitName: code => (units.get(code) || { name: code }).name,
      children: code => (childrenOf.get(code) || []).slice().sort((a, b) => f.compareNames(a.name, b.name)),
      childTier: unit => {
        const tiers = (childrenOf.get(unit.code) || []).map(u => u.tier);
        return tiers.includes('DISTRICT') ? 'DISTRICT' : tiers[0] || null;
      },
      /** The units from a root of the key down to {@code code}, root first (only {@code code} when it is not below one). */
      chain: code => {
        const chain = [];
        for (let u = units.get(code); u; u = top.has(u.code) ? null : units.get(u.parentCode)) chain.unshift(u);
        return chain.length && top.has(chain[0].code) ? chain : [];
      },
      campaign: id => campaigns.find(c => c.id === id) || null
    };
  }

  /** The defaults a bare URL gets: the key's unit (or the first province), the running campaign and its period. */
  function withDefaults(read) {
    const today = f.today();
    const running = ctx.campaigns.find(c => c.from <= today && today < c.to) || ctx.campaigns[0] || null;
    const campaign = read.campaign ? ctx.campaign(read.campaign) : running;
    const period = campaign || { from: f.addDays(today, -30), to: f.addDays(today, 1) };
    return Object.assign({ view: ctx.views[0][0], unit: ctx.roots[0], campaign: campaign ? campaign.id : undefined,
      from: period.from, to: period.to }, read);
  }

  /** The unit picker, level by level: every root of the key, the way down to the unit on screen, and its children. */
  function fillPickers() {
    const chain = ctx.chain(state.unit);
    const options = [];
    ctx.roots.forEach(code => {
      const root = ctx.unitOrNull(code);
      if (!root) return;
      if (chain.length && chain[0].code === code) {
        chain.forEach((u, depth) => options.push([u, depth]));
        ctx.children(state.unit).forEach(child => options.push([child, chain.length]));
      } else {
        options.push([root, 0]);
      }
    });
    $('pick-unit').replaceChildren(...options.map(([u, depth]) => h('option', { value: u.code }, '\u00a0\u00a0'.repeat(depth) + u.name)));
    $('pick-campaign').replaceChildren(h('option', { value: '' }, '(không theo chiến dịch)'),
      ...ctx.campaigns.map(c => h('option', { value: c.id }, c.name + ' (' + f.period(c.from, c.to) + ')')));
  }

  // the unit search: any unit of the nation by its name or code, with or without diacritics, as one types
  let searchTimer = null;
  let searches = 0;
  $('find-unit').addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(findUnits, 200);
  });
  $('find-unit').addEventListener('keydown', event => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const first = $('unit-results').querySelector('button[data-unit]');
    if (first) first.click();
  });

  async function findUnits() {
    const typed = $('find-unit').value.trim();
    const mine = ++searches;
    const results = $('unit-results');
    if (!typed) {
      results.hidden = true;
      results.replaceChildren();
      return;
    }
    const found = await api.get('/units/search', { q: typed, within: ctx.keyUnit, limit: 10 }).catch(() => []);
    if (mine !== searches) return;
    results.replaceChildren(...(found.length ? found.map(u => h('li', {}, h('button', { type: 'button', 'data-unit': u.code,
      onclick: () => {
        $('find-unit').value = '';
        results.hidden = true;
        go({ unit: u.code, page: null, sort: null });
      } }, u.name, h('span', { class: 'where' }, ' (' + u.code + ')' + (u.path.length ? ' — ' + u.path.slice().reverse().join(' › ') : '')))))
      : [h('li', { class: 'note' }, 'Không tìm thấy đơn vị nào khớp với “' + typed + '”.')]));
    results.hidden = false;
    document.body.dataset.unitSearch = String(mine);
  }

  function showPickers() {
    $('pick-unit').value = state.unit;
    if ($('pick-unit').value !== state.unit) {
      $('pick-unit').append(h('option', { value: state.unit }, state.unit));
      $('pick-unit').value = state.unit;
    }
    $('pick-campaign').value = state.campaign || '';
    $('pick-from').value = f.day(state.from);
    $('pick-to').value = f.day(f.addDays(state.to, -1));
  }

  $('pick-campaign').addEventListener('change', () => {
    const campaign = ctx.campaign($('pick-campaign').value);
    if (campaign) {
      $('pick-from').value = f.day(campaign.from);
      $('pick-to').value = f.day(f.addDays(campaign.to, -1));
    }
  });

  $('pickers').addEventListener('submit', event => {
    event.preventDefault();
    const from = f.parseDay($('pick-from').value);
    const to = f.parseDay($('pick-to').value);
    if (!from || !to || to < from) {
      $('main').prepend(h('p', { class: 'refused', role: 'alert', id: 'period-error' }, !from || !to
        ? 'Ngày không hợp lệ: hãy nhập theo dạng dd/mm/yyyy, ví dụ 01/06/2022.'
        : 'Kỳ số liệu không hợp lệ: ngày kết thúc phải từ ngày bắt đầu trở đi.'));
      return;
    }
    go({ unit: $('pick-unit').value, campaign: $('pick-campaign').value || null, from, to: f.addDays(to, 1), page: null, sort: null });
  });

  // ------------------------------------------------------------------ rendering
  function showViewLinks() {
    const current = PART_OF[state.view] || state.view;
    $('view-links').replaceChildren(...ctx.views.map(([view, label]) => h('li', {},
      h('a', { href: link({ view }), 'data-nav': '', 'aria-current': view === current ? 'page' : null }, label))));
  }

  /**
   * Draws the view the URL names. A refresh (the overview, every minute while it is on screen) redraws the same view
   * without moving focus, and gives way to any navigation: it is skipped while one is drawing and dropped if one starts.
   */
  async function render(moveFocus, refresh) {
    if (!ctx || (refresh && drawing)) return;
    const mine = ++rendering;
    drawing = !refresh;
    state = withDefaults(readUrl());
    DVC.api.readAfter(state.after);
    await ctx.openUnit(state.unit);
    if (mine !== rendering) return;
    const viewOf = view => ctx.views.find(([offered]) => offered === (PART_OF[view] || view));
    const page = viewOf(state.view) ? DVC.pages[state.view] || DVC.pages[ctx.views[0][0]] : notOffered;
    const main = $('main');
    const body = document.createElement('div');
    if (!refresh) {
      showViewLinks();
      fillPickers();
      showPickers();
      main.setAttribute('aria-busy', 'true');
    }
    try {
      await page(state, ctx, body);
    } catch (error) {
      if (mine !== rendering) return;
      if (refresh) return;
      if (error.status === 401) {
        ctx = null;
        showSignIn('Phiên làm việc đã kết thúc; hãy đăng nhập lại.');
        return;
      }
      body.replaceChildren(h('h1', {}, (VIEWS.find(v => v[0] === (PART_OF[state.view] || state.view)) || ctx.views[0])[1]),
        h('p', { class: 'refused', id: 'refused', role: 'alert', 'data-status': error.status || '' }, f.problem(error)));
    }
    if (mine !== rendering) return;
    drawing = false;
    DVC.paper.dress(body, state, ctx);
    main.replaceChildren(...body.childNodes);
    main.removeAttribute('aria-busy');
    if (refresh) {
      document.body.dataset.refreshed = String(Number(document.body.dataset.refreshed || 0) + 1);
      return;
    }
    const heading = main.querySelector('h1');
    document.title = (heading ? heading.textContent + ' · ' : '') + 'Chiến dịch dịch vụ công trực tuyến';
    if (moveFocus) main.focus();
    markRendered();
  }

  /** A link to a view the key's role may not open: said so, in Vietnamese, without asking the API. */
  async function notOffered(state, ctx, main) {
    main.append(h('h1', {}, (VIEWS.find(v => v[0] === state.view) || ['', 'Trang không có'])[1]),
      h('p', { class: 'refused', id: 'refused', role: 'alert' }, 'Khóa của bạn không được mở trang này. Hãy chọn một trang trong danh mục bên trên.'));
  }

  // the overview redraws itself every minute (or every ?refresh= seconds, at least 5: a wall display) while it is seen
  setInterval(() => {
    const every = Math.max(5, Number(state.refresh) || DEFAULT_REFRESH_SECONDS) * 1000;
    if (state.view === 'overview' && document.visibilityState === 'visible' && Date.now() - drawnAt >= every) {
      drawnAt = Date.now();
      render(false, true);
    }
  }, 1000);

  /** What the browser tests (and anyone measuring) wait for: the page's content is all on screen. */
  function markRendered() {
    drawnAt = Date.now();
    performance.mark('dvc-rendered');
    document.body.dataset.rendered = String(Number(document.body.dataset.rendered || 0) + 1);
  }

  document.addEventListener('click', event => {
    const anchor = event.target.closest('a[data-nav]');
    if (!anchor || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    history.pushState(null, '', anchor.getAttribute('href'));
    render(true);
  });
  window.addEventListener('popstate', () => render(true));
  start();
})();

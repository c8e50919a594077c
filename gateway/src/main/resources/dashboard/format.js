/* Vietnamese formats: 27,20 %, 165.100.000.000 ₫, dd/MM/yyyy; times in Asia/Ho_Chi_Minh (UTC+7, no daylight saving). */
window.DVC = window.DVC || {};
DVC.format = (function () {
  const NBSP = '\u00a0';
  const VN_OFFSET_MS = 7 * 3600 * 1000;

  function number(value, digits) {
    if (value === null || value === undefined || Number.isNaN(Number(value))) return '—';
    const fixed = Math.abs(Number(value)).toFixed(digits || 0);
    const [whole, fraction] = fixed.split('.');
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    return (Number(value) < 0 ? '−' : '') + grouped + (fraction ? ',' + fraction : '');
  }
  const percent = value => value === null || value === undefined ? '—' : number(value, 2) + NBSP + '%';
  const points = value => (value > 0 ? '+' : '') + number(value, 2) + NBSP + 'điểm';
  const vnd = value => number(value, 0) + NBSP + '₫';
  const two = n => String(n).padStart(2, '0');

  /** yyyy-MM-dd (a local day) as dd/MM/yyyy. */
  function day(iso) {
    if (!iso) return '—';
    const [y, m, d] = iso.slice(0, 10).split('-');
    return d + '/' + m + '/' + y;
  }
  /** dd/MM/yyyy as yyyy-MM-dd, or null when it is not a real day. */
  function parseDay(text) {
    const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text || '');
    if (!match) return null;
    const iso = match[3] + '-' + two(match[2]) + '-' + two(match[1]);
    const t = new Date(iso + 'T00:00:00Z');
    return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === iso ? iso : null;
  }
  /** An instant as dd/MM/yyyy HH:mm in Vietnam. */
  function dateTime(instant) {
    if (!instant) return '—';
    const t = new Date(new Date(instant).getTime() + VN_OFFSET_MS);
    return two(t.getUTCDate()) + '/' + two(t.getUTCMonth() + 1) + '/' + t.getUTCFullYear() + ' ' + two(t.getUTCHours()) + ':' + two(t.getUTCMinutes());
  }
  /** Today's local day in Vietnam, yyyy-MM-dd. */
  function today() {
    return new Date(Date.now() + VN_OFFSET_MS).toISOString().slice(0, 10);
  }
  function addDays(iso, days) {
    const t = new Date(iso + 'T00:00:00Z');
    t.setUTCDate(t.getUTCDate() + days);
    return t.toISOString().slice(0, 10);
  }
  /** A duration in minutes as "3 ngày 2 giờ 5 phút". */
  function duration(minutes) {
    const m = Math.abs(Math.round(minutes));
    const parts = [];
    if (m >= 1440) parts.push(Math.floor(m / 1440) + ' ngày');
    if (m % 1440 >= 60) parts.push(Math.floor((m % 1440) / 60) + ' giờ');
    if (m < 1440 && m % 60) parts.push((m % 60) + ' phút');
    return parts.length ? parts.join(' ') : '0 phút';
  }
  /** [from, to) shown as the days it covers. */
  const period = (from, to) => day(from) + ' – ' + day(addDays(to, -1));

  // the indicator catalogue (GET /indicators), loaded once a key is signed in: the names the API gives, never a list of our own
  let catalogue = [];
  function useCatalogue(entries) {
    catalogue = entries;
  }
  const catalogueEntry = code => catalogue.find(entry => entry.code === code);
  const TIERS = { PROVINCE: 'Cấp tỉnh', DEPARTMENT: 'Sở, ban, ngành', DISTRICT: 'Cấp huyện', COMMUNE: 'Cấp xã' };
  const CHANNELS = { ONLINE: 'Trực tuyến', DIRECT: 'Trực tiếp', POSTAL: 'Bưu chính' };
  const STATUSES = { SUBMITTED: 'Đã nộp', RECEIVED: 'Đã tiếp nhận', REJECTED: 'Từ chối tiếp nhận', PROCESSING: 'Đang xử lý',
    SUPPLEMENT_REQUESTED: 'Yêu cầu bổ sung', SUPPLEMENT_RECEIVED: 'Đã bổ sung', PAYMENT_REQUESTED: 'Chờ thanh toán',
    WITHDRAWN: 'Rút hồ sơ', STOPPED: 'Dừng xử lý', RESOLVED: 'Đã giải quyết', RETURNED: 'Đã trả kết quả', EXTENDED: 'Gia hạn',
    APOLOGY_ISSUED: 'Đã có phiếu xin lỗi', DIGITISED: 'Đã số hóa', ELECTRONIC_RESULT: 'Trả kết quả điện tử', FEE_REQUIRED: 'Có phí, lệ phí' };
  const indicator = code => (catalogueEntry(code) || {}).nameVi || code;
  /** The codes /kpis serves, in the catalogue's order. */
  const indicatorCodes = () => catalogue.filter(entry => entry.servedAt === '/api/v1/kpis').map(entry => entry.code);
  /** The plan's five targets, in the plan's order (its section III.1 … III.5). */
  const planTargets = () => catalogue.filter(entry => entry.planTarget)
    .sort((a, b) => a.targetSource.localeCompare(b.targetSource)).map(entry => entry.code);
  const tier = code => TIERS[code] || code || '';
  const channel = code => CHANNELS[code] || code || '—';
  const status = code => STATUSES[code] || code || '—';

  /** A figure as it is read: a share in %, a count, or an amount in đồng. */
  function figure(f) {
    if (!f) return '—';
    if (f.kind === 'RATIO') return percent(f.percent);
    return (catalogueEntry(f.code) || {}).unit === 'VND' ? vnd(f.value) : number(f.value);
  }
  /** Met or not, in words (never by colour alone); with a target but nothing counted yet, said so. */
  const verdict = (met, target) => met === true ? '✓ Đạt' : met === false ? '✗ Chưa đạt'
    : target === null || target === undefined ? 'Không có mục tiêu' : 'Chưa có số liệu';

  const KINDS = { SERVICE_CENTRE: 'Trung tâm Phục vụ hành chính công', ONE_STOP_SHOP: 'Bộ phận một cửa', LAND_OFFICE: 'Văn phòng đăng ký đất đai' };
  const TIER_LEVELS = { PROVINCE: 'cấp tỉnh', DEPARTMENT: 'cấp tỉnh', DISTRICT: 'cấp huyện', COMMUNE: 'cấp xã' };
  /** The units a target applies to, in words: "Trung tâm Phục vụ hành chính công và Bộ phận một cửa (cấp tỉnh, cấp huyện)". */
  function scope(appliesTo) {
    const kinds = (appliesTo.kinds || []).map(kind => KINDS[kind] || kind);
    const levels = Array.from(new Set((appliesTo.tiers || []).map(t => TIER_LEVELS[t] || t)));
    const named = (appliesTo.units || []).length ? appliesTo.units.length + ' đơn vị được chỉ định' : null;
    return [kinds.join(' và ') + (levels.length ? ' (' + levels.join(', ') + ')' : ''), named].filter(Boolean).join('; ');
  }

  // the parameters a problem may name, as a Vietnamese reader calls them
  const FIELDS = { unit: 'đơn vị', within: 'đơn vị', from: 'ngày bắt đầu', to: 'ngày kết thúc', indicator: 'chỉ tiêu', tier: 'cấp',
    page: 'trang', size: 'số dòng mỗi trang', id: 'mã', campaign: 'chiến dịch', step: 'bước thời gian', format: 'định dạng',
    groupBy: 'cách nhóm', path: 'đường dẫn', number: 'số phụ lục' };

  /**
   * A problem the API answered, said in Vietnamese for the page (the API's own detail, in English, is for integrators):
   * by its status, and the parameter it names when it names one.
   */
  function problem(error) {
    const named = ((error.problem && error.problem.violations) || []).map(v => FIELDS[v.field] || v.field);
    const which = named.length ? ' (' + Array.from(new Set(named)).join(', ') + ')' : '';
    switch (error.status) {
      case 400: case 422: return 'Yêu cầu không hợp lệ' + which + ': hãy kiểm tra đơn vị, kỳ số liệu và các lựa chọn.';
      case 401: return 'Phiên làm việc đã kết thúc; hãy đăng nhập lại.';
      case 403: return 'Khóa của bạn không được xem số liệu này' + (which ? which + ': nằm ngoài phạm vi của khóa.' : '.');
      case 404: return 'Không tìm thấy số liệu được yêu cầu' + which + '.';
      case 413: return 'Yêu cầu quá lớn.';
      case 429: return 'Đang có quá nhiều yêu cầu cùng lúc; hãy thử lại sau ít giây.';
      case 503: return 'Dịch vụ tạm thời không phản hồi; hãy thử lại sau ít phút.';
      case undefined: case null: case 0: return 'Không kết nối được với máy chủ; hãy kiểm tra mạng và thử lại.';
      default: return 'Hệ thống gặp lỗi khi lấy số liệu (mã ' + error.status + '); hãy thử lại sau.';
    }
  }

  // names as a Vietnamese reader orders them, numbers inside in numeric order: "Sở 2" before "Sở 10"
  const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });
  const compareNames = (a, b) => collator.compare(String(a), String(b));

  return { number, percent, points, vnd, day, dateTime, today, addDays, duration, period, indicator, tier, channel, status,
           figure, verdict, parseDay, problem, scope, compareNames, indicatorCodes, planTargets, useCatalogue };
})();

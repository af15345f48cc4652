/*
 * The dashboard: reads the analytics API (GET /api/analytics/**) in the reader's login to Camunda's webapps and draws it with
 * Chart.js, both served by the desk (its Content-Security-Policy allows no other source). Every value goes into the
 * page as text, never as HTML. The words are the browser's language: Simplified Chinese or English.
 */
(function () {
  'use strict';

  const API = '/api/analytics';
  const DIMENSIONS = ['category', 'channel', 'merchant', 'courier', 'responsible-party', 'desk', 'agent', 'hour', 'day'];
  /** Dimensions whose values are codes with words of their own (the family in /dashboard/labels). */
  const CODE_FAMILIES = { category: 'category', channel: 'channel', desk: 'desk', 'responsible-party': 'party' };
  const COLOURS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f',
    '#bcbd22', '#17becf', '#393b79', '#ad494a'];
  const TASKLIST_TASK = '/camunda/app/tasklist/default/#/?task=';

  const lang = (navigator.languages || [navigator.language]).map(l => String(l).toLowerCase())
    .find(l => l.startsWith('zh') || l.startsWith('en')) || 'en';
  const text = window.DashboardMessages[lang.startsWith('zh') ? 'zh' : 'en'];
  const locale = lang.startsWith('zh') ? 'zh-CN' : 'en';

  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const change = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const money = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const hours = new Intl.NumberFormat(locale, { style: 'unit', unit: 'hour', maximumFractionDigits: 1 });
  const minutes = new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', maximumFractionDigits: 0 });
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const moment = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });

  /** How a value reads; null, a missing value or one that is not a number reads "—", never "NaN". */
  const FORMATS = {
    count: v => integer.format(v),
    decimal: v => decimal.format(v),
    rate: v => percent.format(v),
    money: v => money.format(v),
    duration: v => (v >= 60 ? hours.format(v / 60) : minutes.format(v)),
    date: v => day.format(new Date(v + 'T00:00:00Z')),
    time: v => moment.format(new Date(v)),
    text: v => String(v)
  };

  /**
   * The key figures in the order of the cards; better: +1 when a higher value is better, -1 when lower is, 0 when
   * neither (the change is then shown without judging it).
   */
  const KPIS = [
    ['received', 'count', -1], ['closed', 'count', 0],
    ['firstResponseWithinDeadline', 'rate', 1], ['firstResponseWithin24Hours', 'rate', 1],
    ['firstResponseMinutesMedian', 'duration', -1], ['firstResponseMinutesP90', 'duration', -1],
    ['resolutionMinutesMedian', 'duration', -1], ['resolutionMinutesP90', 'duration', -1],
    ['reopenRate', 'rate', -1], ['escalationRate', 'rate', -1], ['arbitrationRate', 'rate', -1],
    ['withdrawalRate', 'rate', 0], ['refundsPaid', 'money', 0], ['refundedCases', 'count', 0],
    ['satisfactionAverage', 'decimal', 1], ['satisfactionAnswers', 'count', 0], ['openAtEnd', 'count', -1]
  ];

  const BREAKDOWN_COLUMNS = [
    ['received', 'count'], ['closed', 'count'], ['firstResponseWithin24Hours', 'rate'],
    ['resolutionMinutesMedian', 'duration'], ['reopenRate', 'rate'], ['escalationRate', 'rate'],
    ['arbitrationRate', 'rate'], ['withdrawalRate', 'rate'], ['refundsPaid', 'money'], ['satisfactionAverage', 'decimal']
  ];

  let codes = {};
  let period = null; // null: the API's default (the last 30 days)
  let today = null; // the desk's today, from the first answer
  let requested = 0;
  let loads = 0;
  const charts = {};

  const byId = id => document.getElementById(id);

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? values[name] : whole));
  }

  function show(value, format) {
    if (value === null || value === undefined || value === '') {
      return '—';
    }
    if (format !== 'text' && format !== 'date' && format !== 'time' && !Number.isFinite(Number(value))) {
      return '—';
    }
    return FORMATS[format](format === 'text' || format === 'date' || format === 'time' ? value : Number(value));
  }

  function code(family, value) {
    if (value === null || value === undefined) {
      return text.notRecorded;
    }
    return (codes[family] && codes[family][value]) || String(value);
  }

  /** An element with attributes and children; strings become text nodes. */
  function el(tag, attributes, ...children) {
    const element = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([name, value]) => {
      if (value !== null && value !== undefined) {
        element.setAttribute(name, value);
      }
    });
    children.forEach(child => element.append(child));
    return element;
  }

  function query(extra) {
    const parameters = new URLSearchParams(period || {});
    Object.entries(extra || {}).forEach(([name, value]) => parameters.set(name, value));
    const q = parameters.toString();
    return q ? '?' + q : '';
  }

  async function read(path, withPeriod) {
    const response = await fetch(API + path + (withPeriod === false ? '' : query()), {
      credentials: 'same-origin', headers: { Accept: 'application/json' }
    });
    if (!response.ok) {
      let detail = response.status + ' ' + response.statusText;
      try {
        const problem = await response.json();
        detail = problem.detail || problem.title || detail;
        (problem.violations || problem.errors || []).forEach(v => { detail += ' ' + v.field + ': ' + v.message; });
      } catch (ignored) {
        // not problem+json: the status says it
      }
      throw Object.assign(new Error(detail), { status: response.status });
    }
    return response.json();
  }

  function status(message, failed) {
    const line = byId('status');
    line.textContent = message;
    line.className = failed ? 'failed' : '';
    line.setAttribute('role', failed ? 'alert' : 'status');
  }

  /** A table of rows; columns: [name, format, value(row) = row[name]]. No rows: "No data" (or "None"). */
  function table(container, caption, columns, rows, empty) {
    container.replaceChildren();
    if (!rows || rows.length === 0) {
      container.append(el('p', { class: 'empty' }, empty || text.noData));
      return;
    }
    const head = el('tr', {}, ...columns.map(([name, format]) =>
      el('th', { scope: 'col', class: format === 'text' || format === 'link' ? null : 'num' }, text.column[name] || name)));
    const body = rows.map(row => el('tr', {}, ...columns.map(([name, format, value]) => {
      const v = value ? value(row) : row[name];
      if (format === 'link') {
        return el('td', {}, v ? el('a', { href: v.href }, v.label) : '—');
      }
      return el('td', { class: format === 'text' ? null : 'num' }, show(v, format));
    })));
    container.append(el('div', { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': caption },
      el('table', {}, el('caption', { class: 'visually-hidden' }, caption), el('thead', {}, head),
        el('tbody', {}, ...body))));
  }

  /**
   * For the tables the API has no CSV of (drawn from the key figures and the spike reviews): the rows as shown, as a
   * CSV file made in the browser (RFC 4180 quoting; text a spreadsheet would run as a formula gets a leading
   * apostrophe, as the API's CSV does).
   */
  function rowsCsv(link, name, columns, rows) {
    const cell = value => {
      let t = value === null || value === undefined ? '' : (value.href || value);
      if (typeof t === 'string' && /^[=+\-@]/.test(t)) {
        t = "'" + t;
      }
      t = String(t);
      return /[",\r\n]/.test(t) ? '"' + t.replace(/"/g, '""') + '"' : t;
    };
    const lines = [columns.map(([name]) => name),
      ...(rows || []).map(row => columns.map(([name, format, value]) => (value ? value(row) : row[name])))];
    if (link.href.startsWith('blob:')) {
      URL.revokeObjectURL(link.href);
    }
    link.href = URL.createObjectURL(new Blob([lines.map(line => line.map(cell).join(',')).join('\r\n') + '\r\n'],
      { type: 'text/csv' }));
    link.download = name + '.csv';
  }

  /** A table with its CSV made in the browser. */
  function tableWithCsv(id, caption, columns, rows, empty) {
    table(byId(id + '-table'), caption, columns, rows, empty);
    rowsCsv(byId(id + '-csv'), id, columns, rows);
  }

  function csv(link, path) {
    link.href = API + path + query({ format: 'csv' });
  }

  /** Draws (again) the chart on a canvas, and notes on it how many points it drew. */
  function chart(canvas, config, points) {
    if (charts[canvas.id]) {
      charts[canvas.id].destroy();
    }
    charts[canvas.id] = new window.Chart(canvas, config);
    canvas.dataset.points = String(points);
  }

  function kpis(summary) {
    const cards = byId('kpis');
    cards.replaceChildren(...KPIS.map(([name, format, better]) => {
      const figure = summary[name] || {};
      return el('article', { class: 'card', id: 'kpi-' + name, 'data-value': figure.current },
        el('h3', {}, text.kpi[name]),
        el('p', { class: 'value' }, show(figure.current, format)),
        trendOf(figure, format, better),
        el('p', { class: 'before' }, fill(text.before, { value: show(figure.previous, format) })));
    }));
    tableWithCsv('satisfaction', text.satisfaction,
      [['score', 'count'], ['current', 'count'], ['previous', 'count']], summary.satisfactionDistribution);
    const backlog = summary.backlog || {};
    tableWithCsv('backlog-stage', text.backlog,
      [['stage', 'text', r => text.stage[r.stage] || r.stage], ['count', 'count']], backlog.byStage);
    tableWithCsv('backlog-age', text.backlog,
      [['age', 'text', r => (r.maxDays === null || r.maxDays === undefined
        ? fill(text.ageFrom, { min: r.minDays }) : fill(text.ageRange, { min: r.minDays, max: r.maxDays }))],
      ['count', 'count']], backlog.byAge);
  }

  /** The change from the previous period: an arrow and the relative change, coloured when better or worse. */
  function trendOf(figure, format, better) {
    const current = Number(figure.current);
    const previous = Number(figure.previous);
    if (figure.current == null || figure.previous == null || !Number.isFinite(current) || !Number.isFinite(previous)) {
      return el('p', { class: 'change' }, '—');
    }
    if (current === previous) {
      return el('p', { class: 'change' }, text.noChange);
    }
    const up = current > previous;
    const judged = better === 0 ? '' : ((up ? better : -better) > 0 ? ' better' : ' worse');
    // from nothing there is no relative change: the difference itself
    const difference = previous === 0 ? (up ? '+' : '−') + show(Math.abs(current - previous), format)
      : change.format((current - previous) / Math.abs(previous));
    return el('p', { class: 'change ' + (up ? 'up' : 'down') + judged },
      el('span', { 'aria-hidden': 'true' }, up ? '▲ ' : '▼ '), difference);
  }

  function trend(data) {
    const canvas = byId('trend-chart');
    const series = data.series.filter(s => s.total > 0);
    byId('trend-empty').hidden = series.length > 0;
    canvas.parentElement.hidden = series.length === 0;
    canvas.setAttribute('aria-label', text.trend + ': ' + (series.length === 0 ? text.noData
      : series.map(s => code('category', s.category) + ' ' + integer.format(s.total)).join(', ')));
    canvas.dataset.total = String(series.reduce((sum, s) => sum + s.total, 0));
    chart(canvas, {
      type: 'line',
      data: {
        labels: data.days.map(d => show(d, 'date')),
        datasets: series.map(s => {
          const colour = COLOURS[data.series.indexOf(s) % COLOURS.length];
          return { label: code('category', s.category), data: s.counts, borderColor: colour, backgroundColor: colour,
            tension: 0, pointRadius: 2 };
        })
      },
      options: options({ y: { beginAtZero: true, ticks: { precision: 0 } } })
    }, series.reduce((sum, s) => sum + s.counts.length, 0));
    csv(byId('trend-csv'), '/trend');
  }

  function funnel(data) {
    const canvas = byId('funnel-chart');
    const steps = data.steps || [];
    const any = steps.some(s => s.cases > 0);
    canvas.parentElement.hidden = !any;
    canvas.setAttribute('aria-label', text.funnel + ': '
      + steps.map(s => text.step[s.step] + ' ' + integer.format(s.cases)).join(', '));
    chart(canvas, {
      type: 'bar',
      data: {
        labels: steps.map(s => text.step[s.step] || s.step),
        datasets: [{ label: text.column.cases, data: steps.map(s => s.cases), backgroundColor: COLOURS[0] }]
      },
      options: options({ x: { beginAtZero: true, ticks: { precision: 0 } } }, { indexAxis: 'y', legend: false })
    }, steps.length);
    table(byId('funnel-table'), text.funnel, [['step', 'text', s => text.step[s.step] || s.step], ['cases', 'count'],
      ['conversion', 'rate'], ['conversionFromReceived', 'rate'], ['medianMinutesFromPrevious', 'duration']],
      any ? steps : []);
    csv(byId('funnel-csv'), '/funnel');
  }

  function options(scales, extra) {
    return {
      animation: false, responsive: true, maintainAspectRatio: false, locale: locale,
      indexAxis: (extra && extra.indexAxis) || 'x',
      plugins: { legend: { display: !(extra && extra.legend === false), position: 'bottom' } },
      scales: scales
    };
  }

  function scorecards(couriers, merchants) {
    table(byId('couriers-table'), text.couriers, [['rank', 'count'], ['courier', 'text'], ['complaints', 'count'],
      ['shipments', 'count'], ['complaintsPerThousandShipments', 'decimal'], ['delayShare', 'rate'],
      ['lostOrDamagedShare', 'rate'], ['courierResponsibleShare', 'rate']], couriers.rows);
    csv(byId('couriers-csv'), '/scorecards/couriers');
    table(byId('merchants-table'), text.merchants, [
      ['merchant', 'text', r => (r.merchantName ? r.merchantName + ' (' + r.merchantId + ')' : r.merchantId)],
      ['complaints', 'count'], ['complaintShare', 'rate'], ['closed', 'count'], ['responsibleShare', 'rate'],
      ['arbitrated', 'count'], ['rulingsForCustomer', 'count'], ['rulingsForMerchant', 'count'],
      ['rulingsSplit', 'count']], merchants.rows);
    csv(byId('merchants-csv'), '/scorecards/merchants');
  }

  function spikes(reviews) {
    tableWithCsv('spikes', text.spikes, [['kind', 'text', r => text.kind[r.kind] || r.kind],
      ['label', 'text', r => (r.kind === 'CATEGORY' ? code('category', r.key) : r.label || r.key)],
      ['windowCount', 'count'], ['baseline', 'decimal'], ['openedAt', 'time'],
      ['task', 'link', r => (r.taskId ? { href: TASKLIST_TASK + encodeURIComponent(r.taskId), label: text.openTask } : null)]],
      reviews, text.none);
  }

  /** One folding section per dimension, built once; its table and CSV link follow the period. */
  function breakdownSections() {
    byId('breakdowns').replaceChildren(...DIMENSIONS.map((dimension, i) =>
      el('details', { id: 'breakdown-' + dimension, open: i < 2 ? '' : null },
        el('summary', {}, text.dimension[dimension]),
        el('p', { class: 'links' }, el('a', { class: 'csv', download: '' }, text.downloadCsv)),
        el('div', { class: 'table' }))));
  }

  function breakdown(dimension, data) {
    const section = byId('breakdown-' + dimension);
    const key = row => {
      if (row.key === null || row.key === undefined) {
        return text.notRecorded;
      }
      if (dimension === 'hour') {
        return fill(text.hourOfDay, { hour: row.key });
      }
      if (dimension === 'day') {
        return show(row.key, 'date');
      }
      return CODE_FAMILIES[dimension] ? code(CODE_FAMILIES[dimension], row.key) : String(row.key);
    };
    table(section.querySelector('.table'), text.dimension[dimension],
      [['key', 'text', key], ...BREAKDOWN_COLUMNS], data.rows);
    csv(section.querySelector('a.csv'), '/breakdown/' + dimension);
  }

  function shownPeriod(summary) {
    const p = summary.period;
    const before = summary.previousPeriod;
    byId('shown-period').textContent = fill(text.shownPeriod, {
      from: show(p.from, 'date'), to: show(p.to, 'date'), days: integer.format(p.days),
      previousFrom: show(before.from, 'date'), previousTo: show(before.to, 'date')
    });
    byId('from').value = p.from;
    byId('to').value = p.to;
  }

  async function load() {
    const mine = ++requested;
    const main = byId('dashboard');
    main.setAttribute('aria-busy', 'true');
    status(text.loading);
    try {
      const [summary, trendData, funnelData, couriers, merchants, reviews, ...breakdowns] = await Promise.all([
        read('/summary'), read('/trend'), read('/funnel'), read('/scorecards/couriers'),
        read('/scorecards/merchants'), read('/spike-reviews', false),
        ...DIMENSIONS.map(d => read('/breakdown/' + d))]);
      if (mine !== requested) {
        return; // a newer choice of period is on its way
      }
      today = today || summary.period.to;
      shownPeriod(summary);
      kpis(summary);
      trend(trendData);
      funnel(funnelData);
      scorecards(couriers, merchants);
      spikes(reviews);
      DIMENSIONS.forEach((d, i) => breakdown(d, breakdowns[i]));
      main.dataset.from = summary.period.from;
      main.dataset.to = summary.period.to;
      main.dataset.loads = String(++loads);
      status(fill(text.loaded, { time: moment.format(new Date()) }));
    } catch (e) {
      if (mine === requested) {
        status(fill(text.failed, { detail: e.message }), true);
      }
    } finally {
      if (mine === requested) {
        main.removeAttribute('aria-busy');
      }
    }
  }

  function minusDays(isoDate, days) {
    const date = new Date(isoDate + 'T00:00:00Z');
    date.setUTCDate(date.getUTCDate() - days);
    return date.toISOString().slice(0, 10);
  }

  function periodPicker() {
    const form = byId('period-picker');
    const custom = [byId('from'), byId('to'), byId('show')];
    form.addEventListener('change', event => {
      if (event.target.name !== 'span') {
        return;
      }
      const span = event.target.value;
      custom.forEach(input => { input.disabled = span !== 'custom'; });
      if (span !== 'custom') {
        const days = Number(span);
        period = today ? { from: minusDays(today, days - 1), to: today } : null;
        load();
      }
    });
    byId('from').addEventListener('change', () => { byId('to').min = byId('from').value; });
    form.addEventListener('submit', event => {
      event.preventDefault();
      if (form.reportValidity()) {
        period = { from: byId('from').value, to: byId('to').value };
        load();
      }
    });
  }

  function words() {
    document.documentElement.lang = locale;
    document.title = text.title;
    document.querySelectorAll('[data-text]').forEach(element => { element.textContent = text[element.dataset.text]; });
    window.Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  }

  async function start() {
    words();
    breakdownSections();
    periodPicker();
    try {
      const response = await fetch('/dashboard/labels?lang=' + (locale === 'zh-CN' ? 'zh' : 'en'),
        { credentials: 'same-origin' });
      codes = response.ok ? await response.json() : {};
    } catch (ignored) {
      codes = {}; // the codes then read as they are
    }
    load();
  }

  document.addEventListener('DOMContentLoaded', start);
}());

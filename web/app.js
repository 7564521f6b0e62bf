/* eventwatch dashboard: plain browser JavaScript, no build step.
 * Talks only to the JSON API of the server that served it (docs/api.md);
 * every text from the data goes into the page as textContent, never as
 * HTML.  Libraries (web/vendor/): uPlot, d3-geo, topojson-client,
 * world-atlas. */
'use strict';

const $ = (sel) => document.querySelector(sel);
const QUAD = ['Verbal cooperation', 'Material cooperation', 'Verbal conflict', 'Material conflict'];
const QUAD_COLORS = ['#2e7d32', '#1565c0', '#ef6c00', '#c62828'];
let iso = {};            // alpha-3 -> [numeric, name]
let world = null;        // country features
let eventQuery = null;   // parameters of the event list shown (for paging)
let nextCursor = null;
let lastEvents = [];
let plot = null;

function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const k of kids) if (k != null) e.append(k);
  return e;
}

function status(msg, isError) {
  const s = $('#status');
  s.textContent = msg;
  s.className = isError ? 'error' : '';
}

async function api(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== '' && v != null) q.set(k, v);
  const url = '/api/' + path + (q.toString() ? '?' + q : '');
  const r = await fetch(url);
  const body = await r.json().catch(() => ({ error: r.statusText }));
  if (!r.ok) throw new Error(body.error || r.statusText);
  return body;
}

function filters() {
  const f = {};
  for (const e of $('#filters').elements) {
    if (!e.name || !e.value.trim()) continue;
    let v = e.value.trim();
    if (['country', 'actor', 'dyad'].includes(e.name)) v = v.toUpperCase();
    f[e.name] = v;
  }
  return f;
}

/* ---- event list ---- */

/* Spans are byte offsets into the UTF-8 sentence. */
function highlighted(sentence, spans) {
  const p = el('p', { class: 'sentence' });
  if (!sentence) { p.textContent = '(no stored sentence)'; return p; }
  const bytes = new TextEncoder().encode(sentence), dec = new TextDecoder();
  const marks = [['source', 'src'], ['verb', 'verb'], ['target', 'tgt']]
    .filter(([k]) => spans && spans[k]).map(([k, c]) => [spans[k][0], spans[k][1], c])
    .sort((a, b) => a[0] - b[0]);
  let at = 0;
  for (const [s, e, c] of marks) {
    if (s < at || e > bytes.length) continue;
    p.append(dec.decode(bytes.slice(at, s)), el('mark', { class: c, text: dec.decode(bytes.slice(s, e)) }));
    at = e;
  }
  p.append(dec.decode(bytes.slice(at)));
  return p;
}

function eventItem(e) {
  const q = e.quad_class || 0;
  const who = `${e.src_code || '---'} → ${e.tgt_code || '---'}`;
  const gold = e.goldstein == null ? '' : ` · Goldstein ${e.goldstein.toFixed(1)}`;
  const details = el('div', { class: 'details' });
  const btn = el('button', { type: 'button', 'aria-expanded': 'false', text: 'Sources',
    onclick: async () => {
      if (btn.getAttribute('aria-expanded') === 'true') { details.replaceChildren(); btn.setAttribute('aria-expanded', 'false'); return; }
      try {
        const d = await api('event/' + e.id);
        details.replaceChildren(...d.mentions.map((m) => el('div', { class: 'mention' },
          el('span', { class: 'meta', text: `${m.date || ''} ${m.news_source || ''} ${m.doc_id || ''} pattern: ${m.pattern || '-'}` }),
          highlighted(m.sentence, m.spans))));
        btn.setAttribute('aria-expanded', 'true');
      } catch (err) { details.textContent = err.message; }
    } });
  return el('li', {},
    el('div', { class: 'meta' },
      el('span', { text: `${e.date} · ` }), el('strong', { class: 'q' + q, text: `${e.code} ${QUAD[q - 1] || ''}` }),
      el('span', { text: ` · ${who}${gold} · ${e.num_articles} article(s) · ${e.geo_name || ''} ` }), btn),
    highlighted(e.sentence, e.spans), details);
}

async function loadEvents(params, label, append) {
  if (!append) { eventQuery = params; nextCursor = null; lastEvents = []; }
  const d = await api('events', Object.assign({ limit: 50 }, eventQuery, append ? { cursor: nextCursor } : {}));
  const list = $('#events');
  if (!append) list.replaceChildren();
  list.append(...d.events.map(eventItem));
  if (!d.events.length && !append) list.append(el('li', { text: 'No events match.' }));
  lastEvents = lastEvents.concat(d.events);
  nextCursor = d.next_cursor;
  $('#more').hidden = !nextCursor;
  if (label != null) $('#events-sub').textContent = label;
  drawPoints();
}

/* ---- timeline ---- */

function seriesParams(f) {
  const base = { from: f.from, to: f.to, interval: 'week' };
  if (f.dyad) return Object.assign(base, { by: 'dyad', key: f.dyad });
  if (f.country) return Object.assign(base, { by: 'country', key: f.country });
  if (f.dimension) return Object.assign(base, { by: 'dimension', key: f.dimension });
  return Object.assign(base, { by: 'all' });
}

async function loadTimeline(f) {
  const p = seriesParams(f);
  const d = await api('series', p);
  $('#timeline-key').textContent = `weekly, ${p.by}${p.key ? ' ' + p.key : ''}`;
  const xs = d.buckets.map((b) => Date.parse(b.date) / 1000);
  const data = [xs, ...[0, 1, 2, 3].map((i) => d.buckets.map((b) => b.quad[i])),
    d.buckets.map((b) => b.goldstein_mean)];
  const box = $('#timeline');
  const width = Math.max(300, box.clientWidth - 4);
  const opts = {
    width, height: 220,
    series: [{}, ...QUAD.map((label, i) => ({ label, stroke: QUAD_COLORS[i], width: 1.5 })),
      { label: 'Goldstein (mean)', stroke: '#6a1b9a', dash: [4, 3], scale: 'g', width: 1.2 }],
    axes: [{}, { label: 'events' }, { side: 1, scale: 'g', label: 'Goldstein', grid: { show: false } }],
    scales: { g: { range: [-10, 10] } },
    legend: { live: false },
  };
  if (plot) plot.destroy();
  plot = new uPlot(opts, data, box);
}

/* ---- map ---- */

// framed on Europe, the Caucasus, Central Asia and the Middle East, where
// the OSCE works; the rest of the world is drawn but clipped
const FRAME = { type: 'MultiPoint', coordinates: [[-15, 33], [95, 33], [-15, 70], [95, 70], [40, 22]] };
const proj = () => d3.geoNaturalEarth1().fitExtent([[4, 4], [636, 326]], FRAME);

async function loadMapBase() {
  const topo = await fetch('vendor/countries-110m.json').then((r) => r.json());
  world = topojson.feature(topo, topo.objects.countries).features;
  const byNum = {}, byName = {};
  for (const [a3, [num, name]] of Object.entries(iso)) { byNum[num] = a3; byName[name] = a3; }
  for (const c of world) c.a3 = byNum[c.id] || byName[c.properties.name] || null;
  const path = d3.geoPath(proj());
  const svg = $('#map');
  const ns = 'http://www.w3.org/2000/svg';
  const g = document.createElementNS(ns, 'g');
  for (const c of world) {
    const p = document.createElementNS(ns, 'path');
    p.setAttribute('d', path(c) || '');
    p.setAttribute('class', 'country');
    const t = document.createElementNS(ns, 'title');
    t.textContent = c.properties.name;
    p.append(t);
    if (c.a3) p.addEventListener('click', () => { $('#f-country').value = c.a3; apply(); });
    c.node = p;
    g.append(p);
  }
  const pts = document.createElementNS(ns, 'g');
  pts.id = 'points';
  svg.replaceChildren(g, pts);
}

function shade(counts, selected) {
  if (!world) return;
  const max = Math.max(1, ...Object.values(counts));
  for (const c of world) {
    const n = counts[c.a3] || 0, t = n ? Math.log1p(n) / Math.log1p(max) : 0;
    const mix = (a, b) => Math.round(a + (b - a) * t);
    c.node.style.fill = n ? `rgb(${mix(222, 8)},${mix(235, 69)},${mix(247, 148)})` : '';
    c.node.classList.toggle('sel', c.a3 === selected);
    c.node.querySelector('title').textContent = `${c.properties.name}${n ? ': ' + n + ' actor-events' : ''}`;
  }
}

function drawPoints() {
  const g = document.getElementById('points');
  if (!g) return;
  const project = proj(), ns = 'http://www.w3.org/2000/svg';
  g.replaceChildren(...lastEvents.filter((e) => e.geo_lat != null).map((e) => {
    const [x, y] = project([e.geo_lon, e.geo_lat]);
    const c = document.createElementNS(ns, 'circle');
    c.setAttribute('cx', x.toFixed(1)); c.setAttribute('cy', y.toFixed(1)); c.setAttribute('r', '2.5');
    return c;
  }));
}

async function loadCountryCounts(f) {
  const d = await api('actors', { limit: 500 });
  const counts = {};
  for (const a of d.actors) if (a.country) counts[a.country] = (counts[a.country] || 0) + a.events;
  shade(counts, f.country);
}

/* ---- dyads, alerts, mediation ---- */

async function loadDyads(f) {
  const p = Object.assign({}, f, { limit: 15 });
  const d = await api('dyads', p);
  $('#dyads tbody').replaceChildren(...d.dyads.map((x) => el('tr', {},
    el('th', { scope: 'row', text: x.dyad }), el('td', { class: 'num', text: x.events }),
    el('td', { class: 'num', text: x.conflict }),
    el('td', { class: 'num', text: x.goldstein_mean == null ? '' : x.goldstein_mean.toFixed(1) }),
    el('td', {}, el('button', { type: 'button', 'aria-label': `Filter by dyad ${x.dyad}`, text: 'Filter',
      onclick: () => { $('#f-dyad').value = x.dyad; apply(); } }), ' ',
      el('button', { type: 'button', 'aria-label': `Mediation view for ${x.dyad}`, text: 'Mediation',
        onclick: () => { $('#m-dyad').value = x.dyad; loadMediation().catch((e) => status(e.message, true)); } })))));
}

async function loadAlerts() {
  const d = await api('alerts', { limit: 50 });
  const ul = $('#alerts');
  if (!d.alerts.length) { ul.replaceChildren(el('li', { text: 'No alerts.' })); return; }
  ul.replaceChildren(...d.alerts.map((a) => el('li', {}, el('button', {
    type: 'button', class: 'alert', 'aria-pressed': 'false',
    text: `${a.dyad}, week of ${a.week}: ${a.conflict} conflict events (z ${a.z.toFixed(1)}, baseline ${a.median})`,
    onclick: (ev) => openAlert(a, ev.currentTarget),
  }))));
}

async function openAlert(a, btn) {
  for (const b of document.querySelectorAll('#alerts button')) b.setAttribute('aria-pressed', 'false');
  btn.setAttribute('aria-pressed', 'true');
  status(`Loading the events behind the ${a.dyad} alert…`);
  await loadEvents({ dyad: a.dyad, from: a.week, to: a.week_end, quad: '3,4' },
    `behind the alert: ${a.dyad} conflict events, ${a.week} to ${a.week_end}`);
  status(`Showing the conflict events behind the ${a.dyad} alert of the week of ${a.week}.`);
  $('#events-h').scrollIntoView({ block: 'start' });
}

async function loadMediation() {
  const dyad = $('#m-dyad').value.trim().toUpperCase();
  const d = await api('mediation', { dyad });
  const box = $('#mediation');
  const max = Math.max(1, ...d.weeks.map((w) => w.coop + w.conflict));
  const bars = el('div', { class: 'bars', role: 'img',
    'aria-label': `Weekly cooperation (blue) and conflict (red) between ${d.a} and ${d.b}` });
  for (const w of d.weeks.slice(-104)) {
    const b = el('div', { class: 'bar', title: `${w.week}: ${w.coop} cooperation, ${w.conflict} conflict` });
    const c1 = el('div', { class: 'coop' }), c2 = el('div', { class: 'confl' });
    c1.style.height = (80 * w.coop / max) + 'px';
    c2.style.height = (80 * w.conflict / max) + 'px';
    b.append(c1, c2);
    bars.append(b);
  }
  const parties = d.parties.slice(0, 8).map((p) => el('tr', {}, el('th', { scope: 'row', text: p.code }),
    el('td', { class: 'num', text: p.with_a }), el('td', { class: 'num', text: p.with_b }),
    el('td', { class: 'num', text: p.mediate })));
  box.replaceChildren(
    el('p', { text: `${d.a}–${d.b}: progress index ${d.index_start.toFixed(2)} → ${d.index_end.toFixed(2)}, ${d.trend} (last ${Math.min(104, d.weeks.length)} weeks; blue cooperation, red conflict)` }),
    bars,
    el('table', {}, el('caption', { text: 'Third parties engaging both sides' }),
      el('thead', {}, el('tr', {}, ...['Party', 'with ' + d.a, 'with ' + d.b, 'mediate'].map((h) => el('th', { scope: 'col', text: h })))),
      el('tbody', {}, ...(parties.length ? parties : [el('tr', {}, el('td', { colspan: '4', text: 'none found' }))]))));
}

/* ---- explain ---- */

function treeText(tokens) {
  if (!tokens.some((t) => t.head >= 0)) return '(no dependency parse: the parser model is not loaded)';
  const lines = [];
  const walk = (head, depth) => {
    if (depth > 40) return;
    for (const t of tokens) if (t.head === head) {
      lines.push('  '.repeat(depth) + `${t.form} (${t.rel})`);
      walk(t.id, depth + 1);
    }
  };
  walk(0, 0);
  return lines.join('\n');
}

async function runExplain() {
  const text = $('#x-text').value.trim();
  const out = $('#explain');
  out.replaceChildren(el('p', { text: 'Coding…' }));
  const d = await api('explain', { text });
  const evs = d.events.length ? d.events.map((e) => el('li', {},
    el('strong', { text: `${e.source.code || '---'} → ${e.target.code || '---'} ${e.code}` }),
    el('span', { text: ` ${e.quad_class ? QUAD[e.quad_class - 1] : ''} pattern: ${e.pattern || '-'}` }),
    e.sentence >= 0 ? highlighted(d.sentences[e.sentence].text, { source: e.source.span, target: e.target.span, verb: e.verb }) : null))
    : [el('li', { text: 'No event coded.' })];
  const toks = d.sentences.map((s) => s.tokens.map((t) =>
    `${String(t.id).padStart(2)} ${t.form.padEnd(14)} ${String(t.upos).padEnd(5)} ${String(t.head).padStart(2)} ${t.rel}`).join('\n')).join('\n\n');
  out.replaceChildren(
    el('div', {}, el('h3', { text: 'Events' }), el('ul', { id: 'explain-events' }, ...evs),
      el('h3', { text: 'Tokens (id form upos head rel)' }), el('pre', { text: toks })),
    el('div', {}, el('h3', { text: 'Tree' }), el('pre', { text: d.sentences.map((s) => treeText(s.tokens)).join('\n\n') }),
      el('h3', { text: 'Actors and patterns tried (coder trace)' }), el('pre', { id: 'explain-trace', text: d.trace.join('\n') || '(no trace lines)' })));
}

/* ---- wiring ---- */

async function apply() {
  const f = filters();
  status('Loading…');
  const jobs = [
    loadEvents(f, Object.keys(f).length ? 'matching the filters' : 'newest first'),
    loadTimeline(f), loadDyads(f), loadCountryCounts(f),
  ];
  const res = await Promise.allSettled(jobs);
  const bad = res.find((r) => r.status === 'rejected');
  if (bad) status(bad.reason.message, true);
  else status(`Filters: ${Object.entries(f).map(([k, v]) => k + '=' + v).join(', ') || 'none'}`);
}

async function start() {
  try {
    iso = await fetch('vendor/countries.json').then((r) => r.json());
    const dl = $('#countries');
    for (const [a3, [, name]] of Object.entries(iso)) dl.append(el('option', { value: a3, text: name }));
    await loadMapBase();
  } catch (e) { status('map data missing: ' + e.message, true); }
  $('#filters').addEventListener('submit', (e) => { e.preventDefault(); apply(); });
  $('#f-reset').addEventListener('click', () => { $('#filters').reset(); apply(); });
  $('#more').addEventListener('click', () => loadEvents(null, null, true).catch((e) => status(e.message, true)));
  $('#mediation-form').addEventListener('submit', (e) => { e.preventDefault(); loadMediation().catch((x) => status(x.message, true)); });
  $('#explain-form').addEventListener('submit', (e) => {
    e.preventDefault();
    runExplain().catch((x) => $('#explain').replaceChildren(el('p', { class: 'error', text: x.message })));
  });
  await Promise.allSettled([apply(), loadAlerts().catch((e) => status(e.message, true)),
    loadMediation().catch(() => {})]);
  document.body.dataset.ready = '1';
}

start();

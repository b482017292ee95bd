// pingyou serve — the page. Plain JavaScript, no libraries; every text from
// the server is put into the page with textContent, never as HTML.
"use strict";

const csrf = document.querySelector('meta[name="csrf-token"]').content;
const $ = (id) => document.getElementById(id);
let info = { stages: [], previews: false, maxFileSize: 0, maxFiles: 0, maxConfig: 0 };
let current = null; // the run shown
let events = null;  // EventSource of a running job
let unitOwned = new Set(); // form fields holding the page's own value (not a prefill)
let unitDirty = false;     // the form has changes not saved
let doc = "表彰决定";      // the document previewed and its wording edited
let wordings = [];         // the run's wording templates (GET …/wording)
let draftShown = "";       // rev and document of the preview shown
let lastTextarea = null;   // where a clicked placeholder goes
let wordingsFor = "";      // the run (and uploaded scheme) wordings were loaded for

function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") e.className = v;
    else if (k === "text") e.textContent = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? "" : v);
  }
  for (const kid of kids) if (kid !== null && kid !== undefined) e.append(kid);
  return e;
}

function mb(n) {
  if (n < 1024) return n + " 字节";
  if (n < 1 << 20) return (n / 1024).toFixed(1) + " KB";
  return (n / (1 << 20)).toFixed(1) + " MB";
}
function when(iso) {
  if (!iso) return "";
  const d = new Date(iso);
  return d.toLocaleString("zh-CN", { hour12: false });
}
function runURL(path) { return "/api/runs/" + encodeURIComponent(current.id) + path; }

function showAlert(msg) {
  const a = $("alert");
  a.textContent = msg || "";
  a.hidden = !msg;
  if (msg) a.scrollIntoView({ block: "nearest" });
}

async function api(method, url, body) {
  const opt = { method, headers: { "X-CSRF-Token": csrf }, credentials: "same-origin" };
  if (body !== undefined && !(body instanceof FormData)) {
    body = JSON.stringify(body);
    opt.headers["Content-Type"] = "application/json";
  }
  if (body !== undefined) opt.body = body;
  let res;
  try {
    res = await fetch(url, opt);
  } catch (e) {
    throw new Error("无法连接 pingyou 服务，请确认它仍在运行。");
  }
  if (res.status === 204) return null;
  let data = null;
  try { data = await res.json(); } catch (e) { /* not JSON */ }
  if (!res.ok) {
    const e = new Error((data && data.error) || ("请求失败（" + res.status + "）"));
    e.data = data || {};
    e.status = res.status;
    throw e;
  }
  return data;
}

// ---- runs list ----

async function loadRuns() {
  const runs = await api("GET", "/api/runs");
  const ul = $("run-list");
  ul.replaceChildren();
  $("no-runs").hidden = runs.length > 0;
  for (const r of runs) {
    const state = r.job === "done" ? "已生成" : r.job === "running" ? "生成中" : r.job === "queued" ? "排队中" :
      r.job === "failed" ? "生成未完成" : r.job === "cancelled" ? "已取消生成" : r.check === "ok" ? "检查通过" : r.check === "errors" ? "有问题待改" :
      r.files.length ? "" : "未上传文件";
    const del = el("button", { type: "button", class: "danger", "aria-label": "删除批次 " + when(r.created), text: "删除" });
    del.addEventListener("click", async (ev) => {
      ev.stopPropagation();
      if (!del.classList.contains("armed")) {
        del.classList.add("armed");
        del.textContent = "确认删除";
        setTimeout(() => { del.classList.remove("armed"); del.textContent = "删除"; }, 4000);
        return;
      }
      try {
        await api("DELETE", "/api/runs/" + encodeURIComponent(r.id));
        if (current && current.id === r.id) location.hash = "";
        await loadRuns();
      } catch (e) { showAlert(e.message); }
    });
    const li = el("li", { class: current && current.id === r.id ? "current" : null },
      el("a", { href: "#/run/" + r.id, "aria-current": current && current.id === r.id ? "page" : null },
        el("div", { class: "run-name", text: when(r.created) }),
        el("div", { class: "run-meta", text: [r.files.join("、"), state].filter(Boolean).join("　") })),
      del);
    ul.append(li);
  }
}

// ---- one run ----

async function openRun(id) {
  closeEvents();
  showAlert("");
  if (!current || current.id !== id) {
    unitOwned = new Set();
    unitDirty = false;
    draftShown = "";
    wordings = [];
    wordingsFor = "";
  }
  if (!id) {
    current = null;
    $("run").hidden = true;
    $("welcome").hidden = false;
    await loadRuns();
    return;
  }
  try {
    render(await api("GET", "/api/runs/" + encodeURIComponent(id)));
  } catch (e) {
    showAlert(e.message);
    current = null;
    $("run").hidden = true;
    $("welcome").hidden = false;
  }
  await loadRuns();
}

function render(run) {
  current = run;
  $("welcome").hidden = true;
  $("run").hidden = false;
  $("run-heading").textContent = "批次 " + run.id;
  $("run-created").textContent = "建于 " + when(run.created);
  $("run-templates").href = "/api/templates.zip?run=" + encodeURIComponent(run.id);
  renderFiles(run);
  renderUnit(run);
  renderCheck(run);
  renderDraftPanel(run);
  renderJob(run);
  if (run.running) followEvents();
  const wf = run.id + "/" + (run.config ? run.config.uploaded : "");
  if (wordingsFor !== wf) { wordingsFor = wf; loadWordings(); }
}

function renderFiles(run) {
  const tb = $("files");
  tb.replaceChildren();
  for (const f of run.files) {
    const rm = el("button", { type: "button", class: "secondary small-btn", "aria-label": "移除 " + f.display, text: "移除" });
    rm.disabled = run.running;
    rm.addEventListener("click", () => act(() => api("DELETE", runURL("/files/" + encodeURIComponent(f.name)))));
    tb.append(el("tr", {}, el("td", { text: f.display }), el("td", { text: mb(f.size) }),
      el("td", { text: when(f.uploaded) }), el("td", {}, rm)));
  }
  $("files-table").hidden = run.files.length === 0;
  $("file-input").disabled = run.running;
  $("config-input").disabled = run.running;
  $("scheme-name").textContent = run.config ? run.config.display : "内置示例方案";
  $("remove-config").hidden = !run.config;
}

// ---- unit settings (the 单位信息 form) ----

// unitRows merges the fields (from /api/info) with what the last check
// found for each: the form's, the sheet's and the config file's value.
function unitRows(run) {
  const found = new Map(((run.check && run.check.unit) || []).map((u) => [u.key, u]));
  return (info.unitFields || []).map((f) => Object.assign({ form: "", sheet: "", file: "", value: "", from: "" }, found.get(f.key) || {}, f));
}

function renderUnit(run) {
  const mine = run.unit || {};
  if (!unitDirty) unitOwned = new Set(Object.keys(mine));
  const tb = $("unit-rows");
  const focused = document.activeElement && document.activeElement.dataset ? document.activeElement.dataset.key : null;
  const typed = new Map(Array.from(tb.querySelectorAll("input")).map((i) => [i.dataset.key, i.value]));
  tb.replaceChildren();
  let missing = 0, conflicts = 0;
  // A default made from a value in conflict (the 红头 from a disputed
  // 发文机关) is not shown as if it were settled.
  const disputed = unitRows(run).some((u) => u.conflict);
  for (const u of unitRows(run)) {
    const id = "unit-" + u.key.replace(/\W/g, "-");
    const input = el("input", { type: "text", id, "data-key": u.key, autocomplete: "off",
      placeholder: u.from.startsWith("默认") && !disputed ? u.value : "例：" + u.example, "aria-describedby": id + "-help " + id + "-src" });
    input.disabled = run.running;
    if (unitDirty && typed.has(u.key)) input.value = typed.get(u.key);
    else input.value = u.key in mine ? mine[u.key] : (u.sheet || u.file || "");
    input.addEventListener("input", () => {
      unitOwned.add(u.key);
      unitDirty = true;
      input.closest("tr").classList.add("edited");
      $("unit-status").textContent = "有改动，尚未保存。";
      $("unit-status").className = "status";
    });
    const src = el("td", { id: id + "-src", class: "src" });
    const owned = unitOwned.has(u.key);
    if (u.conflict) {
      conflicts++;
      const parts = [];
      if (u.form) parts.push("本页填写“" + u.form + "”");
      if (u.sheet) parts.push(u.sheetAt + " 是“" + u.sheet + "”");
      if (u.file) parts.push(u.fileAt + " 是“" + u.file + "”");
      src.append(el("strong", { class: "bad", text: "不一致：" }), parts.join("；") + "。");
      if (u.form && (u.sheet || u.file)) {
        src.append(el("button", { type: "button", class: "secondary small-btn", text: u.sheet ? "改用花名册中的" : "改用方案文件中的",
          onclick: () => { input.value = ""; unitOwned.delete(u.key); unitDirty = true; saveUnit(); } }));
        src.append(el("div", { class: "muted", text: "要用本页的，请改" + (u.sheet ? "花名册中的这一格" : "方案文件中的这一项") + "后重新上传。" }));
      } else {
        src.append(el("span", { class: "muted", text: "请改工作簿或方案文件，使两处一致，或删去其中一处。" }));
      }
    } else if (owned && input.value.trim()) {
      src.append(el("span", { text: "本页填写" }));
      if (u.sheet || u.file) src.append(el("span", { class: "muted", text: "（与 " + (u.sheet ? u.sheetAt : u.fileAt) + " 相同）" }));
    } else if (u.value) {
      src.append(el("span", { class: u.from.startsWith("默认") ? "muted" : "", text: u.from }));
    } else if (run.check && u.required) {
      missing++;
      src.append(el("strong", { class: "bad", text: "必填，尚未填写" }));
    } else if (!run.check && u.required) {
      src.append(el("span", { class: "muted", text: "必填" }));
    }
    tb.append(el("tr", { class: (u.conflict ? "conflict " : "") + (owned ? "owned" : "") },
      el("th", { scope: "row" }, el("label", { for: id, text: u.label }), u.required ? el("span", { class: "req", "aria-label": "必填", text: "*" }) : null),
      el("td", {}, input, el("div", { id: id + "-help", class: "help small muted", text: u.help })),
      src));
  }
  if (focused) { const f = tb.querySelector('input[data-key="' + focused + '"]'); if (f) f.focus(); }
  $("unit-save").disabled = run.running;
  if (!unitDirty) {
    const st = $("unit-status");
    st.className = "status " + (conflicts || missing ? "bad" : run.check ? "ok" : "");
    st.textContent = conflicts ? conflicts + " 项在两处填写且不一致，请处理后再生成。" :
      missing ? "还有 " + missing + " 项必填的没有填写。" :
      run.check ? "单位信息齐全，请核对后再生成。" : "";
  }
}

async function saveUnit() {
  const values = {};
  for (const i of $("unit-rows").querySelectorAll("input")) {
    if (unitOwned.has(i.dataset.key) && i.value.trim()) values[i.dataset.key] = i.value.trim();
  }
  for (const i of $("unit-rows").querySelectorAll("input")) i.removeAttribute("aria-invalid");
  $("unit-status").textContent = "正在保存并重新检查 …";
  $("unit-status").className = "status";
  try {
    const run = await api("PUT", runURL("/unit"), { values });
    unitDirty = false;
    render(run);
    await loadRuns();
  } catch (e) {
    $("unit-status").textContent = e.message;
    $("unit-status").className = "status bad";
    if (e.data && e.data.field) {
      const i = $("unit-rows").querySelector('input[data-key="' + e.data.field + '"]');
      if (i) { i.setAttribute("aria-invalid", "true"); i.focus(); }
    }
  }
}

// ---- preview and wording ----

function renderDraftPanel(run) {
  const tabs = $("doc-tabs");
  if (!tabs.childElementCount) {
    for (const d of info.drafts || []) {
      tabs.append(el("button", { type: "button", role: "tab", "data-doc": d, text: d,
        onclick: () => { doc = d; draftShown = ""; renderDraftPanel(current); } }));
    }
  }
  for (const b of tabs.querySelectorAll("button")) {
    b.setAttribute("aria-selected", b.dataset.doc === doc ? "true" : "false");
    b.classList.toggle("on", b.dataset.doc === doc);
  }
  renderWording();
  const ok = run.check && run.check.ok;
  if (!ok) {
    draftShown = "";
    $("draft-pages").replaceChildren();
    $("draft-open").hidden = true;
    $("draft-status").textContent = run.files.length ? "检查通过后在这里显示预览（现在检查还有错误）。" : "上传工作簿并检查通过后，在这里显示表彰决定第 1 页。";
    $("draft-status").className = "status";
    return;
  }
  if (draftShown !== run.rev + "/" + doc) showDraft();
}

// showDraft asks the server for the preview of doc (with the wording being
// edited when draft is set) and shows its first page.
async function showDraft(draft) {
  const run = current;
  const key = run.rev + "/" + doc;
  draftShown = draft ? "" : key;
  $("draft-status").textContent = "正在排版" + doc + " …";
  $("draft-status").className = "status";
  try {
    const v = await api("POST", runURL("/drafts/" + encodeURIComponent(doc)), draft);
    if (current !== run || v.doc !== doc) return;
    const box = $("draft-pages");
    const what = doc === "证书" ? "每种表彰的第一份证书" : doc === "支部通知" ? "第一个党支部的通知第 1 页" : "表彰决定第 1 页";
    const shown = () => {
      if (current !== run || v.doc !== doc) return;
      box.replaceChildren(...pages);
      $("draft-open").href = v.pdf;
      $("draft-open").hidden = false;
      $("draft-status").textContent = (draft ? "按未保存的措辞预览：" : "预览：") + what + "（与生成的文件相同）";
      $("draft-status").className = "status" + (draft ? " warn" : "");
    };
    let pages;
    if (v.pages.length) {
      // The page images are drawn on first request: the old preview stays
      // until they are there, never an empty frame.
      let left = v.pages.length;
      const one = () => { if (--left === 0) shown(); };
      pages = v.pages.map((p, i) => el("a", { href: v.pdf, target: "_blank", rel: "noopener", class: "page" },
        el("img", { src: p, alt: doc + "预览第 " + (i + 1) + " 页", onload: one, onerror: one })));
      $("draft-status").textContent = "正在生成" + what + "的图 …";
    } else {
      // No page images on this server (Windows): the browser's PDF viewer.
      pages = [el("iframe", { src: v.pdf + "#page=1&view=FitH", title: doc + "预览", class: "draft-frame" })];
      shown();
    }
    for (const i of $("wording-sections").querySelectorAll("[aria-invalid]")) i.removeAttribute("aria-invalid");
  } catch (e) {
    draftShown = "";
    if (e.data && "section" in e.data) return wordingError(e);
    $("draft-status").textContent = e.message;
    $("draft-status").className = "status bad";
  }
}

async function loadWordings() {
  if (!current) return;
  try {
    wordings = await api("GET", runURL("/wording"));
  } catch (e) {
    wordings = [];
    $("wording-status").textContent = e.message;
  }
  renderWording();
}

function wordingNow() { return wordings.find((w) => w.preview === doc); }

function renderWording() {
  const w = wordingNow();
  const secs = $("wording-sections");
  $("wording-error").hidden = true;
  if (!w) { secs.replaceChildren(); return; }
  if (secs.dataset.name === w.name && secs.dataset.rev === String(w.edited) + w.sections.map((s) => s.text).join("\u0000")) return;
  secs.dataset.name = w.name;
  secs.dataset.rev = String(w.edited) + w.sections.map((s) => s.text).join("\u0000");
  $("wording-title").textContent = w.title + "的措辞（" + w.name + "）";
  $("wording-edited").hidden = !w.edited;
  $("wording-help").textContent = w.help;
  secs.replaceChildren();
  for (const sec of w.sections) {
    const id = "w-" + sec.key.replace(/[^\w]/g, (c) => c.charCodeAt(0).toString(16));
    const input = sec.multiline ? el("textarea", { id, rows: Math.min(14, Math.max(4, sec.text.split("\n").length + 1)), "data-key": sec.key, spellcheck: "false" })
      : el("input", { type: "text", id, "data-key": sec.key, spellcheck: "false" });
    input.value = sec.text;
    input.addEventListener("focus", () => { lastTextarea = input; });
    input.addEventListener("input", () => {
      input.removeAttribute("aria-invalid");
      $("wording-status").textContent = "有改动，尚未保存。";
      $("wording-status").className = "status";
    });
    // The decision's wording chooses its words by the counts ({{if …}});
    // a clerk edits the words around them.
    const logic = /\{\{-?\s*(if|with|else|end|range)\b/.test(sec.text);
    const hint = logic ? el("p", { class: "muted small hint", id: id + "-hint",
      text: "文中 {{if …}}、{{else}}、{{end}} 等是按名单人数自动取舍文字的写法（如只有 1 名时不写“等1名”）：只改其中的中文，花括号部分请原样保留。" }) : null;
    if (hint) input.setAttribute("aria-describedby", hint.id);
    secs.append(el("div", { class: "section" }, el("label", { for: id, text: sec.label }), hint, input));
  }
  const ul = $("placeholders");
  ul.replaceChildren();
  for (const p of w.placeholders) {
    ul.append(el("li", {}, el("button", { type: "button", class: "chip", text: p.written, title: "插入 " + p.written,
      onclick: () => insertPlaceholder(p.written) }), el("span", { class: "muted", text: p.meaning })));
  }
  $("wording-reset").disabled = !w.edited;
  $("wording-status").textContent = w.problem || "";
}

function insertPlaceholder(text) {
  const t = lastTextarea && document.body.contains(lastTextarea) ? lastTextarea : $("wording-sections").querySelector("textarea, input");
  if (!t) return;
  const a = t.selectionStart ?? t.value.length, b = t.selectionEnd ?? t.value.length;
  t.value = t.value.slice(0, a) + text + t.value.slice(b);
  t.focus();
  t.selectionStart = t.selectionEnd = a + text.length;
  t.dispatchEvent(new Event("input"));
}

function wordingSections() {
  const out = {};
  for (const i of $("wording-sections").querySelectorAll("[data-key]")) out[i.dataset.key] = i.value;
  return out;
}

function wordingError(e) {
  const box = $("wording-error");
  box.textContent = e.message;
  box.hidden = false;
  for (const i of $("wording-sections").querySelectorAll("[data-key]")) {
    const bad = e.data && i.dataset.key === e.data.section;
    if (bad) i.setAttribute("aria-invalid", "true"); else i.removeAttribute("aria-invalid");
    if (bad) {
      i.focus();
      if (e.data.line > 0 && i.tagName === "TEXTAREA") { // select the line
        const lines = i.value.split("\n");
        const start = lines.slice(0, e.data.line - 1).join("\n").length + (e.data.line > 1 ? 1 : 0);
        i.setSelectionRange(start, start + (lines[e.data.line - 1] || "").length);
      }
    }
  }
  $("wording-status").textContent = "没有保存。";
  $("wording-status").className = "status bad";
}

async function saveWording() {
  const w = wordingNow();
  if (!w) return;
  $("wording-error").hidden = true;
  try {
    wordings = await api("PUT", runURL("/wording/" + encodeURIComponent(w.name)), { sections: wordingSections() });
    $("wording-sections").dataset.rev = "";
    renderWording();
    $("wording-status").textContent = "已保存，只用于本批次。";
    $("wording-status").className = "status ok";
    current = await api("GET", runURL(""));
    draftShown = "";
    renderDraftPanel(current);
  } catch (e) {
    if (e.data && "section" in e.data) wordingError(e); else showAlert(e.message);
  }
}

async function resetWording() {
  const w = wordingNow();
  if (!w) return;
  try {
    wordings = await api("DELETE", runURL("/wording/" + encodeURIComponent(w.name)));
    $("wording-sections").dataset.rev = "";
    renderWording();
    $("wording-status").textContent = "已恢复为内置措辞。";
    $("wording-status").className = "status ok";
    current = await api("GET", runURL(""));
    draftShown = "";
    renderDraftPanel(current);
  } catch (e) { showAlert(e.message); }
}

// placeCells are a problem's 文件, 工作表 and 单元格 columns; a problem of
// the whole batch (a tie the committee decides) says so instead of
// leaving three blanks.
function placeCells(p) {
  if (!p.file && !p.sheet && !p.cell) return [el("td", { colspan: 3, class: "muted", text: "整批结果，不对应某个单元格" })];
  return [el("td", { text: p.file }), el("td", { text: p.sheet }), el("td", { class: "cell", text: p.cell })];
}

function renderCheck(run) {
  const c = run.check;
  const st = $("check-status");
  $("recheck").disabled = run.running || run.files.length === 0;
  const tb = $("problems");
  tb.replaceChildren();
  $("marked").hidden = true;
  if (!c) {
    st.textContent = run.files.length ? "尚未检查。" : "上传工作簿后自动检查。";
    st.className = "status";
    $("problems-wrap").hidden = true;
    return;
  }
  st.textContent = c.message + "（" + when(c.time) + "）";
  st.className = "status " + (c.ok ? "ok" : "bad");
  for (const p of c.problems) {
    tb.append(el("tr", { class: "sev-" + p.severity },
      el("td", { text: p.severity }), ...placeCells(p), el("td", { text: p.value }),
      el("td", { text: p.problem }), el("td", { text: p.fix })));
  }
  $("problems-wrap").hidden = c.problems.length === 0;
  const ml = $("marked-list");
  ml.replaceChildren();
  for (const m of c.marked) {
    ml.append(el("li", {}, el("a", { href: runURL("/marked/" + encodeURIComponent(m.name)), download: m.display, text: m.display })));
  }
  $("marked").hidden = c.marked.length === 0;
}

function renderStages(stage, finished, failed) {
  const ol = $("stages");
  ol.replaceChildren();
  info.stages.forEach((label, i) => {
    let cls = "", note = "未开始";
    if (i < stage || (finished && !failed && i <= stage)) { cls = "done"; note = "已完成"; }
    else if (i === stage && !finished) { cls = "active"; note = "进行中"; }
    ol.append(el("li", { class: cls }, label, el("span", { class: "sr-only", text: "：" + note })));
  });
  ol.hidden = false;
}

function renderJob(run) {
  const j = run.job;
  const ok = run.check && run.check.ok;
  $("start").disabled = run.running || run.files.length === 0 || !ok;
  $("cancel").hidden = !run.running;
  $("cancel").disabled = false;
  $("start").textContent = j && j.state === "done" ? "重新生成" : "生成全部结果";
  const st = $("run-status");
  $("results").hidden = true;
  if (!j) {
    st.textContent = ok ? "检查已通过，可以生成。" : "检查通过后即可生成。";
    st.className = "status";
    $("stages").hidden = true;
    $("log-box").hidden = true;
    return;
  }
  $("log").textContent = j.log.join("\n");
  $("log-box").hidden = j.log.length === 0;
  if (run.running) {
    st.textContent = j.state === "queued" ? "排队中：服务器上另一个批次正在生成 …" : "正在生成 …";
    st.className = "status";
    renderStages(j.stage, false, false);
    return;
  }
  const failed = j.state !== "done";
  if (j.state === "cancelled") {
    renderStages(j.stage, true, true);
    st.textContent = j.message + "（" + when(j.finished) + "）";
    st.className = "status";
    return;
  }
  renderStages(j.stage, true, failed);
  st.textContent = j.message + "（" + when(j.finished) + "）";
  const warned = !failed && j.warnings && j.warnings.length;
  st.className = "status " + (failed ? "bad" : warned ? "warn" : "ok");
  if (!failed) renderOutputs(run);
}

function renderOutputs(run) {
  const changed = run.files.some((f) => new Date(f.uploaded) > new Date(run.job.started)) ||
    (run.config && new Date(run.config.uploaded) > new Date(run.job.started));
  // Counted as the command line counts: the files the manifest lists, itself apart.
  $("results-note").textContent = run.outputs.length + " 个文件，另有清单 manifest.json；生成于 " + when(run.job.finished) +
    (changed ? "。注意：此后工作簿有改动，这是改动前的结果，请重新生成。" : "。");
  $("zip").href = runURL("/results.zip");
  const warnings = run.job.warnings || [];
  const sum = $("results-summary");
  sum.textContent = warnings.length ? "完成，有 " + warnings.length + " 条提醒（见下表），请核对后再印发。" : "完成，没有提醒。";
  sum.className = "status " + (warnings.length ? "warn" : "ok");
  // The print books first: what the office prints.
  const books = run.outputs.filter((o) => o.kind === "公文合订本" || o.kind === "证书合订本");
  const pl = $("print-list");
  pl.replaceChildren();
  for (const o of books) {
    const url = runURL("/output?path=" + encodeURIComponent(o.path));
    const base = o.path.slice(o.path.lastIndexOf("/") + 1);
    pl.append(el("li", {}, el("strong", { text: o.title || base }), el("span", { class: "muted", text: "　" + o.path + "　" + mb(o.size) + "　" }),
      el("button", { type: "button", class: "secondary small-btn", text: "预览", onclick: () => view(url, base) }), " ",
      el("a", { href: url + "&download=1", download: base, text: "下载" })));
  }
  $("print-box").hidden = books.length === 0;
  const wt = $("warnings");
  wt.replaceChildren();
  for (const p of warnings) {
    wt.append(el("tr", { class: "sev-提醒" }, ...placeCells(p), el("td", { text: p.value }), el("td", { text: p.problem }), el("td", { text: p.fix })));
  }
  $("warnings-title").textContent = "提醒（" + warnings.length + " 条）";
  $("warnings-box").hidden = warnings.length === 0;
  const box = $("outputs");
  box.replaceChildren();
  const groups = new Map();
  for (const o of run.outputs) {
    const i = o.path.lastIndexOf("/");
    const g = i < 0 ? "汇总与目录" : o.path.slice(0, i);
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g).push(o);
  }
  // The summary workbook and catalogue first, then the folders by name.
  const names = Array.from(groups.keys()).sort((a, b) =>
    a === "汇总与目录" ? -1 : b === "汇总与目录" ? 1 : a < b ? -1 : a > b ? 1 : 0);
  for (const name of names) {
    const items = groups.get(name);
    const cards = el("div", { class: "cards" });
    const fill = () => { if (!cards.childElementCount) for (const o of items) cards.append(card(o)); };
    if (items.length <= 12) {
      fill();
      box.append(el("div", { class: "group" }, el("h4", { text: name + "（" + items.length + "）" }), cards));
    } else {
      const d = el("details", { class: "group" }, el("summary", { text: name + "（" + items.length + " 个文件，点击展开）" }), cards);
      d.addEventListener("toggle", () => { if (d.open) fill(); });
      box.append(d);
    }
  }
  $("results").hidden = false;
}

function card(o) {
  const url = runURL("/output?path=" + encodeURIComponent(o.path));
  const base = o.path.slice(o.path.lastIndexOf("/") + 1);
  const c = el("div", { class: "card" });
  if (o.pdf) {
    if (info.previews) {
      c.append(el("a", { class: "thumb", href: url, target: "_blank", rel: "noopener", "aria-label": "打开 " + base },
        el("img", { src: runURL("/preview?path=" + encodeURIComponent(o.path)), alt: base + " 第一页", loading: "lazy" })));
    }
  }
  c.append(el("div", { class: "title", text: o.title || base }), el("div", { class: "path", text: o.path + "　" + mb(o.size) }));
  const actions = el("div", { class: "actions" });
  if (o.pdf) {
    actions.append(el("button", { type: "button", class: "secondary small-btn", text: "预览", onclick: () => view(url, base) }));
  }
  actions.append(el("a", { href: url + "&download=1", download: base, text: "下载" }));
  c.append(actions);
  return c;
}

// view shows a PDF from this server in the built-in viewer of the browser.
let lastFocus = null;
function view(url, title) {
  lastFocus = document.activeElement;
  $("viewer-title").textContent = title;
  $("viewer-frame").src = url + "#page=1&view=FitH";
  $("viewer").hidden = false;
  $("viewer-close").focus();
}
function closeViewer() {
  $("viewer").hidden = true;
  $("viewer-frame").src = "about:blank";
  if (lastFocus) lastFocus.focus();
}

// ---- progress ----

function closeEvents() { if (events) { events.close(); events = null; } }

function followEvents() {
  closeEvents();
  const id = current.id;
  const log = [];
  let stage = -1;
  $("log").textContent = "";
  events = new EventSource("/api/runs/" + encodeURIComponent(id) + "/events");
  events.addEventListener("line", (ev) => {
    const d = JSON.parse(ev.data);
    log.push(d.line);
    if (d.stage > stage) stage = d.stage;
    $("log").textContent = log.join("\n");
    $("log-box").hidden = false;
    renderStages(stage, false, false);
    const count = /^(\S+)：([\d,]+.*份\/秒)$/.exec(d.line); // 证书：4,000/9,100（44%）2,105 份/秒
    $("run-status").textContent = "正在生成：" + (info.stages[stage] || "") + " …" + (count ? "　" + count[1] + " " + count[2] : "");
  });
  events.addEventListener("state", (ev) => {
    const d = JSON.parse(ev.data);
    if (d.state === "running") $("run-status").textContent = "正在生成 …";
  });
  events.addEventListener("done", async () => {
    closeEvents();
    if (current && current.id === id) await openRun(id);
  });
  events.onerror = () => { /* the browser reconnects by itself with Last-Event-ID */ };
}

// ---- actions ----

async function act(f) {
  showAlert("");
  try {
    const run = await f();
    if (run) render(run);
    await loadRuns();
  } catch (e) {
    showAlert(e.message);
  }
}

function upload(files, field) {
  files = Array.from(files);
  if (!files.length || !current) return;
  const limit = field === "config" ? info.maxConfig : info.maxFileSize;
  for (const f of files) {
    if (f.size > limit) {
      showAlert("“" + f.name + "”有 " + mb(f.size) + "，超过每个文件 " + mb(limit) + " 的上传上限，没有上传任何文件。请删除表格中无关的工作表和图片后另存再试。");
      return;
    }
  }
  const fd = new FormData();
  for (const f of files) fd.append(field, f, f.name);
  $("check-status").textContent = "正在上传并检查 …";
  $("check-status").className = "status";
  return act(() => api("POST", runURL("/files"), fd));
}

function setup() {
  $("new-run").addEventListener("click", () => act(async () => {
    const run = await api("POST", "/api/runs");
    history.pushState(null, "", "#/run/" + run.id);
    return run;
  }));
  $("recheck").addEventListener("click", () => act(() => api("POST", runURL("/check"))));
  $("start").addEventListener("click", () => act(async () => {
    const run = await api("POST", runURL("/run") + ($("with-ofd").checked ? "?ofd=1" : ""));
    return run;
  }));
  $("cancel").addEventListener("click", () => {
    $("cancel").disabled = true;
    $("run-status").textContent = "正在取消 …";
    act(() => api("POST", runURL("/cancel")));
  });
  $("remove-config").addEventListener("click", () => act(() => api("DELETE", runURL("/config"))));
  $("unit-form").addEventListener("submit", (e) => { e.preventDefault(); saveUnit(); });
  $("wording-form").addEventListener("submit", (e) => { e.preventDefault(); saveWording(); });
  $("wording-preview").addEventListener("click", () => {
    const w = wordingNow();
    if (!w) return;
    $("wording-error").hidden = true;
    if (!(current.check && current.check.ok)) { showAlert("检查通过后才能预览。"); return; }
    showDraft({ wording: w.name, sections: wordingSections() });
  });
  $("wording-reset").addEventListener("click", resetWording);
  $("file-input").addEventListener("change", (e) => { upload(e.target.files, "workbook"); e.target.value = ""; });
  $("config-input").addEventListener("change", (e) => { upload(e.target.files, "config"); e.target.value = ""; });
  const drop = $("drop");
  drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    const all = Array.from(e.dataTransfer.files);
    const cfg = all.filter((f) => /\.ya?ml$/i.test(f.name));
    const wb = all.filter((f) => !/\.ya?ml$/i.test(f.name));
    (async () => {
      if (cfg.length) await upload(cfg.slice(0, 1), "config");
      if (wb.length) await upload(wb, "workbook");
    })();
  });
  // Files dropped outside the drop zone must not navigate away.
  window.addEventListener("dragover", (e) => e.preventDefault());
  window.addEventListener("drop", (e) => e.preventDefault());
  $("viewer-close").addEventListener("click", closeViewer);
  document.addEventListener("keydown", (e) => { if (e.key === "Escape" && !$("viewer").hidden) closeViewer(); });
  window.addEventListener("hashchange", route);
}

function route() {
  const m = location.hash.match(/^#\/run\/([0-9a-f-]+)$/);
  openRun(m ? m[1] : null);
}

(async function main() {
  setup();
  try {
    info = await api("GET", "/api/info");
    $("limits").textContent = "每个文件不超过 " + mb(info.maxFileSize) + "，每个批次最多 " + info.maxFiles + " 个工作簿。";
  } catch (e) { showAlert(e.message); }
  route();
})();

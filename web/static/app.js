// kgqa front end: suggestions while typing, template slots, the SPARQL editor. Pages work without it.
"use strict";
(function () {
  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function debounce(fn, ms) {
    let t = null;
    return function () { const args = arguments; clearTimeout(t); t = setTimeout(() => fn.apply(null, args), ms); };
  }

  // A dropdown under an input: items are {text, hint, href?, value?}.
  function attachDropdown(input, list, fetchItems, onPick) {
    let active = -1;
    function close() { list.hidden = true; list.replaceChildren(); active = -1; }
    function render(items) {
      list.replaceChildren();
      items.forEach((it, i) => {
        const li = el("li", "", it.text);
        if (it.hint) li.appendChild(el("small", "", it.hint));
        li.addEventListener("mousedown", (ev) => { ev.preventDefault(); onPick(it); close(); });
        li.dataset.index = String(i);
        list.appendChild(li);
      });
      list.hidden = items.length === 0;
      active = -1;
      list._items = items;
    }
    input.addEventListener("input", debounce(async () => {
      const v = input.value.trim();
      if (!v) { close(); return; }
      try { render(await fetchItems(v)); } catch (e) { close(); }
    }, 150));
    input.addEventListener("keydown", (ev) => {
      const items = list._items || [];
      if (list.hidden || !items.length) return;
      if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
        ev.preventDefault();
        active = (active + (ev.key === "ArrowDown" ? 1 : items.length - 1)) % items.length;
        Array.from(list.children).forEach((li, i) => li.classList.toggle("active", i === active));
      } else if (ev.key === "Enter" && active >= 0) {
        ev.preventDefault(); onPick(items[active]); close();
      } else if (ev.key === "Escape") { close(); }
    });
    input.addEventListener("blur", () => setTimeout(close, 100));
  }

  // Free-text question box: questions and entities.
  const q = document.getElementById("q");
  if (q && q.dataset.suggest) {
    const list = document.getElementById("q-suggestions");
    attachDropdown(q, list, async (v) => {
      const r = await fetch(q.dataset.suggest + "?q=" + encodeURIComponent(v));
      const data = await r.json();
      const items = (data.questions || []).map((s) => ({ text: s, hint: "问题 question", question: s }));
      (data.entities || []).forEach((e) => items.push({ text: e.label, hint: e.type.zh + " " + e.type.en, entity: e }));
      return items;
    }, (it) => {
      if (it.question) { q.value = it.question; q.form.submit(); }
      else if (it.entity) { q.value = q.value.replace(/[^\s，。？?]*$/, "") + it.entity.label; q.focus(); }
    });
  }

  // Template picker: show one template's form; slots autocomplete from the graph.
  const pick = document.querySelector(".tpl-pick");
  if (pick) {
    const forms = document.querySelectorAll("form.tpl");
    const show = () => forms.forEach((f) => { f.hidden = f.dataset.id !== pick.value; });
    pick.addEventListener("change", show);
    show();
  }
  document.querySelectorAll("input[data-complete]").forEach((input) => {
    const list = input.parentElement.querySelector(".suggestions");
    attachDropdown(input, list, async (v) => {
      const url = input.dataset.complete + "?kind=" + encodeURIComponent(input.dataset.kind || "") + "&q=" + encodeURIComponent(v);
      const data = await (await fetch(url)).json();
      return (data.entities || []).map((e) => ({ text: e.label, hint: e.type.zh }));
    }, (it) => { input.value = it.text; });
  });

  // SPARQL editor: highlighting overlay, examples, Ctrl+Enter.
  const ta = document.getElementById("query");
  const hl = document.getElementById("hl");
  if (ta && hl) {
    const KW = /^(SELECT|ASK|CONSTRUCT|DESCRIBE|WHERE|PREFIX|BASE|FROM|NAMED|GRAPH|OPTIONAL|UNION|MINUS|FILTER|BIND|VALUES|AS|ORDER|BY|GROUP|HAVING|LIMIT|OFFSET|DISTINCT|REDUCED|ASC|DESC|NOT|EXISTS|IN|COUNT|SUM|MIN|MAX|AVG|SAMPLE|GROUP_CONCAT|SEPARATOR|STR|LANG|LCASE|UCASE|CONTAINS|STRSTARTS|STRLEN|REGEX|IF|COALESCE|a|true|false)$/i;
    const TOKENS = /(#[^\n]*)|("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|(<[^\s<>"{}|^`\\]*>)|([?$][\w\u00b7\u0300-\u036f\u00c0-\uffff]+)|([A-Za-z_][\w.-]*:[\w.%-]*|:[\w.%-]+)|(\d+(?:\.\d+)?)|([A-Za-z_]+)|([^#"'<?$A-Za-z_\d]+|.)/g;
    const classes = ["tok-cm", "tok-str", "tok-iri", "tok-var", "tok-pn", "tok-num"];
    function paint() {
      const frag = document.createDocumentFragment();
      const text = ta.value + "\n";
      let m;
      TOKENS.lastIndex = 0;
      while ((m = TOKENS.exec(text)) !== null) {
        let cls = null;
        for (let i = 1; i <= 6; i++) if (m[i] !== undefined) { cls = classes[i - 1]; break; }
        if (!cls && m[7] !== undefined && KW.test(m[7])) cls = "tok-kw";
        frag.appendChild(cls ? el("span", cls, m[0]) : document.createTextNode(m[0]));
      }
      hl.replaceChildren(frag);
      hl.parentElement.scrollTop = ta.scrollTop;
    }
    ta.closest("form").classList.add("enhanced");
    ta.addEventListener("input", paint);
    ta.addEventListener("scroll", () => { hl.parentElement.scrollTop = ta.scrollTop; });
    const grow = () => { ta.style.height = "auto"; ta.style.height = ta.scrollHeight + 4 + "px"; };
    ta.addEventListener("input", grow);
    ta.addEventListener("keydown", (ev) => {
      if ((ev.ctrlKey || ev.metaKey) && ev.key === "Enter") { ev.preventDefault(); ta.form.submit(); }
      if (ev.key === "Tab" && !ev.shiftKey) {
        ev.preventDefault();
        const s = ta.selectionStart;
        ta.setRangeText("  ", s, ta.selectionEnd, "end");
        paint();
      }
    });
    const ex = document.getElementById("examples");
    if (ex) ex.addEventListener("change", () => { if (ex.value) { ta.value = ex.value; paint(); grow(); ta.focus(); } });
    paint(); grow();
  }

  // Upload: say that work is under way.
  const up = document.getElementById("upload-form");
  if (up) up.addEventListener("submit", () => { const p = document.getElementById("upload-progress"); if (p) p.hidden = false; });
})();

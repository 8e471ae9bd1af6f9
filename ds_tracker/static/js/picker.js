// Type-ahead for long multiple selects (<select multiple data-picker>): chips for what is picked and a
// filter box. Without JavaScript the plain select still works; the select stays the form's source of truth.
(function () {
  "use strict";
  function norm(s) {
    return (s || "").toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, "")
      .replace(/[أإآٱ]/g, "ا").replace(/ة/g, "ه").replace(/ى/g, "ي");
  }
  function enhance(select) {
    if (select.dataset.enhanced) return;
    select.dataset.enhanced = "1";
    var box = document.createElement("div");
    box.className = "picker";
    var chips = document.createElement("ul");
    chips.className = "picker-chips";
    var input = document.createElement("input");
    input.type = "search";
    input.className = "picker-input";
    input.setAttribute("aria-label", (select.labels[0] || {}).textContent || "");
    input.placeholder = select.dataset.placeholder || "Type to find…";
    var list = document.createElement("ul");
    list.className = "picker-options";
    list.setAttribute("role", "listbox");
    box.append(chips, input, list);
    select.after(box);
    select.hidden = true;

    function renderChips() {
      chips.textContent = "";
      Array.from(select.selectedOptions).forEach(function (opt) {
        var li = document.createElement("li");
        li.textContent = opt.textContent + " ";
        var x = document.createElement("button");
        x.type = "button";
        x.className = "link";
        x.textContent = "✕";
        x.setAttribute("aria-label", (select.dataset.remove || "Remove %s").replace("%s", opt.textContent));
        x.addEventListener("click", function () { opt.selected = false; renderChips(); input.focus(); });
        li.append(x);
        chips.append(li);
      });
    }
    function renderOptions() {
      var q = norm(input.value);
      list.textContent = "";
      if (!q) return;
      Array.from(select.options).filter(function (opt) {
        return !opt.selected && norm(opt.textContent + " " + (opt.dataset.aliases || "")).indexOf(q) !== -1;
      }).slice(0, 12).forEach(function (opt) {
        var li = document.createElement("li");
        li.setAttribute("role", "option");
        li.tabIndex = -1;
        li.textContent = opt.textContent;
        li.addEventListener("mousedown", function (e) { e.preventDefault(); pick(opt); });
        li.addEventListener("keydown", function (e) { if (e.key === "Enter") { e.preventDefault(); pick(opt); } });
        list.append(li);
      });
    }
    function pick(opt) {
      opt.selected = true;
      input.value = "";
      renderChips();
      renderOptions();
      input.focus();
    }
    // The option the words name exactly (its label, its acronym in brackets, or an alias), chosen or not; else
    // the only one that matches. Several matches and none exact: nothing is picked (a branch whose name contains
    // its ministry's must never be added silently for the ministry already chosen).
    function exactly(opt, q) {
      var label = norm(opt.textContent).trim(), acronym = /\(([^()]+)\)\s*$/.exec(opt.textContent);
      return label === q || (acronym && norm(acronym[1]) === q) ||
        (opt.dataset.aliases || "").split("|").some(function (a) { return norm(a).trim() === q; });
    }
    function enterPicks() {
      var q = norm(input.value).trim();
      if (!q) return;
      var all = Array.from(select.options).filter(function (opt) { return opt.value; });
      var exact = all.filter(function (opt) { return exactly(opt, q); });
      if (exact.length === 1) {
        if (exact[0].selected) { input.value = ""; renderOptions(); say(select.dataset.already, exact[0]); }
        else pick(exact[0]);
        return;
      }
      var shown = list.querySelectorAll("li");
      if (!exact.length && shown.length === 1) shown[0].dispatchEvent(new MouseEvent("mousedown"));
      else if (shown.length) say(select.dataset.several);
    }
    var status = document.createElement("p");
    status.className = "hint picker-status";
    status.setAttribute("role", "status");
    box.append(status);
    function say(words, opt) {
      status.textContent = (words || "").replace("%s", opt ? opt.textContent : "");
    }
    input.addEventListener("input", function () { say(""); renderOptions(); });
    input.addEventListener("keydown", function (e) {
      if (e.key === "Enter") {           // Enter picks what was typed, never submits the form from here
        if (input.value.trim()) e.preventDefault();
        enterPicks();
      } else if (e.key === "ArrowDown") {
        var item = list.querySelector("li");
        if (item) { e.preventDefault(); item.focus(); }
      }
    });
    list.addEventListener("keydown", function (e) {
      var current = document.activeElement;
      if (e.key === "ArrowDown" && current.nextSibling) { e.preventDefault(); current.nextSibling.focus(); }
      if (e.key === "ArrowUp") { e.preventDefault(); (current.previousSibling || input).focus(); }
    });
    renderChips();
  }
  function scan(root) { (root || document).querySelectorAll("select[multiple][data-picker]").forEach(enhance); }
  document.addEventListener("DOMContentLoaded", function () { scan(); });
  document.addEventListener("htmx:load", function (e) { scan(e.target); });
})();

// Search as you type: the address bar always names the results shown, and the history holds one entry per
// search the user sent (Enter or the button), not one per pause in typing.
//  - Live results (typed) replace the current entry's address; a sent search pushes a new entry. The server
//    names every result's address in HX-Push-Url, which htmx prefers to any hx-replace-url, so the choice is
//    made here, just before htmx writes the history.
//  - Typing rewrote the current entry to the typed query; before a sent search is pushed, that entry is given
//    back the address it had before typing, so Back goes to the previous search, not to a copy of this one. A
//    search sent again with the words already shown adds nothing.
//  - htmx keeps each address's page in its history cache as HTML, which holds the box's value attribute, not
//    what was typed: before it saves a page under an address, the box is given that address's query, so Back
//    and Forward show the box and the results of the address they go to.
(function () {
  "use strict";
  if (window.dsSearchHistory) return;
  window.dsSearchHistory = true;
  var here = function () { return location.pathname + location.search; };
  var sent = here();          // the address of the current entry as it was before any typing changed it
  document.addEventListener("htmx:beforeHistorySave", function (event) {
    var box = document.getElementById("q");
    if (!box) return;
    var path = (event.detail && event.detail.path) || here();
    box.setAttribute("value", new URL(path, location.href).searchParams.get("q") || "");
  });
  document.addEventListener("htmx:beforeHistoryUpdate", function (event) {
    var update = event.detail && event.detail.history;
    var config = event.detail && event.detail.requestConfig;
    var form = config && config.elt && config.elt.closest && config.elt.closest("form.search-form");
    if (!update || !form) return;
    var submitted = config.triggeringEvent && config.triggeringEvent.type === "submit";
    if (!submitted || update.path === sent) {
      update.type = "replace";          // typing, or the same search sent again
      if (submitted) sent = update.path;
      return;
    }
    if (here() !== sent) history.replaceState(history.state, "", sent);   // undo what typing did to this entry
    update.type = "push";
    sent = update.path;
  });
  // Back or Forward: that entry's address is the one a sent search starts from.
  window.addEventListener("popstate", function () { sent = here(); });
  // The language switch comes back to the address shown, not to the one the page was first opened at.
  function followAddress() {
    document.querySelectorAll("form.language-switch input[name=next]").forEach(function (next) {
      next.value = here();
      next.setAttribute("value", next.value);
    });
  }
  document.addEventListener("htmx:pushedIntoHistory", followAddress);
  document.addEventListener("htmx:replacedInHistory", followAddress);
})();

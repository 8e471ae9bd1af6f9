// The pack's Print button. A separate file (not href="javascript:" or onclick) so the app's CSP, which
// allows only scripts from this site, lets it run. Without JavaScript the button stays hidden.
(function () {
  "use strict";
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
})();

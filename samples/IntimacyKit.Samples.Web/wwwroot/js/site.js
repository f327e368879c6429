// Quick exit: one click, or Escape twice within a second, replaces this page with a neutral one. location.replace
// leaves no new entry in the back history, and the pages of this site visited in this tab are replaced as the person
// moves through them (see below), so Back does not lead to them.
(function () {
  "use strict";
  var neutral = "/exit";
  function leave(event) {
    if (event) { event.preventDefault(); }
    document.body.style.display = "none";
    window.location.replace(neutral);
  }
  var button = document.getElementById("quick-exit");
  if (button) { button.addEventListener("click", leave); }
  var last = 0;
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") { return; }
    var now = Date.now();
    if (now - last < 1000) { leave(event); }
    last = now;
  });
  // Links within the site replace the current history entry instead of adding one, so that after a quick exit the
  // Back button does not walk back through what was read here.
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[href]");
    if (!link || link.id === "quick-exit" || link.target || link.hasAttribute("download")) { return; }
    var url = new URL(link.href, window.location.href);
    if (url.origin !== window.location.origin || event.ctrlKey || event.metaKey || event.shiftKey) { return; }
    event.preventDefault();
    window.location.replace(url.href);
  });
})();

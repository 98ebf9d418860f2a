/* The child's pages: quick exit (the red button, or Shift pressed three times) and focus on
   the error summary. No storage, no cookies, no network calls besides leaving. */
(function () {
  "use strict";
  var EXIT = "/exit";
  var leaving = false;

  function leave(event) {
    if (event) { event.preventDefault(); }
    if (leaving) { return; }
    leaving = true;
    // Blank the page at once, before the next site loads.
    document.documentElement.classList.add("leaving");
    document.title = "";
    if (document.body) { document.body.textContent = ""; }
    // replace(): this page's history entry becomes the exit, which sends on to a neutral site.
    window.location.replace(EXIT);
  }

  var link = document.getElementById("quick-exit");
  if (link) { link.addEventListener("click", leave); }

  var presses = [];
  document.addEventListener("keydown", function (event) {
    // Only Shift on its own counts: Shift+Tab (going back by keyboard) or a capital letter
    // must never make a child leave.
    if (event.key !== "Shift") { presses = []; return; }
    if (event.repeat) { return; }
    var now = Date.now();
    presses = presses.filter(function (t) { return now - t < 2000; });
    presses.push(now);
    if (presses.length >= 3) { leave(event); }
  });

  // A page the browser keeps in memory (the back-forward cache) would show the child's answers
  // to whoever presses Back later. So a page that is left is blanked, and if it is ever
  // restored it starts the flow again instead of showing old answers.
  window.addEventListener("pagehide", function (event) {
    if (event.persisted) { document.documentElement.classList.add("leaving"); }
  });
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) {
      document.documentElement.classList.add("leaving");
      window.location.replace(window.location.pathname === "/status" ? "/status" : "/help");
    }
  });

  // Files over the server's limit would be refused after upload and the answers with them:
  // say so before sending instead.
  var files = document.getElementById("evidence");
  if (files && files.form) {
    files.form.addEventListener("submit", function (event) {
      var max = parseInt(files.getAttribute("data-max-bytes"), 10) || 0;
      var total = 0;
      for (var i = 0; i < files.files.length; i += 1) { total += files.files[i].size; }
      var message = document.getElementById("evidence-too-big");
      if (max && total > max && message) {
        event.preventDefault();
        message.hidden = false;
        message.focus();
      }
    });
  }

  // A platform's context (?ctx=...) must not stay in this device's history: keep the address
  // plain. The context already rides in the form's sealed state.
  if (window.location.search && window.history && window.history.replaceState) {
    window.history.replaceState(null, "", window.location.pathname);
  }

  var summary = document.getElementById("error-summary");
  if (summary) { summary.focus(); }
})();

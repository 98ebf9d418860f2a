/*
 * Tipline "Get help" button. Embed with one tag:
 *
 *   <script src="https://HOST/button.js" data-context="TOKEN" data-lang="en" async></script>
 *
 * Attributes (all optional):
 *   data-context   signed platform context (docs/embed.md); passed to the Help page as ?ctx=
 *   data-lang      en, fr or es (button label, and the Help page's language)
 *   data-label     your own button text
 *   data-position  "fixed" puts the button in the bottom right corner of the window
 *
 * The button lives in a Shadow DOM inserted right after this script tag. It reads nothing of
 * the host page but its own tag: no cookies, no storage, no other element. Clicking it opens
 * the Help page in a new tab with rel="noopener noreferrer", so the Help page and the host
 * page cannot reach each other and the host page's address is not sent.
 * No third-party code; styles come from a constructable stylesheet, which a host page's
 * Content-Security-Policy style-src does not block.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  if (!script || !script.src || script.getAttribute("data-tipline-done")) return;
  script.setAttribute("data-tipline-done", "1");

  var LABELS = {
    en: ["Get help", "opens in a new tab"],
    fr: ["Obtenir de l\u2019aide", "s\u2019ouvre dans un nouvel onglet"],
    es: ["Pedir ayuda", "se abre en una pesta\u00f1a nueva"]
  };
  var MAX_CONTEXT = 4096;

  function attr(name) {
    var value = script.getAttribute("data-" + name);
    return value === null ? "" : String(value).trim();
  }

  var lang = attr("lang").toLowerCase();
  if (!/^[a-z]{2}(-[a-z0-9]{2,8})?$/.test(lang)) lang = "";
  var base = lang.slice(0, 2);
  var words = LABELS[base] || LABELS.en;
  var label = attr("label").slice(0, 60) || words[0];
  var context = attr("context");
  if (context.length > MAX_CONTEXT || !/^[A-Za-z0-9_.-]*$/.test(context)) context = "";
  var fixed = attr("position") === "fixed";

  var origin;
  try {
    origin = new URL(script.src, location.href).origin;
  } catch (e) {
    return;
  }

  var query = [];
  if (context) query.push("ctx=" + encodeURIComponent(context));
  if (lang) query.push("lang=" + encodeURIComponent(lang));
  var helpUrl = origin + "/help" + (query.length ? "?" + query.join("&") : "");

  var CSS = [
    ":host{all:initial;display:inline-block;vertical-align:middle}",
    ":host(.tl-fixed){position:fixed;right:16px;bottom:16px;z-index:2147483000}",
    "button{all:initial;box-sizing:border-box;display:inline-flex;align-items:center;",
    "justify-content:center;gap:.5em;min-width:44px;min-height:44px;padding:10px 20px;",
    "border:2px solid #ffffff;border-radius:999px;background:#0b3d91;color:#ffffff;",
    "font:700 17px/1.2 system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;",
    "cursor:pointer;box-shadow:0 2px 6px rgba(0,0,0,.35);text-align:center}",
    "button:hover{background:#072a66}",
    "button:focus{outline:3px solid #ffbf47;outline-offset:2px}",
    "button:focus:not(:focus-visible){outline:none}",
    "button:focus-visible{outline:3px solid #ffbf47;outline-offset:2px;",
    "box-shadow:0 0 0 6px #0b0c0c}",
    ".tl-mark{display:inline-block;width:1.1em;height:1.1em;border-radius:50%;",
    "background:#ffffff;color:#0b3d91;font-size:.8em;line-height:1.1em;text-align:center}",
    ".tl-hidden{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;",
    "clip:rect(0 0 0 0);white-space:nowrap;border:0}",
    "@media (forced-colors:active){button{border-color:ButtonText}}",
    "@media (prefers-reduced-motion:no-preference){button{transition:background .15s}}"
  ].join("");

  var host = document.createElement("tipline-help");
  if (fixed) host.className = "tl-fixed";
  var root = host.attachShadow({ mode: "open" });

  var styled = false;
  try {
    if (root.adoptedStyleSheets !== undefined && typeof CSSStyleSheet === "function") {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      root.adoptedStyleSheets = [sheet];
      styled = true;
    }
  } catch (e) {
    styled = false;
  }
  if (!styled) {
    // Older browsers: a <style> element (works where the host page allows inline styles).
    var style = document.createElement("style");
    style.textContent = CSS;
    root.appendChild(style);
  }

  var button = document.createElement("button");
  button.type = "button";
  button.setAttribute("part", "button");
  if (lang) button.lang = lang;
  var mark = document.createElement("span");
  mark.className = "tl-mark";
  mark.setAttribute("aria-hidden", "true");
  mark.textContent = "?";
  var text = document.createElement("span");
  text.textContent = label;
  var hint = document.createElement("span");
  hint.className = "tl-hidden";
  hint.textContent = " (" + words[1] + ")";
  button.appendChild(mark);
  button.appendChild(text);
  button.appendChild(hint);
  root.appendChild(button);

  button.addEventListener("click", function () {
    // An anchor with rel="noopener noreferrer" inside our own shadow root, clicked during the
    // user's click: the new tab gets no window.opener and no Referer. (window.open with
    // "noopener" always returns null, so it cannot tell a blocked pop-up from an opened one.)
    var link = document.createElement("a");
    link.href = helpUrl;
    link.target = "_blank";
    link.rel = "noopener noreferrer";
    link.setAttribute("referrerpolicy", "no-referrer");
    link.className = "tl-hidden";
    link.tabIndex = -1;
    root.appendChild(link);
    link.click();
    root.removeChild(link);
  });

  var parent = script.parentNode;
  if (parent && parent !== document.head) {
    parent.insertBefore(host, script.nextSibling);
  } else if (document.body) {
    document.body.appendChild(host);
  } else {
    // A tag in <head> of a page still loading: show the button once <body> exists.
    document.addEventListener("DOMContentLoaded", function () {
      document.body.appendChild(host);
    });
  }
})();

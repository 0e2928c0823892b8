(function () {
  "use strict";
  var root = document.documentElement;
  var box = document.getElementById("kring-errors");
  function fail(message) {
    box.hidden = false;
    var li = document.createElement("li");
    li.textContent = message;
    box.querySelector("ul").appendChild(li);
    root.setAttribute("data-kring-errors", String(box.querySelectorAll("li").length));
  }
  window.addEventListener("error", function (e) {
    fail(e.message ? e.message + (e.lineno ? " (line " + e.lineno + ")" : "") : "could not load " + ((e.target && e.target.tagName) || "a part"));
  }, true);
  window.addEventListener("unhandledrejection", function (e) { fail(String(e.reason)); });
  document.addEventListener("securitypolicyviolation", function (e) {
    fail("blocked by the content security policy: " + e.violatedDirective + " " + (e.blockedURI || ""));
  });

  var collator = new Intl.Collator(root.lang || undefined, { numeric: true, sensitivity: "base" });
  function compare(a, b, numeric) {
    var ea = a === "" || a === "-", eb = b === "" || b === "-";
    if (ea || eb) { return ea === eb ? 0 : (ea ? 1 : -1); }
    if (numeric) { return parseFloat(a) - parseFloat(b); }
    return collator.compare(a, b);
  }
  function sortBy(table, th, col) {
    var numeric = th.getAttribute("data-type") === "num";
    var dir = th.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
    if (!th.hasAttribute("aria-sort") && numeric) { dir = "descending"; }
    table.querySelectorAll("th[aria-sort]").forEach(function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", dir);
    // A row with a line of detail under it is a tbody of its own, so that
    // the two stay together on paper; the units sorted are those tbodies,
    // or else the rows of the one tbody.
    var grouped = table.tBodies.length > 1 || (table.tBodies[0] && table.tBodies[0].classList.contains("unit"));
    var units = grouped ? Array.prototype.slice.call(table.tBodies)
      : Array.prototype.filter.call(table.tBodies[0].rows, function (r) { return !r.classList.contains("detail"); });
    var parent = grouped ? table : table.tBodies[0];
    function key(u) { return (grouped ? u.rows[0] : u).cells[col].getAttribute("data-v"); }
    units.forEach(function (u, i) { u.kringOrder = i; });
    units.sort(function (ua, ub) {
      var a = key(ua), b = key(ub);
      var ea = a === "" || a === "-", eb = b === "" || b === "-";
      var c = compare(a, b, numeric);
      if (dir === "descending" && !ea && !eb) { c = -c; }
      return c || ua.kringOrder - ub.kringOrder;
    });
    units.forEach(function (u) { parent.appendChild(u); });
  }
  document.querySelectorAll("table.sortable").forEach(function (table) {
    table.querySelectorAll("thead th").forEach(function (th, col) {
      // A span with the role of a button, not a <button>: Chromium leaves
      // form controls out of the header it repeats on every printed page.
      var button = th.querySelector(".sort");
      if (!button) { return; }
      button.addEventListener("click", function () { sortBy(table, th, col); });
      button.addEventListener("keydown", function (e) {
        if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sortBy(table, th, col); }
      });
    });
  });

  function ready() {
    var boxes = {};
    document.querySelectorAll("[data-kring-figure]").forEach(function (el) {
      var svg = el.querySelector("svg") || el;
      var r = svg.getBoundingClientRect();
      boxes[el.getAttribute("data-kring-figure")] = {
        x: Math.round(r.left + window.scrollX), y: Math.round(r.top + window.scrollY),
        w: Math.round(r.width), h: Math.round(r.height)
      };
    });
    root.setAttribute("data-kring-boxes", JSON.stringify(boxes));
    root.setAttribute("data-kring-ready", "true");
  }
  if (document.readyState === "complete") { ready(); } else { window.addEventListener("load", ready); }
})();

// kring serve: what script adds to pages that work without it. It finds
// names as kring does (case, accents and particles do not matter), walks the
// exercise step by step, and keeps the facilitator's live map up to date.
// It writes text with textContent only.
(() => {
  "use strict";

  // The words of a name, as names.Key makes them: accents dropped, the
  // letters without a decomposition written plain, hyphens as spaces, every
  // apostrophe as ', case folded.
  const plain = { "ı": "i", "ø": "o", "ł": "l", "đ": "d", "æ": "ae", "œ": "oe", "ħ": "h", "ŧ": "t" };
  const words = (s) =>
    s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase()
      .replace(/[ıøłđæœħŧ]/g, (c) => plain[c])
      .replace(/[-\u2010-\u2014\u2212\u00ad]/g, " ")
      .replace(/[\u2019\u2018\u02bc`\u00b4\u2032]/g, "'")
      .split(/\s+/).filter(Boolean);
  // matches: every typed word starts a word of the name ("hagen", "jur van").
  const matches = (typed, key) => {
    const ws = key.split(" ");
    return typed.every((t) => ws.some((w) => w.startsWith(t)));
  };

  // Picking a name: typing narrows the buttons down.
  const me = document.getElementById("me");
  const roster = document.getElementById("roster-list");
  if (me && roster) {
    const items = [...roster.querySelectorAll("button[data-key]")];
    const none = roster.querySelector(".nomatch");
    me.removeAttribute("list");
    const filter = () => {
      const typed = words(me.value);
      let shown = 0;
      for (const b of items) {
        const ok = matches(typed, b.dataset.key);
        b.parentElement.hidden = !ok;
        if (ok) shown++;
      }
      none.hidden = shown > 0;
    };
    me.addEventListener("input", filter);
    filter();
  }

  // The exercise, one step at a time: step 2 lists the people ticked in
  // step 1, and the topic field shows once asked or gave is ticked.
  const form = document.getElementById("answers");
  if (form) {
    const steps = [...form.querySelectorAll("fieldset.step")];
    const actions = form.querySelector(".actions");
    const ties = [...form.querySelectorAll("ul.ties li")];
    const contact = (name) => [...form.querySelectorAll("input[name=contact]")].find((c) => c.value === name);
    const list1 = form.querySelector("ul.contacts");
    let at = 0;
    const nav = document.createElement("div");
    nav.className = "stepnav";
    const back = document.createElement("button");
    back.type = "button";
    back.className = "secondary";
    back.textContent = form.dataset.back;
    const next = document.createElement("button");
    next.type = "button";
    next.textContent = form.dataset.next;
    nav.append(back, next);
    actions.before(nav);
    const syncTies = () => {
      let shown = 0;
      for (const li of ties) {
        const name = li.dataset.name;
        const asked = li.querySelector("input[name=asked]");
        const gave = li.querySelector("input[name=gave]");
        const c = contact(name);
        const on = (c && c.checked) || asked.checked || gave.checked;
        li.hidden = !on;
        if (on) shown++;
        li.querySelector(".topic").hidden = !(asked.checked || gave.checked);
      }
      form.querySelector("#step2 .none").hidden = shown > 0;
    };
    const show = (i) => {
      at = Math.max(0, Math.min(steps.length - 1, i));
      steps.forEach((s, k) => { s.hidden = k !== at; });
      back.hidden = at === 0;
      next.hidden = at === steps.length - 1;
      actions.hidden = at !== steps.length - 1;
      syncTies();
    };
    back.addEventListener("click", () => { show(at - 1); steps[at].scrollIntoView(); });
    next.addEventListener("click", () => { show(at + 1); steps[at].scrollIntoView(); });
    form.addEventListener("change", syncTies);
    // Enter in the field for someone outside the group adds them.
    const added = form.querySelector("#new");
    added.addEventListener("keydown", (e) => {
      if (e.key === "Enter") {
        e.preventDefault();
        form.querySelector(".add button").click();
      }
    });
    // A long list gets a field to find names in.
    if (list1 && list1.children.length > 12) {
      const find = document.createElement("input");
      find.type = "search";
      find.className = "filter";
      find.placeholder = form.dataset.find;
      find.setAttribute("aria-label", form.dataset.find);
      find.addEventListener("input", () => {
        const typed = words(find.value);
        for (const li of list1.children) li.hidden = !matches(typed, li.dataset.key || "");
      });
      list1.before(find);
    }
    form.classList.add("stepper");
    show(at);
  }

  // The facilitator's address holds the secret: once in, it leaves the
  // address bar (and the history).
  if (location.pathname.startsWith("/f/")) history.replaceState(null, "", "/facilitator/");

  // The live map: a new picture, and who answered, on every change.
  const live = document.querySelector("[data-events]");
  if (live && window.EventSource) {
    const img = document.querySelector("img[data-map]");
    const count = document.querySelector("[data-count]");
    const names = document.querySelector("[data-names]");
    const es = new EventSource(live.dataset.events);
    es.addEventListener("map", (e) => {
      const d = JSON.parse(e.data);
      if (img) {
        const next = new Image();
        next.onload = () => { img.src = next.src; };
        next.src = "/facilitator/map.svg?v=" + d.v;
      }
      if (count) count.textContent = d.count;
      if (names) {
        names.replaceChildren(...d.names.map((n) => {
          const li = document.createElement("li");
          li.textContent = n;
          return li;
        }));
      }
      document.body.dataset.mapVersion = d.v;
    });
  }

  // The sheets of personal codes.
  const print = document.querySelector("[data-print]");
  if (print) print.addEventListener("click", () => window.print());
})();

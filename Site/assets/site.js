// kubetutor's site: copy buttons, the language choice, and search. No library, no network:
// the search index is a script beside the pages, so it works from file:// too.
(function () {
  "use strict";
  var body = document.body;

  // The root page: go to the language the reader chose before, or the browser's.
  if (body.hasAttribute("data-choose-language")) {
    var stored = null;
    try { stored = localStorage.getItem("kubetutor-lang"); } catch (e) {}
    var wanted = stored || ((navigator.languages && navigator.languages[0]) || navigator.language || "en");
    var code = /^zh/i.test(wanted) ? "zh" : "en";
    var link = document.querySelector('a[data-language="' + code + '"]');
    if (link && !/[?&]stay\b/.test(location.search)) { location.replace(link.href); }
    document.querySelectorAll("a[data-language]").forEach(function (a) {
      a.addEventListener("click", function () {
        try { localStorage.setItem("kubetutor-lang", a.getAttribute("data-language")); } catch (e) {}
      });
    });
    return;
  }

  // The switcher keeps the reader's place: the same step in the other language.
  document.querySelectorAll("[data-switch-language]").forEach(function (a) {
    a.addEventListener("click", function () {
      try { localStorage.setItem("kubetutor-lang", a.getAttribute("hreflang").slice(0, 2)); } catch (e) {}
      if (location.hash) { a.href = a.href.split("#")[0] + location.hash; }
    });
  });

  // Copy buttons copy the commands only: never the prompt, never the output.
  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) { return navigator.clipboard.writeText(text); }
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    try { document.execCommand("copy"); } catch (e) {}
    document.body.removeChild(area);
    return Promise.resolve();
  }
  document.querySelectorAll("button.copy").forEach(function (button) {
    button.hidden = false;
    var label = button.textContent;
    button.addEventListener("click", function () {
      copyText(button.getAttribute("data-copy")).then(function () {
        button.textContent = body.getAttribute("data-copied") || "Copied";
        button.classList.add("done");
        setTimeout(function () { button.textContent = label; button.classList.remove("done"); }, 1500);
      });
    });
  });

  // Search: the same terms as the generator's SearchIndex. Latin words are lowercased runs of
  // letters and digits; CJK runs give each character and each pair of neighbours.
  function isCJK(c) {
    var n = c.codePointAt(0);
    return (n >= 0x3040 && n <= 0x30ff) || (n >= 0x3400 && n <= 0x4dbf) || (n >= 0x4e00 && n <= 0x9fff) ||
      (n >= 0xac00 && n <= 0xd7af) || (n >= 0xf900 && n <= 0xfaff) || (n >= 0x20000 && n <= 0x2fa1f);
  }
  // A query's terms: a CJK run of two or more characters by its pairs only.
  function queryTerms(text) {
    var terms = [], word = "", run = [];
    function flushRun() {
      if (run.length === 1) { terms.push(run[0]); }
      for (var i = 1; i < run.length; i++) { terms.push(run[i - 1] + run[i]); }
      run = [];
    }
    Array.from(text.toLowerCase()).forEach(function (c) {
      if (isCJK(c)) {
        if (word) { terms.push(word); word = ""; }
        run.push(c);
      } else if (/[\p{L}\p{N}]/u.test(c)) {
        flushRun();
        word += c;
      } else {
        flushRun();
        if (word) { terms.push(word); word = ""; }
      }
    });
    flushRun();
    if (word) { terms.push(word); }
    return terms;
  }
  var index = null, waiting = [];
  function withIndex(then) {
    if (index) { return then(index); }
    waiting.push(then);
    if (waiting.length > 1) { return; }
    var script = document.createElement("script");
    script.src = body.getAttribute("data-search-index");
    script.onload = function () {
      index = window.kubetutorSearch || { documents: [], terms: {} };
      waiting.splice(0).forEach(function (f) { f(index); });
    };
    document.head.appendChild(script);
  }
  function search(idx, query) {
    var terms = queryTerms(query);
    if (!terms.length) { return []; }
    var keys = Object.keys(idx.terms);
    var result = null;
    terms.forEach(function (term, i) {
      var docs = {};
      // The last Latin word may be unfinished: it matches as a prefix.
      var prefix = i === terms.length - 1 && !isCJK(term[0]);
      (prefix ? keys.filter(function (k) { return k.indexOf(term) === 0; }) : [term]).forEach(function (k) {
        (idx.terms[k] || []).forEach(function (d) { docs[d] = true; });
      });
      result = result === null ? docs : Object.keys(result).reduce(function (both, d) {
        if (docs[d]) { both[d] = true; } return both;
      }, {});
    });
    return Object.keys(result || {}).map(Number).sort(function (a, b) { return a - b; })
      .map(function (d) { return idx.documents[d]; });
  }
  var input = document.getElementById("search-input");
  var results = document.getElementById("search-results");
  if (!input || !results) { return; }
  var base = body.getAttribute("data-search-index").replace(/search-index\.js$/, "");
  function show(query) {
    if (!query.trim()) { results.hidden = true; results.textContent = ""; return; }
    withIndex(function (idx) {
      var found = search(idx, query).slice(0, 12);
      results.textContent = "";
      if (!found.length) {
        var none = document.createElement("p");
        none.textContent = body.getAttribute("data-no-results") || "Nothing found.";
        results.appendChild(none);
      } else {
        var list = document.createElement("ul");
        found.forEach(function (doc) {
          var item = document.createElement("li");
          var a = document.createElement("a");
          a.href = base + doc.url;
          var title = document.createElement("strong");
          title.textContent = doc.title;
          a.appendChild(title);
          if (doc.lesson !== doc.title) {
            var lesson = document.createElement("span");
            lesson.className = "result-lesson";
            lesson.textContent = doc.lesson;
            a.appendChild(lesson);
          }
          var text = document.createElement("span");
          text.className = "result-text";
          text.textContent = doc.text;
          a.appendChild(text);
          item.appendChild(a);
          list.appendChild(item);
        });
        results.appendChild(list);
      }
      results.hidden = false;
    });
  }
  input.addEventListener("input", function () { show(input.value); });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { input.value = ""; show(""); }
    if (event.key === "ArrowDown") {
      var first = results.querySelector("a");
      if (first) { event.preventDefault(); first.focus(); }
    }
  });
  results.addEventListener("keydown", function (event) {
    var links = Array.from(results.querySelectorAll("a"));
    var at = links.indexOf(document.activeElement);
    if (event.key === "ArrowDown" && at < links.length - 1) { event.preventDefault(); links[at + 1].focus(); }
    if (event.key === "ArrowUp") { event.preventDefault(); (at > 0 ? links[at - 1] : input).focus(); }
    if (event.key === "Escape") { input.focus(); }
  });
  // "/" focuses the search box, as on most docs sites.
  document.addEventListener("keydown", function (event) {
    if (event.key === "/" && document.activeElement !== input && !/INPUT|TEXTAREA/.test(document.activeElement.tagName)) {
      event.preventDefault();
      input.focus();
    }
  });
  // ?q=… (the form's own submit without script, or a shared link) shows the results at once.
  var given = new URLSearchParams(location.search).get("q");
  if (given) { input.value = given; show(given); }
})();

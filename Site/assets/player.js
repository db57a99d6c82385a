// kubetutor's recording player: plays a lesson's asciicast v2 recording in a small terminal of
// its own, the lesson's steps as chapters. No library, no network, and nothing from site.js.
// The recording is a script beside the page (demo.js, setting window.kubetutorCasts[key]):
// browsers refuse fetch() from file://, but load a script from there as from anywhere.
//
// Markup: section.player[data-src][data-key] holding .player-box (hidden until this runs),
// .player-screen, .player-play, .player-seek, .player-time, .player-speed, .player-idle,
// .player-stop, .player-skip, .player-live and ol.player-chapters (one link per step, in order).
//
// Deep links, also the tests' hook: a page address ending in #demo-t=SECONDS (simulated
// seconds, or `end`) shows that moment of the recording, paused; #demo-step=N the start of
// step N. `demo` is the section's id. Each section also gets a small API, `kubetutorPlayer`:
// play(), pause(), seek(simulatedSeconds), chapter(n).
(function () {
  "use strict";

  var MAX_EVENTS = 200000, MAX_STYLES = 512, MAX_SEQUENCE = 64;

  // ---- Character widths, as the shell's ColumnLayout counts them ----------------------------
  function isWide(c) {
    return (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x1f300 && c <= 0x1faff) || (c >= 0x20000 && c <= 0x3fffd);
  }
  function isZeroWidth(c) {
    return (c >= 0x300 && c <= 0x36f) || (c >= 0x200b && c <= 0x200f) || (c >= 0x20d0 && c <= 0x20ff) ||
      (c >= 0xfe00 && c <= 0xfe0f) || (c >= 0xfe20 && c <= 0xfe2f);
  }

  // ---- The terminal -------------------------------------------------------------------------
  // A grid of cells and nothing more: no scrollback (what scrolls off the top is gone), a
  // bounded table of styles, and escape sequences it does not know skipped whole.
  var BOLD = 1, DIM = 2, ITALIC = 4, UNDERLINE = 8, INVERSE = 16, STRIKE = 32;

  function Terminal(cols, rows) { this.reset(cols, rows); }

  Terminal.prototype.reset = function (cols, rows) {
    this.cols = cols;
    this.rows = rows;
    this.lines = [];
    for (var i = 0; i < rows; i++) { this.lines.push(this.blankLine()); }
    this.x = 0;
    this.y = 0;
    this.wrapNext = false; // a character went into the last column: the next one starts a line
    this.saved = [0, 0];
    this.cursor = true;
    this.fg = -1; this.bg = -1; this.flags = 0;
    this.styles = [{ cls: "", css: "" }];
    this.styleIds = { "-1,-1,0": 0 };
    this.style = 0;
    this.state = 0; // 0 text, 1 after ESC, 2 CSI, 3 a string up to BEL or ST, 4 ESC in it, 5 ESC's final byte
    this.sequence = "";
    this.dirty = true;
  };

  Terminal.prototype.blankLine = function () {
    var line = { ch: new Array(this.cols), st: new Uint16Array(this.cols) };
    for (var i = 0; i < this.cols; i++) { line.ch[i] = " "; }
    return line;
  };

  Terminal.prototype.write = function (text) {
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        var low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) { c = (c - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000; i++; }
      }
      switch (this.state) {
        case 0:
          if (c === 0x1b) { this.state = 1; } else if (c < 0x20 || (c >= 0x7f && c < 0xa0)) { this.control(c); } else { this.print(c); }
          break;
        case 1: this.escape(c); break;
        case 2:
          if (c >= 0x40 && c <= 0x7e) {
            this.state = 0;
            if (this.sequence.length <= MAX_SEQUENCE) { this.csi(String.fromCharCode(c), this.sequence); }
          } else if (c === 0x1b) { this.state = 1; } else if (c === 0x18 || c === 0x1a) { this.state = 0; } else if (c < 0x20) { this.control(c); }
          else if (c > 0x7e) { this.state = 0; if (c >= 0xa0) { this.print(c); } } // not a sequence after all
          else if (this.sequence.length <= MAX_SEQUENCE) { this.sequence += String.fromCharCode(c); } // too long: dropped at its end
          break;
        case 3: if (c === 0x07 || c === 0x9c) { this.state = 0; } else if (c === 0x1b) { this.state = 4; } break;
        case 4: this.state = c === 0x5c ? 0 : 3; break;
        case 5: if (c < 0x20 || c > 0x2f) { this.state = 0; } break;
      }
    }
  };

  Terminal.prototype.control = function (c) {
    switch (c) {
      case 0x0d: this.x = 0; this.wrapNext = false; break;
      case 0x0a: case 0x0b: case 0x0c: this.lineFeed(); break;
      case 0x08: if (this.wrapNext) { this.wrapNext = false; } else if (this.x > 0) { this.x--; } break;
      case 0x09: this.x = Math.min(this.cols - 1, (Math.floor(this.x / 8) + 1) * 8); this.wrapNext = false; break;
      default: break; // BEL and the rest: nothing to show
    }
    this.dirty = true;
  };

  Terminal.prototype.escape = function (c) {
    this.state = 0;
    switch (c) {
      case 0x5b: this.state = 2; this.sequence = ""; break; // [
      case 0x5d: case 0x50: case 0x58: case 0x5e: case 0x5f: this.state = 3; break; // ] P X ^ _
      case 0x63: this.reset(this.cols, this.rows); break; // c
      case 0x37: this.saved = [this.x, this.y]; break; // 7
      case 0x38: this.x = this.saved[0]; this.y = this.saved[1]; this.wrapNext = false; break; // 8
      case 0x44: this.lineFeed(); break; // D
      case 0x45: this.x = 0; this.lineFeed(); break; // E
      case 0x4d: if (this.y > 0) { this.y--; } else { this.lines.pop(); this.lines.unshift(this.blankLine()); } break; // M
      default: if (c >= 0x20 && c <= 0x2f) { this.state = 5; } // ( ) # %…: one more byte, skipped
    }
    this.dirty = true;
  };

  Terminal.prototype.lineFeed = function () {
    this.wrapNext = false;
    if (this.y < this.rows - 1) { this.y++; return; }
    var line = this.lines.shift();
    for (var i = 0; i < this.cols; i++) { line.ch[i] = " "; line.st[i] = 0; }
    this.lines.push(line);
  };

  // Overwriting one half of a wide character blanks the other half.
  Terminal.prototype.split = function (line, x) {
    if (x < 0 || x >= this.cols) { return; }
    if (line.ch[x] === "" && x > 0) { line.ch[x - 1] = " "; } else if (x + 1 < this.cols && line.ch[x + 1] === "") { line.ch[x + 1] = " "; }
  };

  Terminal.prototype.print = function (c) {
    var line;
    if (isZeroWidth(c)) { // combining: joins the character before
      var at = this.wrapNext ? this.x : this.x - 1;
      line = this.lines[this.y];
      if (at > 0 && line.ch[at] === "") { at--; }
      if (at >= 0 && line.ch[at].length < 8) { line.ch[at] += String.fromCodePoint(c); this.dirty = true; }
      return;
    }
    var width = isWide(c) && this.cols > 1 ? 2 : 1;
    if (this.wrapNext) { this.x = 0; this.lineFeed(); }
    if (width === 2 && this.x === this.cols - 1) { // a wide character never straddles two lines
      this.split(this.lines[this.y], this.x);
      this.lines[this.y].ch[this.x] = " ";
      this.x = 0;
      this.lineFeed();
    }
    line = this.lines[this.y];
    this.split(line, this.x);
    if (width === 2) { this.split(line, this.x + 1); }
    line.ch[this.x] = String.fromCodePoint(c);
    line.st[this.x] = this.style;
    if (width === 2) { line.ch[this.x + 1] = ""; line.st[this.x + 1] = this.style; }
    this.x += width;
    if (this.x >= this.cols) { this.x = this.cols - 1; this.wrapNext = true; }
    this.dirty = true;
  };

  // Erased cells keep the pen's background, as terminals do.
  Terminal.prototype.erase = function (y, from, to) {
    var line = this.lines[y], style = this.styleFor(-1, this.bg, 0);
    from = Math.max(0, from); to = Math.min(this.cols, to);
    if (from < to) { this.split(line, from); this.split(line, to - 1); }
    for (var x = from; x < to; x++) { line.ch[x] = " "; line.st[x] = style; }
  };

  Terminal.prototype.csi = function (final, sequence) {
    var prefix = /^[<=>?]/.test(sequence) ? sequence[0] : "";
    var parts = (prefix ? sequence.slice(1) : sequence).split(";");
    var n = parseInt(parts[0], 10) || 0, count = Math.max(1, n), y;
    this.dirty = true;
    if (prefix) {
      if ((final === "h" || final === "l") && prefix === "?" && parts.indexOf("25") >= 0) { this.cursor = final === "h"; }
      return; // other private modes (the alternate screen, mouse…) do not change what is shown
    }
    switch (final) {
      case "m": this.sgr(sequence); break;
      case "K":
        if (n === 0) { this.erase(this.y, this.x, this.cols); } else if (n === 1) { this.erase(this.y, 0, this.x + 1); } else if (n === 2) { this.erase(this.y, 0, this.cols); }
        break;
      case "J":
        if (n === 0) { this.erase(this.y, this.x, this.cols); for (y = this.y + 1; y < this.rows; y++) { this.erase(y, 0, this.cols); } }
        else if (n === 1) { this.erase(this.y, 0, this.x + 1); for (y = 0; y < this.y; y++) { this.erase(y, 0, this.cols); } }
        else if (n === 2 || n === 3) { for (y = 0; y < this.rows; y++) { this.erase(y, 0, this.cols); } }
        break;
      case "H": case "f":
        this.y = Math.min(this.rows - 1, Math.max(1, n) - 1);
        this.x = Math.min(this.cols - 1, Math.max(1, parseInt(parts[1], 10) || 1) - 1);
        this.wrapNext = false;
        break;
      case "A": this.y = Math.max(0, this.y - count); this.wrapNext = false; break;
      case "B": case "e": this.y = Math.min(this.rows - 1, this.y + count); this.wrapNext = false; break;
      case "C": case "a": this.x = Math.min(this.cols - 1, this.x + count); this.wrapNext = false; break;
      case "D": this.x = Math.max(0, this.x - count); this.wrapNext = false; break;
      case "E": this.y = Math.min(this.rows - 1, this.y + count); this.x = 0; this.wrapNext = false; break;
      case "F": this.y = Math.max(0, this.y - count); this.x = 0; this.wrapNext = false; break;
      case "G": case "`": this.x = Math.min(this.cols - 1, count - 1); this.wrapNext = false; break;
      case "d": this.y = Math.min(this.rows - 1, count - 1); this.wrapNext = false; break;
      case "X": this.erase(this.y, this.x, this.x + count); break;
      case "P": case "@": this.shift(final === "P" ? -count : count); break;
      case "s": this.saved = [this.x, this.y]; break;
      case "u": this.x = this.saved[0]; this.y = this.saved[1]; this.wrapNext = false; break;
      default: break; // scrolling regions, reports…: ignored
    }
  };

  // Characters from the cursor on move left (delete) or right (insert) by |by| cells.
  Terminal.prototype.shift = function (by) {
    var line = this.lines[this.y], x, from = this.x;
    this.split(line, from);
    if (by < 0) {
      for (x = from; x < this.cols; x++) {
        var source = x - by;
        line.ch[x] = source < this.cols ? line.ch[source] : " ";
        line.st[x] = source < this.cols ? line.st[source] : 0;
      }
    } else {
      for (x = this.cols - 1; x >= from; x--) {
        line.ch[x] = x - by >= from ? line.ch[x - by] : " ";
        line.st[x] = x - by >= from ? line.st[x - by] : 0;
      }
    }
    if (line.ch[0] === "") { line.ch[0] = " "; }
    var last = line.ch[this.cols - 1];
    if (last && isWide(last.codePointAt(0))) { line.ch[this.cols - 1] = " "; } // half of it pushed out
  };

  Terminal.prototype.sgr = function (sequence) {
    var list = sequence === "" ? ["0"] : sequence.split(";");
    for (var i = 0; i < list.length; i++) {
      var sub = list[i].split(":"), n = parseInt(sub[0], 10) || 0, color = null;
      if (n === 38 || n === 48 || n === 58) {
        if (sub.length > 1) {
          if (sub[1] === "5") { color = parseInt(sub[2], 10); } else if (sub[1] === "2" && sub.length >= 5) { color = rgb(sub[sub.length - 3], sub[sub.length - 2], sub[sub.length - 1]); }
        } else if (list[i + 1] === "5") { color = parseInt(list[i + 2], 10); i += 2; }
        else if (list[i + 1] === "2") { color = rgb(list[i + 2], list[i + 3], list[i + 4]); i += 4; }
        if (color !== null && color >= 0 && (color < 256 || color >= 0x1000000) && n !== 58) {
          if (n === 38) { this.fg = color; } else { this.bg = color; }
        }
        continue;
      }
      if (n === 0) { this.fg = -1; this.bg = -1; this.flags = 0; }
      else if (n === 1) { this.flags |= BOLD; }
      else if (n === 2) { this.flags |= DIM; }
      else if (n === 3) { this.flags |= ITALIC; }
      else if (n === 4) { this.flags |= UNDERLINE; }
      else if (n === 7) { this.flags |= INVERSE; }
      else if (n === 9) { this.flags |= STRIKE; }
      else if (n === 22) { this.flags &= ~(BOLD | DIM); }
      else if (n === 23) { this.flags &= ~ITALIC; }
      else if (n === 24) { this.flags &= ~UNDERLINE; }
      else if (n === 27) { this.flags &= ~INVERSE; }
      else if (n === 29) { this.flags &= ~STRIKE; }
      else if (n >= 30 && n <= 37) { this.fg = n - 30; }
      else if (n === 39) { this.fg = -1; }
      else if (n >= 40 && n <= 47) { this.bg = n - 40; }
      else if (n === 49) { this.bg = -1; }
      else if (n >= 90 && n <= 97) { this.fg = n - 82; }
      else if (n >= 100 && n <= 107) { this.bg = n - 92; }
    }
    this.style = this.styleFor(this.fg, this.bg, this.flags);
  };

  // A true colour is 0x1000000 + 0xRRGGBB; 0-255 are the palette's.
  function rgb(r, g, b) {
    function byte(v) { return Math.max(0, Math.min(255, parseInt(v, 10) || 0)); }
    return 0x1000000 + byte(r) * 65536 + byte(g) * 256 + byte(b);
  }
  function cssColor(color) {
    if (color >= 0x1000000) { return "#" + (color - 0x1000000 + 0x1000000).toString(16).slice(1); }
    if (color >= 232) { var v = 8 + (color - 232) * 10; return "rgb(" + v + "," + v + "," + v + ")"; }
    var c = color - 16, steps = [0, 95, 135, 175, 215, 255];
    return "rgb(" + steps[Math.floor(c / 36)] + "," + steps[Math.floor(c / 6) % 6] + "," + steps[c % 6] + ")";
  }

  // The style of a pen: classes for the palette's 16 colours and the flags, inline colours for
  // the rest. Interned, at most MAX_STYLES of them: past that, new ones show plain.
  Terminal.prototype.styleFor = function (fg, bg, flags) {
    var key = fg + "," + bg + "," + flags, id = this.styleIds[key];
    if (id !== undefined) { return id; }
    if (this.styles.length >= MAX_STYLES) { return 0; }
    var cls = [], css = "", front = fg, back = bg;
    if (flags & INVERSE) { front = bg; back = fg; }
    if (front === -1 && (flags & INVERSE)) { cls.push("fi"); } else if (front >= 0 && front < 16) { cls.push("f" + front); } else if (front >= 16) { css += "color:" + cssColor(front) + ";"; }
    if (back === -1 && (flags & INVERSE)) { cls.push("bi"); } else if (back >= 0 && back < 16) { cls.push("b" + back); } else if (back >= 16) { css += "background:" + cssColor(back) + ";"; }
    if (flags & BOLD) { cls.push("bo"); }
    if (flags & DIM) { cls.push("di"); }
    if (flags & ITALIC) { cls.push("it"); }
    if (flags & UNDERLINE) { cls.push("un"); }
    if (flags & STRIKE) { cls.push("st"); }
    this.styles.push({ cls: cls.join(" "), css: css });
    this.styleIds[key] = this.styles.length - 1;
    return this.styles.length - 1;
  };

  function escapeHTML(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }

  // One line as HTML: runs of one style in a span, each wide character in a span two cells
  // wide (fonts draw CJK at their own width), the cursor marked; trailing blanks left out.
  Terminal.prototype.lineHTML = function (y, showCursor) {
    var line = this.lines[y], cursorX = showCursor && y === this.y ? this.x : -1;
    var end = this.cols;
    while (end > 0 && line.ch[end - 1] === " " && line.st[end - 1] === 0 && end - 1 !== cursorX) { end--; }
    var html = "", run = "", runStyle = 0;
    function flush(styles) {
      if (!run) { return; }
      var s = styles[runStyle];
      html += runStyle === 0 ? run : "<span" + (s.cls ? ' class="' + s.cls + '"' : "") + (s.css ? ' style="' + s.css + '"' : "") + ">" + run + "</span>";
      run = "";
    }
    for (var x = 0; x < end; x++) {
      var ch = line.ch[x];
      if (ch === "") { continue; }
      var text = escapeHTML(ch), wide = x + 1 < this.cols && line.ch[x + 1] === "";
      if (wide) { text = '<span class="w">' + text + "</span>"; }
      if (x === cursorX) {
        flush(this.styles);
        var s = this.styles[line.st[x]];
        html += '<span class="cur' + (s.cls ? " " + s.cls : "") + '"' + (s.css ? ' style="' + s.css + '"' : "") + ">" + text + "</span>";
        continue;
      }
      if (line.st[x] !== runStyle) { flush(this.styles); runStyle = line.st[x]; }
      run += text;
    }
    flush(this.styles);
    return html;
  };

  // ---- The recording ------------------------------------------------------------------------
  // asciicast v2: a header object, then [seconds, code, data] per line. A line that is not one
  // is skipped; times never go back; only output ("o"), markers ("m") and resizes ("r") count.
  function parseCast(text) {
    var lines = text.split("\n"), header = null, events = [], last = 0;
    for (var i = 0; i < lines.length && events.length < MAX_EVENTS; i++) {
      var line = lines[i].trim(), value;
      if (!line) { continue; }
      try { value = JSON.parse(line); } catch (e) { continue; }
      if (header === null && value && typeof value === "object" && !Array.isArray(value)) { header = value; continue; }
      if (!Array.isArray(value) || value.length < 3 || typeof value[0] !== "number" || !isFinite(value[0]) ||
        typeof value[1] !== "string" || typeof value[2] !== "string") { continue; }
      if (value[1] !== "o" && value[1] !== "m" && value[1] !== "r") { continue; }
      last = Math.max(last, value[0]);
      events.push({ t: last, a: last, code: value[1], data: value[2] });
    }
    header = header || {};
    return {
      cols: bounded(header.width, 80, 2, 500), rows: bounded(header.height, 24, 1, 200), events: events
    };
  }
  function bounded(value, fallback, low, high) {
    return typeof value === "number" && isFinite(value) ? Math.max(low, Math.min(high, Math.floor(value))) : fallback;
  }

  function clock(seconds) {
    seconds = Math.max(0, Math.floor(seconds));
    var m = Math.floor(seconds / 60), s = seconds % 60;
    return m + ":" + (s < 10 ? "0" : "") + s;
  }

  // ---- The player -----------------------------------------------------------------------------
  function Player(root) {
    var self = this;
    this.root = root;
    function find(name) { return root.querySelector("." + name); }
    this.box = find("player-box");
    this.screen = find("player-screen");
    this.playButton = find("player-play");
    this.overlay = find("player-overlay");
    this.seekBar = find("player-seek");
    this.time = find("player-time");
    this.speedChoice = find("player-speed");
    this.idleChoice = find("player-idle");
    this.stopChoice = find("player-stop");
    this.skip = find("player-skip");
    this.live = find("player-live");
    this.links = Array.prototype.slice.call(root.querySelectorAll(".player-chapters a"));
    this.idleLimit = parseFloat(root.getAttribute("data-idle-limit")) || 2;
    this.events = null;
    this.waiting = [];
    this.playing = false;
    this.pos = 0;
    this.next = 0;
    this.chapter = -2; // none yet: the first one is shown, not announced
    this.speed = 1;
    this.frame = 0;
    this.timer = 0;
    this.shown = [];
    // Playing moves on at the next frame, or on a timer where no frames are drawn (a headless
    // browser), whichever comes first; timed by one clock, as a frame's own time may run on
    // another base than a timer's.
    this.tick = function () { self.stopTicking(); self.step(performance.now()); };
    this.box.hidden = false;
    root.classList.add("player-ready");

    this.playButton.addEventListener("click", function () { self.toggle(); });
    if (this.overlay) { this.overlay.addEventListener("click", function () { self.toggle(); }); }
    this.screen.addEventListener("click", function () { if (!String(window.getSelection())) { self.toggle(); } });
    this.seekBar.addEventListener("input", function () { self.seek(parseFloat(self.seekBar.value) || 0); });
    this.speedChoice.addEventListener("change", function () { self.speed = parseFloat(self.speedChoice.value) || 1; });
    this.idleChoice.addEventListener("change", function () { self.retime(); });
    this.links.forEach(function (link, index) {
      link.addEventListener("click", function (event) {
        if (!self.events || !self.markers[index]) { return; } // before the recording is loaded: the link goes to the step
        event.preventDefault();
        self.seek(self.markers[index].a);
      });
    });
    root.addEventListener("keydown", function (event) { self.key(event); });
    window.addEventListener("hashchange", function () { self.fromHash(); });
    // Never starts by itself (so prefers-reduced-motion is honoured): it only loads, to show
    // its first moment and know its length.
    this.load(function () { self.fromHash(); });
    root.kubetutorPlayer = {
      play: function () { self.play(); },
      pause: function () { self.pause(); },
      seek: function (seconds) { self.load(function () { self.seek(self.fromSimulated(seconds)); }); },
      chapter: function (n) { self.load(function () { self.toChapter(n); }); }
    };
  }

  Player.prototype.say = function (text) { if (this.live) { this.live.textContent = text; } };

  Player.prototype.load = function (then) {
    var self = this, root = this.root, key = root.getAttribute("data-key");
    if (this.events) { then(); return; }
    // A recording that failed to load stays failed: no second script for every click.
    if (this.loadFailed) { return; }
    this.waiting.push(then);
    if (this.waiting.length > 1) { return; }
    function loaded() {
      var text = window.kubetutorCasts && window.kubetutorCasts[key];
      if (typeof text !== "string") { failed(); return; }
      var cast = parseCast(text);
      self.cols = self.headerCols = cast.cols;
      self.rows = self.headerRows = cast.rows;
      self.events = cast.events;
      self.markers = cast.events.filter(function (e) { return e.code === "m"; });
      self.terminal = new Terminal(cast.cols, cast.rows);
      self.screen.style.setProperty("--cols", cast.cols);
      self.screen.style.setProperty("--rows", cast.rows);
      self.screen.textContent = "";
      self.rowElements = [];
      for (var i = 0; i < cast.rows; i++) { self.rowElements.push(self.screen.appendChild(document.createElement("div"))); }
      self.links.forEach(function (link) {
        var span = document.createElement("span");
        span.className = "player-chapter-time";
        link.appendChild(document.createTextNode(" "));
        link.appendChild(span);
      });
      self.playButton.disabled = false;
      self.seekBar.disabled = false;
      self.root.classList.remove("player-loading");
      self.say("");
      self.retime();
      self.seek(0);
      self.waiting.splice(0).forEach(function (f) { f(); });
    }
    function failed() {
      self.loadFailed = true;
      self.waiting = [];
      self.root.classList.remove("player-loading");
      self.root.classList.add("player-failed");
      self.say(root.getAttribute("data-failed") || "");
      if (self.skip) { self.skip.textContent = root.getAttribute("data-failed") || ""; self.skip.hidden = false; }
    }
    root.classList.add("player-loading");
    if (window.kubetutorCasts && typeof window.kubetutorCasts[key] === "string") { loaded(); return; }
    var script = document.createElement("script");
    script.src = root.getAttribute("data-src");
    script.onload = loaded;
    script.onerror = failed;
    document.head.appendChild(script);
  };

  // Playback time: the simulated clock's, with each wait longer than the idle limit cut down
  // to it when "shorten waits" is on. Switching keeps the moment shown.
  Player.prototype.retime = function () {
    var simulated = this.toSimulated(this.pos);
    var limit = this.idleChoice.checked ? this.idleLimit : Infinity, a = 0, t = 0;
    this.events.forEach(function (e) {
      e.gap = e.t - t;
      a += Math.min(e.gap, limit);
      e.a = a;
      t = e.t;
    });
    this.duration = a;
    this.seekBar.max = String(a);
    var self = this;
    this.links.forEach(function (link, index) {
      var marker = self.markers[index], span = link.querySelector(".player-chapter-time");
      if (span) { span.textContent = marker ? clock(marker.a) : ""; }
    });
    this.pos = this.fromSimulated(simulated);
    this.render();
  };

  // The simulated time shown at playback time `pos`, and back: inside a shortened wait, in
  // proportion.
  Player.prototype.toSimulated = function (pos) {
    var events = this.events || [], i = this.next;
    var before = i > 0 ? events[i - 1] : { a: 0, t: 0 }, after = events[i];
    if (!after || after.a <= before.a) { return before.t; }
    return before.t + Math.max(0, Math.min(1, (pos - before.a) / (after.a - before.a))) * (after.t - before.t);
  };
  Player.prototype.fromSimulated = function (seconds) {
    var events = this.events, low = 0, high = events.length; // the first event after `seconds`
    while (low < high) { var mid = (low + high) >> 1; if (events[mid].t <= seconds) { low = mid + 1; } else { high = mid; } }
    var before = low > 0 ? events[low - 1] : { a: 0, t: 0 }, after = events[low];
    if (!after || after.t <= before.t) { return before.a; }
    return before.a + Math.max(0, Math.min(1, (seconds - before.t) / (after.t - before.t))) * (after.a - before.a);
  };

  // Shows the moment `pos`: onwards from what is shown, or replayed from the start.
  Player.prototype.seek = function (pos) {
    pos = Math.max(0, Math.min(this.duration, pos));
    if (this.next > 0 && this.events[this.next - 1].a > pos) {
      // Replayed from the start, at the size the recording starts with (it may have changed).
      if (this.cols !== this.headerCols || this.rows !== this.headerRows) { this.resize(this.headerCols, this.headerRows); }
      this.terminal.reset(this.cols, this.rows);
      this.next = 0;
    }
    this.advance(pos);
    this.render();
  };

  Player.prototype.advance = function (pos) {
    var events = this.events;
    while (this.next < events.length && events[this.next].a <= pos) {
      var e = events[this.next++];
      if (e.code === "o") { this.terminal.write(e.data); }
      else if (e.code === "r") {
        var size = /^(\d+)x(\d+)$/.exec(e.data);
        if (size) { this.resize(bounded(+size[1], this.cols, 2, 500), bounded(+size[2], this.rows, 1, 200)); }
      }
    }
    this.pos = pos;
  };

  Player.prototype.resize = function (cols, rows) {
    var old = this.terminal;
    this.cols = cols;
    this.rows = rows;
    var fresh = new Terminal(cols, rows);
    for (var y = 0; y < Math.min(rows, old.rows); y++) {
      var from = old.lines[y + Math.max(0, old.rows - rows)], to = fresh.lines[y];
      for (var x = 0; x < Math.min(cols, old.cols); x++) { to.ch[x] = from.ch[x]; to.st[x] = from.st[x]; }
    }
    fresh.styles = old.styles; fresh.styleIds = old.styleIds; fresh.style = old.style;
    fresh.fg = old.fg; fresh.bg = old.bg; fresh.flags = old.flags;
    fresh.x = Math.min(old.x, cols - 1); fresh.y = Math.min(old.y, rows - 1);
    this.terminal = fresh;
    this.screen.style.setProperty("--cols", cols);
    this.screen.style.setProperty("--rows", rows);
    while (this.rowElements.length < rows) { this.rowElements.push(this.screen.appendChild(document.createElement("div"))); }
    while (this.rowElements.length > rows) { this.screen.removeChild(this.rowElements.pop()); }
    this.shown = [];
  };

  Player.prototype.play = function () {
    var self = this;
    this.load(function () {
      if (self.playing) { return; }
      if (self.pos >= self.duration) { self.seek(0); }
      self.playing = true;
      self.last = null;
      self.ticking();
      self.render();
    });
  };

  Player.prototype.ticking = function () {
    this.frame = requestAnimationFrame(this.tick);
    this.timer = setTimeout(this.tick, 100);
  };
  Player.prototype.stopTicking = function () {
    cancelAnimationFrame(this.frame);
    clearTimeout(this.timer);
  };

  Player.prototype.pause = function () {
    this.playing = false;
    this.stopTicking();
    if (this.events) { this.render(); }
  };

  Player.prototype.toggle = function () { if (this.playing) { this.pause(); } else { this.play(); } };

  Player.prototype.step = function (now) {
    if (!this.playing) { return; }
    // A hidden tab does not jump ahead when it comes back.
    var elapsed = this.last === null ? 0 : Math.max(0, Math.min(now - this.last, 250));
    this.last = now;
    var target = Math.min(this.duration, this.pos + elapsed / 1000 * this.speed);
    if (this.stopChoice.checked) {
      var pos = this.pos, marker = this.markers.filter(function (m) { return m.a > pos; })[0];
      if (marker && marker.a <= target) { this.advance(marker.a); this.pause(); return; }
    }
    this.advance(target);
    if (this.pos >= this.duration) { this.pause(); return; }
    this.render();
    this.ticking();
  };

  Player.prototype.toChapter = function (n) {
    var marker = this.markers[n - 1];
    if (marker) { this.seek(marker.a); }
  };

  Player.prototype.key = function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || !this.events) { return; }
    var target = event.target, own = target === this.screen || target === this.seekBar || target === this.root;
    if (!own) { return; } // buttons, options and links keep their keys
    var pos = this.pos, index = this.chapter;
    switch (event.key) {
      case " ": case "k": this.toggle(); break;
      case "ArrowLeft": this.seek(pos - 5); break;
      case "ArrowRight": this.seek(pos + 5); break;
      case "Home": this.seek(0); break;
      case "End": this.seek(this.duration); break;
      case "PageUp": // the step's start, or the one before when just past it
        if (index >= 0 && pos - this.markers[index].a < 1 && index > 0) { index--; }
        this.toChapter(Math.max(0, index) + 1);
        break;
      case "PageDown": this.toChapter(index + 2); break;
      default: return;
    }
    event.preventDefault();
  };

  Player.prototype.fromHash = function () {
    var match = new RegExp("^#" + this.root.id + "-(t|step)=([0-9.]+|end)$").exec(location.hash);
    if (!match || !this.events) { return; }
    this.pause();
    this.root.scrollIntoView(); // as a link to the section would
    if (match[1] === "step") { this.toChapter(parseInt(match[2], 10)); }
    else { this.seek(match[2] === "end" ? this.duration : this.fromSimulated(parseFloat(match[2]) || 0)); }
  };

  // Brings the page up to date: changed lines, the controls, the chapter, the shortened wait.
  Player.prototype.render = function () {
    var terminal = this.terminal, root = this.root, i;
    if (terminal.dirty || this.cursorRow !== terminal.y) {
      for (i = 0; i < this.rows; i++) {
        var html = terminal.lineHTML(i, terminal.cursor);
        if (this.shown[i] !== html) { this.rowElements[i].innerHTML = html; this.shown[i] = html; }
      }
      terminal.dirty = false;
      this.cursorRow = terminal.y;
    }
    var ended = this.pos >= this.duration && this.duration > 0;
    var label = root.getAttribute(this.playing ? "data-pause" : "data-play") || "";
    var named = this.playButton.querySelector(".visually-hidden") || this.playButton;
    if (named.textContent !== label) { named.textContent = label; }
    root.classList.toggle("player-playing", this.playing);
    root.classList.toggle("player-ended", ended);
    root.classList.toggle("player-start", this.pos === 0);
    this.seekBar.value = String(this.pos);
    var text = clock(this.pos) + " / " + clock(this.duration);
    if (this.time.textContent !== text) {
      this.time.textContent = text;
      this.seekBar.setAttribute("aria-valuetext", (root.getAttribute("data-time-of") || "{t} / {d}")
        .replace("{t}", clock(this.pos)).replace("{d}", clock(this.duration)));
    }
    var chapter = -1;
    for (i = 0; i < this.markers.length; i++) { if (this.markers[i].a <= this.pos) { chapter = i; } }
    if (chapter !== this.chapter) {
      this.links.forEach(function (link, index) {
        if (index === chapter) { link.setAttribute("aria-current", "step"); } else { link.removeAttribute("aria-current"); }
      });
      if (chapter >= 0 && this.chapter !== -2) { this.say(this.markers[chapter].data); }
      this.chapter = chapter;
    }
    // Inside a wait that is being shortened: say how long it really is.
    var next = this.events[this.next], waiting = next && this.idleChoice.checked && next.gap > this.idleLimit;
    if (this.skip && !root.classList.contains("player-failed")) {
      var note = waiting ? (root.getAttribute("data-shortened") || "{n}").replace("{n}", String(Math.round(next.gap))) : "";
      if (this.skip.textContent !== note) { this.skip.textContent = note; }
      this.skip.hidden = !waiting;
    }
  };

  function start() {
    document.querySelectorAll("section.player[data-src]").forEach(function (root) {
      if (!root.kubetutorPlayer) { new Player(root); } // eslint-disable-line no-new
    });
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();

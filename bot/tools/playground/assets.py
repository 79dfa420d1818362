"""The playground's one stylesheet and one script, served from /assets (no inline script, so
the pages can forbid any)."""

from __future__ import annotations

CSS = """
:root { --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --paper: #f6f8fa; --accent: #2481cc;
  --bubble: #ffffff; --mine: #e1f4d4; --bad: #cf4a3a; --ok: #2e8540; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--ink); background: var(--paper); }
header { display: flex; align-items: center; gap: 24px; padding: 10px 20px; background: #17212b;
  color: #fff; }
.brand { font-weight: 700; } .brand span { font-weight: 400; opacity: .7; }
nav[aria-label=Views] a { color: #cfd8e3; text-decoration: none; margin-right: 14px; padding: 4px 2px; }
nav[aria-label=Views] a[aria-current] { color: #fff; border-bottom: 2px solid #6ab3f3; }
main { padding: 18px 20px; max-width: 1280px; }
h1 { font-size: 22px; margin: 4px 0 12px; } h2 { font-size: 17px; margin: 22px 0 8px; }
h3 { font-size: 15px; margin: 12px 0 6px; }
.chat-view { display: grid; grid-template-columns: minmax(360px, 620px) minmax(300px, 1fr); gap: 20px; }
.chat { display: flex; flex-direction: column; }
.switch { display: inline-flex; border: 1px solid var(--line); border-radius: 8px; overflow: hidden;
  margin-bottom: 8px; width: fit-content; }
.switch a { padding: 5px 12px; text-decoration: none; color: var(--ink); background: #fff; }
.switch a[aria-current] { background: var(--accent); color: #fff; }
.hint, .note { color: var(--muted); font-size: 13px; margin: 4px 0; }
.log { background: #d7e4ee; border-radius: 10px; padding: 12px; height: 62vh; min-height: 320px;
  overflow-y: auto; display: flex; flex-direction: column; gap: 8px; }
.you { align-self: flex-end; background: var(--mine); padding: 6px 10px; border-radius: 10px;
  max-width: 80%; white-space: pre-wrap; }
article.bot { align-self: flex-start; background: var(--bubble); padding: 8px 11px; border-radius: 10px;
  max-width: 92%; box-shadow: 0 1px 1px rgba(0,0,0,.08); }
article.bot .text { white-space: pre-wrap; overflow-wrap: anywhere; }
article.bot a { color: var(--accent); }
article.bot pre { white-space: pre-wrap; background: var(--paper); padding: 6px; border-radius: 4px; }
.spoiler { background: #999; color: transparent; } .spoiler:hover { color: inherit; background: none; }
.buttons { margin-top: 6px; display: flex; flex-direction: column; gap: 4px; }
.buttons .row { display: flex; gap: 4px; }
.buttons button { flex: 1; background: #eef5fc; color: var(--accent); border: 1px solid #c9def0;
  border-radius: 6px; padding: 5px 8px; font: inherit; cursor: pointer; }
.buttons button:hover, .buttons button:focus { background: #dcebf9; }
.whylink { display: inline-block; margin-top: 4px; font-size: 12px; color: var(--muted) !important; }
.composer { display: flex; gap: 8px; margin-top: 10px; align-items: center; }
.composer label { font-weight: 600; }
.composer input { flex: 1; padding: 8px 10px; border: 1px solid var(--line); border-radius: 8px;
  font: inherit; }
button { font: inherit; }
.composer button, .pick button, form button[type=submit] { background: var(--accent); color: #fff;
  border: 0; border-radius: 8px; padding: 7px 14px; cursor: pointer; }
.why-panel, .why-view .why { background: #fff; border: 1px solid var(--line); border-radius: 10px;
  padding: 12px 16px; }
.why-panel { max-height: 80vh; overflow-y: auto; }
.replies a[aria-current] { font-weight: 700; }
.why-view { display: grid; grid-template-columns: 1fr 260px; gap: 20px; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 3px 12px; margin: 8px 0; }
dt { color: var(--muted); } dd { margin: 0; }
figure.context { margin: 10px 0; border-left: 3px solid var(--accent); padding: 4px 12px;
  background: var(--paper); }
figcaption { font-weight: 600; font-size: 13px; }
.context p { margin: 6px 0; } .context .nearby { color: var(--muted); font-size: 13px; }
.pid { color: var(--muted); font-size: 12px; }
mark { background: #ffe58f; padding: 0 1px; }
table { border-collapse: collapse; margin: 8px 0; background: #fff; }
caption { text-align: left; font-weight: 600; padding: 4px 0; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
td.open { white-space: nowrap; }
.problem { color: var(--bad); } .ok { color: var(--ok); }
.empty { color: var(--muted); font-style: italic; }
svg.chart { display: block; background: #fff; border: 1px solid var(--line); border-radius: 8px;
  margin: 6px 0; max-width: 100%; height: auto; }
svg .label, svg .figure, svg .legend { font-size: 12px; fill: var(--ink); }
svg .tick { font-size: 10px; fill: var(--muted); }
svg .track { fill: #eef1f4; } svg .bar { fill: var(--accent); } svg .bad { fill: var(--bad); }
svg .axis { stroke: var(--muted); } svg .dot { fill: #9fb3c8; }
svg .curve { fill: none; stroke: var(--accent); stroke-width: 2; }
svg .now { fill: var(--ok); } svg .chosen { fill: #f0a202; }
svg .s0 { fill: var(--ok); } svg .s1 { fill: #f0a202; } svg .s2 { fill: var(--bad); }
.pick { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
.pick input, .pick select { padding: 5px 8px; border: 1px solid var(--line); border-radius: 6px;
  font: inherit; }
.pick input { min-width: 280px; }
.group, .draft { background: #fff; border: 1px solid var(--line); border-radius: 10px;
  padding: 8px 14px; margin: 10px 0; }
.yaml { position: relative; } .yaml pre { background: var(--paper); padding: 8px; overflow-x: auto;
  border-radius: 6px; font-size: 12px; }
.copy { position: absolute; top: 6px; right: 6px; border: 1px solid var(--line); background: #fff;
  border-radius: 6px; padding: 2px 8px; cursor: pointer; }
.notice { background: #e6f4ea; padding: 6px 10px; border-radius: 6px; }
.status { font-weight: 600; } .fix { color: var(--muted); }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
"""

JS = """
(function () {
  var log = document.getElementById("log");
  if (log) { log.scrollTop = log.scrollHeight; }
  var composer = document.querySelector(".composer");
  if (composer) {
    composer.addEventListener("submit", function () {
      var button = composer.querySelector("button");
      if (button) { button.disabled = true; button.textContent = "Sending\\u2026"; }
    });
  }
  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("button.copy") : null;
    if (!button) { return; }
    var source = document.getElementById(button.getAttribute("data-copy"));
    if (!source) { return; }
    var text = source.textContent;
    var done = function () { button.textContent = "Copied"; };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () { select(source); });
    } else { select(source); }
  });
  function select(node) {
    var range = document.createRange();
    range.selectNodeContents(node);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    document.execCommand("copy");
  }
})();
"""

/* claimcheck HTML report: link findings to their spans, filter by kind. No network. */
(function () {
  "use strict";
  var lit = [];
  var active = null;

  function marksOf(item) {
    return (item.getAttribute("data-marks") || "").split(" ").filter(Boolean);
  }

  function clear() {
    for (var i = 0; i < lit.length; i++) { lit[i].classList.remove("lit"); }
    lit = [];
    heads = [];
    if (active) {
      active.classList.remove("active");
      active.setAttribute("aria-pressed", "false");
    }
    active = null;
  }

  var heads = [];  // the first piece of each span the active finding lights
  var cursor = 0;

  function reveal(span) {
    var pane = span.closest(".text");
    pane.scrollTop = Math.max(0, span.offsetTop - pane.clientHeight / 3);
  }

  function show(item) {
    if (item === active && heads.length > 1) {  // clicked again: on to its next span
      cursor = (cursor + 1) % heads.length;
      reveal(heads[cursor]);
      heads[cursor].scrollIntoView({block: "nearest", inline: "nearest"});
      return;
    }
    clear();
    active = item;
    item.classList.add("active");
    item.setAttribute("aria-pressed", "true");
    heads = [];
    cursor = 0;
    var first = {};
    var order = [];
    marksOf(item).forEach(function (mark) {
      var spans = document.getElementsByClassName(mark);
      var head = null;
      for (var i = 0; i < spans.length; i++) {
        var span = spans[i];
        var source = span.closest(".source");
        if (!source) { continue; }
        span.classList.add("lit");
        lit.push(span);
        if (!head) { head = span; heads.push(span); }
        if (!(source.id in first)) { first[source.id] = span; order.push(source.id); }
      }
    });
    order.forEach(function (id) { reveal(first[id]); });
    if (order.length) { first[order[0]].scrollIntoView({block: "nearest", inline: "nearest"}); }
  }

  function findingFor(span) {
    var classes = span.className.split(" ");
    for (var i = 0; i < classes.length; i++) {
      if (/^x\d+$/.test(classes[i])) {
        var item = document.querySelector('li.finding[data-marks~="' + classes[i] + '"]:not([hidden])');
        if (item) { return item; }
      }
    }
    return null;
  }

  var items = document.querySelectorAll("li.finding");
  Array.prototype.forEach.call(items, function (item) {
    item.addEventListener("click", function () { show(item); });
    item.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); show(item); }
    });
  });

  // a fact's cell lights that source's values in the text, like a finding
  Array.prototype.forEach.call(document.querySelectorAll("td.fact-cell"), function (cell) {
    cell.addEventListener("click", function () { show(cell); });
    cell.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); show(cell); }
    });
  });

  Array.prototype.forEach.call(document.querySelectorAll(".source .text"), function (pane) {
    pane.addEventListener("click", function (event) {
      var span = event.target.closest ? event.target.closest(".h") : null;
      var item = span ? findingFor(span) : null;
      if (item) { show(item); item.scrollIntoView({block: "nearest"}); }
    });
  });

  Array.prototype.forEach.call(document.querySelectorAll("input[data-kind]"), function (box) {
    box.addEventListener("change", function () {
      var kind = box.getAttribute("data-kind");
      Array.prototype.forEach.call(document.querySelectorAll("li.finding"), function (item) {
        if (item.getAttribute("data-kind") !== kind) { return; }
        item.hidden = !box.checked;
        if (item.hidden && item === active) { clear(); }
      });
      Array.prototype.forEach.call(document.querySelectorAll(".group-title"), function (title) {
        if (title.getAttribute("data-kind") === kind) { title.hidden = !box.checked; }
      });
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll("input[data-style]"), function (box) {
    box.addEventListener("change", function () {
      document.body.classList.toggle("hide-" + box.getAttribute("data-style"), !box.checked);
    });
  });
})();

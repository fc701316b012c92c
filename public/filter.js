// Filter bar on /projekte/: shows only the projects that match every chosen filter and keeps the
// choice in the URL query, so that the filtered view can be linked and bookmarked.
// A list on one page is filtered in place. A list split into pages (data-index) is filtered
// through the index of all projects, loaded on first use; the matches replace the page's list.
(function () {
  var form = document.querySelector('[data-filterleiste]');
  if (!form) return;
  var list = document.querySelector('.liste-projekte');
  var items = Array.prototype.slice.call(document.querySelectorAll('.liste-projekte > li'));
  var count = form.querySelector('[data-filter-anzahl]');
  var selects = Array.prototype.slice.call(form.querySelectorAll('select'));
  var indexUrl = form.getAttribute('data-index');
  var STEP = 100;
  var index = null;
  var results = null;
  var more = null;

  function chosen() {
    return selects.filter(function (s) { return s.value; });
  }
  function matches(values, choice) {
    return choice.every(function (s) { return (values[s.name] || '').split(' ').indexOf(s.value) >= 0; });
  }
  function label(n) {
    return n === 1 ? '1 Projekt' : n.toLocaleString('de-DE') + ' Projekte';
  }

  // Each choice shows how many projects it leaves with the other filters as they are; choices that
  // would leave none are hidden (the chosen one stays).
  function updateOptions(all, choice) {
    selects.forEach(function (s) {
      var others = choice.filter(function (c) { return c !== s; });
      var base = all.filter(function (v) { return matches(v, others); });
      Array.prototype.forEach.call(s.options, function (o) {
        if (!o.hasAttribute('data-label')) o.setAttribute('data-label', o.textContent);
        var n = o.value ? base.filter(function (v) { return (v[s.name] || '').split(' ').indexOf(o.value) >= 0; }).length : base.length;
        o.textContent = o.getAttribute('data-label') + ' (' + n + ')';
        o.hidden = o.disabled = n === 0 && o.value !== s.value;
      });
    });
  }

  var itemValues = items.map(function (li) {
    var values = {};
    selects.forEach(function (s) { values[s.name] = li.getAttribute('data-' + s.name); });
    return values;
  });
  function filterInPlace(choice) {
    var shown = 0;
    items.forEach(function (li, i) {
      li.hidden = !matches(itemValues[i], choice);
      if (!li.hidden) shown++;
    });
    Array.prototype.forEach.call(document.querySelectorAll('[data-gruppe]'), function (g) {
      g.hidden = !g.querySelector('.liste-projekte > li:not([hidden])');
    });
    updateOptions(itemValues, choice);
    count.textContent = label(shown);
  }

  // Label of a value as the filter's own <option> names it.
  function optionLabel(name, value) {
    var select = form.querySelector('select[name="' + name + '"]');
    var option = select && select.querySelector('option[value="' + CSS.escape(value) + '"]');
    return option ? option.getAttribute('data-label') || option.textContent : '';
  }
  // The index names values by their position among the filter's choices (after "alle").
  var optionsOf = {};
  selects.forEach(function (s) { optionsOf[s.name] = s.options; });
  function valueOf(row, name) {
    var options = optionsOf[name];
    return (row[2 + index.filter.indexOf(name)] || []).map(function (i) { return options[i + 1].value; }).join(' ');
  }
  function item(row) {
    var li = document.createElement('li');
    var h = document.createElement('h2');
    var a = document.createElement('a');
    a.href = index.basis + row[0] + '/';
    a.textContent = row[1];
    h.appendChild(a);
    var p = document.createElement('p');
    var prioritaet = valueOf(row, 'prioritaet');
    var status = valueOf(row, 'status');
    var themenfeld = valueOf(row, 'themenfeld').split(' ')[0];
    p.className = 'gedaempft';
    p.textContent = [
      prioritaet === 'weitere' ? 'Weiteres Vorhaben im Kreis' : prioritaet === 'keine-angabe' ? '' : optionLabel('prioritaet', prioritaet),
      themenfeld ? 'Themenfeld: ' + optionLabel('themenfeld', themenfeld) : '',
      status && status !== 'keine-angabe' ? 'Status: ' + optionLabel('status', status) + ' (Datum im Steckbrief)' : '',
    ].filter(Boolean).join(' · ');
    li.appendChild(h);
    li.appendChild(p);
    return li;
  }

  function showGroups(visible) {
    Array.prototype.forEach.call(document.querySelectorAll('[data-gruppe]'), function (g) { g.hidden = !visible; });
  }
  function showMatches(choice) {
    var pages = document.querySelector('.seitennavigation');
    var all = index.projekte.map(function (row) {
      var values = {};
      index.filter.forEach(function (name) { values[name] = valueOf(row, name); });
      return values;
    });
    updateOptions(all, choice);
    if (!choice.length) {
      if (results) results.hidden = true;
      if (more) more.hidden = true;
      showGroups(true);
      if (pages) pages.hidden = false;
      count.textContent = label(index.projekte.length);
      return;
    }
    var found = index.projekte.filter(function (row, i) { return matches(all[i], choice); });
    if (!results) {
      results = document.createElement('ul');
      results.className = 'liste-projekte';
      results.setAttribute('data-filter-treffer', '');
      more = document.createElement('button');
      more.type = 'button';
      more.className = 'kern-btn kern-btn--secondary';
      var after = document.querySelector('[data-gruppe]:last-of-type') || form;
      after.parentNode.insertBefore(results, after.nextSibling);
      results.parentNode.insertBefore(more, results.nextSibling);
      more.addEventListener('click', function () {
        var next = results.children.length;
        results.__found.slice(next, next + STEP).forEach(function (row) { results.appendChild(item(row)); });
        more.hidden = results.children.length >= results.__found.length;
        var first = results.children[next];
        if (first) first.querySelector('a').focus();
      });
    }
    results.__found = found;
    results.textContent = '';
    found.slice(0, STEP).forEach(function (row) { results.appendChild(item(row)); });
    more.textContent = 'Weitere Projekte anzeigen';
    more.hidden = found.length <= STEP;
    results.hidden = false;
    showGroups(false);
    if (pages) pages.hidden = true;
    count.textContent = label(found.length) + (found.length ? '' : ' – keine Treffer für diese Auswahl');
  }

  function apply(updateUrl) {
    var choice = chosen();
    if (updateUrl) {
      var params = new URLSearchParams();
      choice.forEach(function (s) { params.set(s.name, s.value); });
      var query = params.toString();
      history.replaceState(null, '', window.location.pathname + (query ? '?' + query : ''));
    }
    if (!indexUrl) return filterInPlace(choice);
    if (index) return showMatches(choice);
    if (!choice.length) return;
    count.textContent = 'Projekte werden geladen …';
    fetch(indexUrl)
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then(function (data) { index = data; showMatches(chosen()); })
      .catch(function () { count.textContent = 'Die Filter konnten nicht geladen werden. Bitte nutzen Sie die Listen nach Priorität, Themenfeld, Kommune und Status.'; });
  }

  var initial = new URLSearchParams(window.location.search);
  selects.forEach(function (s) {
    var wanted = initial.get(s.name);
    if (wanted && s.querySelector('option[value="' + CSS.escape(wanted) + '"]')) s.value = wanted;
    s.addEventListener('change', function () { apply(true); });
  });
  form.addEventListener('reset', function () { setTimeout(function () { apply(true); }, 0); });
  form.addEventListener('submit', function (e) { e.preventDefault(); apply(true); });
  form.hidden = false;
  apply(false);
})();

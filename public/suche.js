// Search on /suche/ with Pagefind's JavaScript API. Loads the index only for the words searched
// and the filters only when "Ergebnisse eingrenzen" is opened, so a first search stays small.
// The query is kept in ?q= so that a search can be linked (the header search form uses it too).
(function () {
  var form = document.querySelector('[data-suche]');
  if (!form) return;
  var input = form.querySelector('input[name="q"]');
  var status = document.querySelector('[data-suche-status]');
  var list = document.querySelector('[data-suche-ergebnisse]');
  var more = document.querySelector('[data-suche-mehr]');
  var filterBox = form.querySelector('[data-suche-filter]');
  var filterFields = form.querySelector('[data-suche-filterfelder]');
  var STEP = 10;
  var pagefind = null;
  var results = [];
  var shown = 0;
  var run = 0;
  var counts = null; // filter counts of the current search

  function load() {
    if (!pagefind) {
      pagefind = import(form.getAttribute('data-bundle') + 'pagefind.js').then(function (pf) {
        return pf.options({ baseUrl: form.getAttribute('data-base'), excerptLength: 30 }).then(function () { return pf; });
      });
    }
    return pagefind;
  }

  function chosenFilters() {
    var filters = {};
    Array.prototype.forEach.call(form.querySelectorAll('input[type="checkbox"]:checked'), function (box) {
      (filters[box.name] = filters[box.name] || { any: [] }).any.push(box.value);
    });
    return filters;
  }

  function showMore() {
    var batch = results.slice(shown, shown + STEP);
    var first = shown;
    shown += batch.length;
    more.hidden = shown >= results.length;
    return Promise.all(batch.map(function (r) { return r.data(); })).then(function (pages) {
      pages.forEach(function (data, i) {
        var li = document.createElement('li');
        var art = (data.meta && data.meta.art) || (data.filters && data.filters.Art && data.filters.Art[0]);
        if (art) {
          var label = document.createElement('p');
          label.className = 'treffer-art';
          label.textContent = art;
          li.appendChild(label);
        }
        var h = document.createElement('h2');
        var a = document.createElement('a');
        a.href = data.url;
        a.textContent = (data.meta && data.meta.title) || data.url;
        h.appendChild(a);
        var p = document.createElement('p');
        // Pagefind escapes the text and marks the hits with <mark>; addresses and placeholders are no help in an excerpt.
        p.innerHTML = data.excerpt.replace(/(?:https?:\/\/|www\.)[^\s<]+/g, '').replace(/keine Angabe/g, '');
        li.appendChild(h);
        li.appendChild(p);
        list.appendChild(li);
        if (first > 0 && i === 0) a.focus();
      });
    });
  }

  function search() {
    var term = input.value.trim();
    var mine = ++run;
    var params = new URLSearchParams(window.location.search);
    if (term) params.set('q', term); else params.delete('q');
    var query = params.toString();
    history.replaceState(null, '', window.location.pathname + (query ? '?' + query : ''));
    list.textContent = '';
    more.hidden = true;
    if (!term) { status.textContent = ''; return; }
    status.textContent = 'Suche läuft …';
    load()
      .then(function (pf) { return pf.search(term, { filters: chosenFilters() }); })
      .then(function (found) {
        if (mine !== run) return;
        // Pages about a project, a Kommune or a Themenfeld outrank sources through their weights
        // (data-pagefind-weight on their titles, lower weight on the text of a source).
        results = found.results;
        counts = found.filters;
        updateCounts();
        shown = 0;
        var n = results.length;
        status.textContent = (n === 0 ? 'Keine Ergebnisse' : n === 1 ? '1 Ergebnis' : n.toLocaleString('de-DE') + ' Ergebnisse') + ' für „' + term + '“';
        return showMore();
      })
      .catch(function () { status.textContent = 'Die Suche konnte nicht geladen werden. Bitte versuchen Sie es später noch einmal.'; });
  }

  // Each filter value shows how many results of the current search it has; values without any are hidden.
  function updateCounts() {
    if (!counts || Object.keys(counts).length === 0) return; // the filter index is not loaded yet
    Array.prototype.forEach.call(filterFields.querySelectorAll('input[type="checkbox"]'), function (box) {
      var n = (counts[box.name] && counts[box.name][box.value]) || 0;
      var label = filterFields.querySelector('label[for="' + box.id + '"]');
      label.textContent = box.value + ' (' + n + ')';
      box.parentNode.hidden = n === 0 && !box.checked;
    });
  }

  function buildFilters() {
    load()
      .then(function (pf) { return pf.filters(); })
      .then(function (filters) {
        filterFields.textContent = '';
        Object.keys(filters).sort().forEach(function (name, n) {
          var fieldset = document.createElement('fieldset');
          var legend = document.createElement('legend');
          legend.textContent = name;
          fieldset.appendChild(legend);
          Object.keys(filters[name]).sort(function (a, b) { return a.localeCompare(b, 'de'); }).forEach(function (value, i) {
            var id = 'filter-' + n + '-' + i;
            var box = document.createElement('input');
            box.type = 'checkbox';
            box.id = id;
            box.name = name;
            box.value = value;
            box.addEventListener('change', search);
            var label = document.createElement('label');
            label.htmlFor = id;
            label.textContent = value + ' (' + filters[name][value] + ')';
            var row = document.createElement('div');
            row.appendChild(box);
            row.appendChild(label);
            fieldset.appendChild(row);
          });
          filterFields.appendChild(fieldset);
        });
        // With the filter index loaded, the current search can count its results per filter value.
        var term = input.value.trim();
        if (term) {
          return load()
            .then(function (pf) { return pf.search(term, { filters: chosenFilters() }); })
            .then(function (found) { counts = found.filters; updateCounts(); });
        }
      })
      .catch(function () { filterFields.textContent = 'Die Filter konnten nicht geladen werden.'; });
  }

  form.addEventListener('submit', function (e) { e.preventDefault(); search(); });
  filterBox.addEventListener('toggle', function () { if (filterBox.open && !filterFields.querySelector('fieldset')) buildFilters(); });
  more.addEventListener('click', showMore);
  form.hidden = false;
  var q = new URLSearchParams(window.location.search).get('q');
  if (q) { input.value = q; search(); }
})();

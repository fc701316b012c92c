// Filter bar on /projekte/: shows only the projects that match every chosen filter and keeps the
// choice in the URL query, so that the filtered view can be linked and bookmarked.
(function () {
  var form = document.querySelector('[data-filterleiste]');
  if (!form) return;
  var items = Array.prototype.slice.call(document.querySelectorAll('.liste-projekte > li'));
  var count = form.querySelector('[data-filter-anzahl]');
  var selects = Array.prototype.slice.call(form.querySelectorAll('select'));

  function apply(updateUrl) {
    var shown = 0;
    var params = new URLSearchParams();
    selects.forEach(function (s) { if (s.value) params.set(s.name, s.value); });
    items.forEach(function (li) {
      var match = selects.every(function (s) {
        if (!s.value) return true;
        return (li.getAttribute('data-' + s.name) || '').split(' ').indexOf(s.value) >= 0;
      });
      li.hidden = !match;
      if (match) shown++;
    });
    count.textContent = shown === 1 ? '1 Projekt' : shown + ' Projekte';
    if (updateUrl) {
      var query = params.toString();
      history.replaceState(null, '', window.location.pathname + (query ? '?' + query : ''));
    }
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

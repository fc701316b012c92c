// Starts Pagefind's search UI on /suche/ and runs the query from ?q= (the header search form).
(function () {
  var container = document.getElementById('suche');
  if (!container || typeof PagefindUI === 'undefined') return;
  var ui = new PagefindUI({
    element: '#suche',
    bundlePath: container.getAttribute('data-bundle'),
    baseUrl: container.getAttribute('data-base'),
    showSubResults: true,
    showImages: false,
    resetStyles: false,
  });
  var q = new URLSearchParams(window.location.search).get('q');
  if (q) ui.triggerSearch(q);
})();

// Decap CMS starts from widgets.js, after the site's widgets are registered.
window.CMS_MANUAL_INIT = true;

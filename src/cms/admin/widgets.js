/*
 * The site's two widgets for Decap CMS, and the start of the CMS.
 * Plain browser JavaScript (no build step): window.CMS, window.h (React.createElement)
 * and window.createClass come from the decap-cms bundle loaded before this file.
 *
 * - "datum": a date as the schemas accept it: a day (JJJJ-MM-TT), a month (JJJJ-MM)
 *   or a year (JJJJ), always stored as text.
 * - "keine-angabe": any other widget (inner_widget) plus the explicit choice
 *   "keine Angabe" for facts the sources do not give. Never preselected.
 */
(function () {
  'use strict';
  var CMS = window.CMS;
  var h = window.h;
  var createClass = window.createClass;
  var KEINE_ANGABE = 'keine Angabe';
  var DATE_SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

  function isCalendarDate(value) {
    var m = DATE_SHAPE.exec(value);
    if (!m) return false;
    var year = Number(m[1]);
    if (m[2] === undefined) return year >= 1000;
    var month = Number(m[2]);
    if (month < 1 || month > 12) return false;
    if (m[3] === undefined) return true;
    var day = Number(m[3]);
    return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
  }

  function asText(value) {
    if (value === null || value === undefined) return '';
    if (value instanceof Date && !isNaN(value.getTime())) return value.toISOString().slice(0, 10);
    return String(value);
  }

  var GENAUIGKEIT = [
    { value: 'tag', label: 'Tag', type: 'date', length: 10 },
    { value: 'monat', label: 'nur Monat', type: 'month', length: 7 },
    { value: 'jahr', label: 'nur Jahr', type: 'number', length: 4 },
  ];
  function genauigkeitOf(text) {
    for (var i = 0; i < GENAUIGKEIT.length; i++) if (GENAUIGKEIT[i].length === text.length) return GENAUIGKEIT[i];
    return GENAUIGKEIT[0];
  }

  var DatumControl = createClass({
    getInitialState: function () {
      return { genauigkeit: genauigkeitOf(asText(this.props.value)).value };
    },
    isValid: function () {
      var text = asText(this.props.value);
      if (text === '' || isCalendarDate(text)) return true;
      return { error: { message: 'Kein gültiges Datum: bitte einen Tag (TT.MM.JJJJ), einen Monat oder ein Jahr angeben.' } };
    },
    setGenauigkeit: function (event) {
      var next = event.target.value;
      var text = asText(this.props.value);
      var length = GENAUIGKEIT.filter(function (g) { return g.value === next; })[0].length;
      this.setState({ genauigkeit: next });
      // Shorten a known date to the chosen precision; a longer one has to be entered.
      if (text.length > length) this.props.onChange(text.slice(0, length));
      else if (text.length < length) this.props.onChange('');
    },
    render: function () {
      var props = this.props;
      var self = this;
      var text = asText(props.value);
      var g = GENAUIGKEIT.filter(function (x) { return x.value === self.state.genauigkeit; })[0];
      var input = h('input', {
        id: props.forID,
        type: g.type,
        className: props.classNameWrapper,
        value: text.length === g.length ? text : '',
        min: g.type === 'number' ? 1000 : undefined,
        max: g.type === 'number' ? 9999 : undefined,
        step: g.type === 'number' ? 1 : undefined,
        placeholder: g.type === 'month' ? 'JJJJ-MM' : g.type === 'number' ? 'JJJJ' : undefined,
        onFocus: props.setActiveStyle,
        onBlur: props.setInactiveStyle,
        onChange: function (event) { props.onChange(event.target.value); },
        style: { flex: '1 1 12rem' },
      });
      var select = h(
        'select',
        { 'aria-label': 'Genauigkeit des Datums', value: g.value, onChange: this.setGenauigkeit, style: { flex: '0 0 auto', padding: '0.5rem' } },
        GENAUIGKEIT.map(function (x) { return h('option', { key: x.value, value: x.value }, x.label); }),
      );
      return h('div', { style: { display: 'flex', gap: '0.5rem', alignItems: 'stretch', flexWrap: 'wrap' } }, select, input);
    },
  });

  var TextPreview = function (props) {
    return h('span', null, asText(props.value));
  };

  var KeineAngabeControl = createClass({
    // Decap re-renders a widget only when its value changes unless the widget says otherwise;
    // the inner widget decides itself (a relation picker waits for its search results).
    shouldComponentUpdate: function () {
      return true;
    },
    isValid: function () {
      if (this.props.value === KEINE_ANGABE) return true;
      var inner = this.inner;
      if (inner && typeof inner.isValid === 'function') return inner.isValid();
      return true;
    },
    toggle: function (event) {
      this.props.onChange(event.target.checked ? KEINE_ANGABE : '');
    },
    render: function () {
      var props = this.props;
      var self = this;
      var unknown = props.value === KEINE_ANGABE;
      var innerName = props.field.get('inner_widget');
      var widget = CMS.getWidget(innerName);
      var boxId = props.forID + '-keine-angabe';
      var box = h(
        'label',
        { htmlFor: boxId, style: { display: 'inline-flex', gap: '0.5rem', alignItems: 'center', margin: '0.5rem 0', fontWeight: 'normal' } },
        h('input', { id: boxId, type: 'checkbox', checked: unknown, onChange: this.toggle }),
        'keine Angabe (nicht aus den Quellen bekannt)',
      );
      var innerProps = Object.assign({}, props, {
        value: unknown ? '' : props.value,
        ref: function (ref) {
          self.inner = ref && ref.getWrappedInstance ? ref.getWrappedInstance() : ref;
        },
      });
      return h('div', null, unknown ? null : h(widget.control, innerProps), box);
    },
  });

  // Formats that keep unchanged values as they were written (see format.js).
  // One pair per collection, because each writes its fields in the order of its schema (field-order.js).
  Object.keys(window.SiteFieldOrder).forEach(function (collection) {
    var formats = window.SiteFormats.create(window.jsyaml, window.SiteFieldOrder[collection]);
    CMS.registerCustomFormat('frontmatter-' + collection, 'md', formats.frontmatter);
    CMS.registerCustomFormat('yaml-' + collection, 'yaml', formats.yaml);
  });

  // The workflow's steps as the site's guide names them: Entwurf → In Prüfung → Bereit.
  var WORTLAUT = {
    'editor.editorToolbar.inReview': 'In Prüfung',
    'editor.editorToolbar.ready': 'Bereit',
    'editor.editorToolbar.statusInfoTooltipDraft': 'Der Eintrag ist ein Entwurf. Wenn er fertig ist, setzen Sie den Status auf „In Prüfung“.',
    'editor.editor.onPublishingNotReady': 'Bitte setzen Sie den Status vor dem Veröffentlichen auf „Bereit“.',
    'workflow.workflowList.readyHeader': 'Bereit',
    'workflow.workflowList.onPublishingNotReadyEntry': 'Nur Einträge im Status „Bereit“ können veröffentlicht werden. Ziehen Sie den Eintrag in die Spalte „Bereit“.',
  };
  var de = CMS.getLocale('de');
  Object.keys(WORTLAUT).forEach(function (key) {
    var parts = key.split('.');
    var target = de;
    for (var i = 0; i < parts.length - 1 && target; i++) target = target[parts[i]];
    if (target) target[parts[parts.length - 1]] = WORTLAUT[key];
  });

  CMS.registerWidget('datum', DatumControl, TextPreview);
  CMS.registerWidget('keine-angabe', KeineAngabeControl, TextPreview);

  // The preview: the entry as a page of the site, in the site's stylesheet (registered below).
  function toPlain(value) {
    return value && typeof value.toJS === 'function' ? value.toJS() : value;
  }
  function isEmptyValue(v) {
    return v === undefined || v === null || v === '' || (Array.isArray(v) && !v.length);
  }
  function show(field, value) {
    if (value === KEINE_ANGABE || value === 'keine-angabe') return h('span', { className: 'unbekannt' }, KEINE_ANGABE);
    var options = toPlain(field.get('options'));
    if (options) {
      var option = options.filter(function (o) { return o.value === value; })[0];
      return option ? option.label : String(value);
    }
    var subfields = field.get('fields');
    if (Array.isArray(value)) {
      if (subfields) return h('ol', null, value.map(function (item, i) { return h('li', { key: i }, angaben(subfields, item)); }));
      return value.map(String).join(', ');
    }
    if (value && typeof value === 'object') return subfields ? angaben(subfields, value) : JSON.stringify(value);
    if (typeof value === 'boolean') return value ? 'ja' : 'nein';
    return String(value);
  }
  function angaben(fields, data) {
    var rows = [];
    fields.forEach(function (field) {
      var name = field.get('name');
      var value = data ? data[name] : undefined;
      if (isEmptyValue(value)) return;
      rows.push(h('dt', { key: name + '-dt' }, field.get('label')));
      rows.push(h('dd', { key: name + '-dd' }, show(field, value)));
    });
    return h('dl', { className: 'angaben' }, rows);
  }
  var Vorschau = createClass({
    render: function () {
      var data = toPlain(this.props.entry.get('data')) || {};
      var title = data.titel || data.name || '';
      var shown = ['titel', 'name', 'beschreibung', 'body'];
      var rest = this.props.fields.filter(function (f) { return shown.indexOf(f.get('name')) < 0; });
      return h(
        'div',
        { className: 'breite' },
        h(
          'main',
          { id: 'inhalt' },
          h('h1', null, title),
          data.beschreibung ? h('p', { className: 'einleitung' }, data.beschreibung) : null,
          angaben(rest, data),
          data.body ? this.props.widgetFor('body') : null,
        ),
      );
    },
  });
  Object.keys(window.SiteFieldOrder).forEach(function (collection) {
    CMS.registerPreviewTemplate(collection, Vorschau);
  });

  var styles = document.querySelectorAll('meta[name="cms-preview-style"]');
  for (var i = 0; i < styles.length; i++) CMS.registerPreviewStyle(styles[i].getAttribute('content'));

  CMS.init();
})();

/*
 * File formats for Decap CMS that keep the editors' YAML as it was: Decap's own
 * formats write every file anew (block lists instead of [a, b], other quotes).
 * These formats remember the text of every top-level field, every item of a
 * top-level list and every field of such an item as they were read; on saving,
 * a value that is unchanged is written with exactly its old text, and only
 * changed values are written anew, in the house style of content/ (lists of
 * ids as [a, b], groups as indented blocks, dates unquoted).
 *
 * Plain browser JavaScript without a build step. Needs js-yaml 4 (window.jsyaml).
 * Also loaded by the unit tests in Node (see tests/unit/cms-format.test.ts).
 */
(function (root) {
  'use strict';

  /**
   * `order`: the collection's field names in schema order, nested groups and list items as
   * objects ({ titel: 1, status: { wert: 1, stand: 1 } }); fields are written in this order.
   */
  function create(jsyaml, order) {
    var SCHEMA = jsyaml.CORE_SCHEMA; // dates stay text, as the schemas expect
    var remembered = new Map();
    var listIndent = new Map();
    // Top-level key orders of the files read, by their set of keys: a file written back with the same keys keeps
    // its order (a correct file is never reordered); with other keys it follows the schema order.
    var readOrders = new Map();
    var keySet = function (keys) { return keys.slice().sort().join('|'); };
    var rememberOrder = function (data) { readOrders.set(keySet(Object.keys(data)), Object.keys(data)); };

    var json = function (value) { return JSON.stringify(value); };
    var isScalar = function (v) { return v === null || ['string', 'number', 'boolean'].indexOf(typeof v) >= 0; };
    var isMap = function (v) { return v !== null && typeof v === 'object' && !Array.isArray(v); };
    var load = function (text) { return jsyaml.load(text, { schema: SCHEMA }); };
    var spaces = function (n) { return new Array(n + 1).join(' '); };
    var indentOf = function (line) { return /^ */.exec(line)[0].length; };

    /** Splits lines into chunks, each starting at a line for which `starts` is true. */
    function chunks(lines, starts) {
      var out = [];
      lines.forEach(function (line) {
        if (starts(line) || !out.length) out.push([line]);
        else out[out.length - 1].push(line);
      });
      return out;
    }

    function rememberText(yamlText) {
      var lines = yamlText.replace(/\n$/, '').split('\n');
      var isKey = function (l) { return /^[^\s#-][^:]*:/.test(l); };
      var top = chunks(lines, isKey);
      // Comments before the first field belong to it (kept while it is unchanged).
      if (top.length > 1 && !isKey(top[0][0])) top.splice(0, 2, top[0].concat(top[1]));
      top.forEach(function (chunk) {
        var text = chunk.join('\n');
        var parsed;
        try { parsed = load(text); } catch (e) { return; }
        if (!isMap(parsed)) return;
        var key = Object.keys(parsed)[0];
        if (key === undefined) return;
        var value = parsed[key];
        remembered.set('0|' + key + '|' + json(value), text);
        if (!Array.isArray(value) || !value.every(isMap) || !value.length) return;
        var body = chunk.slice(1).filter(function (l) { return l.trim() !== ''; });
        if (!body.length || !/^\s*- /.test(body[0])) return;
        var itemIndent = indentOf(body[0]);
        listIndent.set(key, itemIndent);
        var items = chunks(body, function (l) { return indentOf(l) === itemIndent && l.slice(itemIndent, itemIndent + 2) === '- '; });
        items.forEach(function (itemLines, i) {
          if (i >= value.length) return;
          var item = value[i];
          remembered.set('1|' + itemIndent + '|' + key + '|' + json(item), itemLines.join('\n'));
          // Fields of the item, the first one written without its "- ".
          var fieldIndent = itemIndent + 2;
          var plain = itemLines.slice();
          plain[0] = spaces(fieldIndent) + plain[0].slice(fieldIndent);
          if (/^\s*\{/.test(plain[0])) return; // an item in flow style: no fields of its own
          chunks(plain, function (l) { return indentOf(l) === fieldIndent && /^\s*[^\s#-][^:]*:/.test(l); }).forEach(function (fieldLines) {
            var fieldText = fieldLines.join('\n');
            var fieldParsed;
            try { fieldParsed = load(fieldLines.map(function (l) { return l.slice(fieldIndent); }).join('\n')); } catch (e) { return; }
            if (!isMap(fieldParsed)) return;
            var fieldKey = Object.keys(fieldParsed)[0];
            if (fieldKey === undefined || !(fieldKey in item)) return;
            remembered.set('2|' + fieldIndent + '|' + key + '|' + fieldKey + '|' + json(fieldParsed[fieldKey]), fieldText);
          });
        });
      });
    }

    /** A scalar or a list of scalars in the house style (dates unquoted, lists as [a, b]). */
    function inline(value, indent) {
      var text = jsyaml.dump(value, { schema: SCHEMA, flowLevel: 0, quotingType: '"', lineWidth: -1 }).replace(/\n$/, '');
      return text.split('\n').join('\n' + spaces(indent));
    }

    var isEmpty = function (v) {
      return v === undefined || v === null || v === '' || (Array.isArray(v) && !v.length) || (isMap(v) && !Object.keys(v).some(function (k) { return !isEmpty(v[k]); }));
    };

    function field(key, value, indent) {
      var pad = spaces(indent);
      if (isScalar(value) || (Array.isArray(value) && value.every(isScalar))) return pad + key + ': ' + inline(value, indent + 2);
      if (Array.isArray(value)) {
        return pad + key + ':\n' + value.map(function (item) { return listItem(key, item, indent + 2); }).join('\n');
      }
      return pad + key + ':\n' + fields(value, indent + 2);
    }

    /** Keys of `map` in schema order (`tree`), unknown keys last in their own order. */
    function ordered(map, tree) {
      var keys = Object.keys(map);
      if (!tree || typeof tree !== 'object') return keys;
      var rank = Object.keys(tree);
      var pos = function (k) { var i = rank.indexOf(k); return i < 0 ? rank.length + keys.indexOf(k) : i; };
      return keys.slice().sort(function (a, b) { return pos(a) - pos(b); });
    }
    var sub = function (tree, key) { return tree && typeof tree === 'object' ? tree[key] : undefined; };

    function sortDeep(value, tree) {
      if (Array.isArray(value)) return value.map(function (item) { return sortDeep(item, tree); });
      if (!isMap(value)) return value;
      var out = {};
      ordered(value, tree).forEach(function (k) { out[k] = sortDeep(value[k], sub(tree, k)); });
      return out;
    }

    function fields(map, indent) {
      return Object.keys(map).filter(function (k) { return !isEmpty(map[k]); }).map(function (k) { return field(k, map[k], indent); }).join('\n');
    }

    function listItem(listKey, item, indent) {
      var pad = spaces(indent);
      if (!isMap(item)) return pad + '- ' + inline(item, indent + 2);
      var keys = Object.keys(item).filter(function (k) { return !isEmpty(item[k]); });
      var texts = keys.map(function (k) {
        var old = remembered.get('2|' + (indent + 2) + '|' + listKey + '|' + k + '|' + json(item[k]));
        return old !== undefined ? old : field(k, item[k], indent + 2);
      });
      var text = texts.join('\n');
      return pad + '- ' + text.slice(indent + 2);
    }

    function stringify(unsorted) {
      var sorted = sortDeep(unsorted, order);
      var keys = readOrders.get(keySet(Object.keys(sorted))) || Object.keys(sorted);
      var data = {};
      keys.forEach(function (k) { data[k] = sorted[k]; });
      return Object.keys(data).filter(function (k) { return !isEmpty(data[k]); }).map(function (key) {
        var value = data[key];
        var old = remembered.get('0|' + key + '|' + json(value));
        if (old !== undefined) return old;
        if (Array.isArray(value) && value.length && value.every(isMap)) {
          var indent = listIndent.has(key) ? listIndent.get(key) : 2;
          return key + ':\n' + value.map(function (item) {
            var oldItem = remembered.get('1|' + indent + '|' + key + '|' + json(item));
            return oldItem !== undefined ? oldItem : listItem(key, item, indent);
          }).join('\n');
        }
        return field(key, value, 0);
      }).join('\n') + '\n';
    }

    var FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?^---[ \t]*(?:\r?\n|$)/m;

    var frontmatter = {
      fromFile: function (content) {
        var m = FENCE.exec(content);
        if (!m || m.index !== 0) return { body: content };
        rememberText(m[1]);
        var data = load(m[1]) || {};
        rememberOrder(data);
        var body = content.slice(m[0].length);
        return Object.assign({}, data, { body: body });
      },
      toFile: function (data) {
        var meta = Object.assign({}, data);
        var body = typeof meta.body === 'string' ? meta.body : '';
        delete meta.body;
        if (body !== '' && !/^\n/.test(body)) body = '\n' + body;
        if (body !== '' && !/\n$/.test(body)) body += '\n';
        return '---\n' + stringify(meta) + '---\n' + body;
      },
    };

    var yamlFile = {
      fromFile: function (content) {
        rememberText(content);
        var data = load(content) || {};
        rememberOrder(data);
        return data;
      },
      toFile: function (data) {
        return stringify(data);
      },
    };

    return { frontmatter: frontmatter, yaml: yamlFile };
  }

  root.SiteFormats = { create: create };
})(typeof window !== 'undefined' ? window : globalThis);

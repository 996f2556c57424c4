// Archive's static search: queries the index under /search/ that the build writes (see Archive.Core/Search).
// A query fetches the manifest, one shard per word (plus the word's own file for common words), a topic's
// postings when filtered, and the document chunks of the results shown: a bounded amount at any archive size.
(function () {
  'use strict';

  var form = document.getElementById('search-form');
  if (!form || !window.fetch || !window.URL || !window.TextEncoder) return;

  var PAGE_SIZE = 10;
  var MAX_TERMS = 8;
  var MAX_COMMON_TERMS = 4; // words with a file of their own fetched per query: the rarest ones, which narrow the most
  var WEIGHTS = [0, 1, 3, 10]; // by field: absent, body, lede, title
  var DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  var LETTER = /^[\p{L}\p{Nd}]$/u;

  var input = document.getElementById('search-q');
  var topicSelect = document.getElementById('search-topic');
  var yearSelect = document.getElementById('search-year');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var more = document.getElementById('search-more');
  var indexBase = new URL(form.getAttribute('data-index'), location.href);
  var rootBase = new URL(form.getAttribute('data-root'), location.href);

  var files = new Map(); // URL -> promise of parsed JSON (or null when missing)
  var stats = { query: '', bytes: 0, files: [] };
  var current = null; // { matches, shown }
  var generation = 0;
  window.archiveSearch = { stats: stats, done: false };

  form.hidden = false;

  function getJson(path) {
    var url = new URL(path, indexBase).href;
    if (!files.has(url)) {
      files.set(url, fetch(url).then(function (response) {
        if (!response.ok) return null;
        return response.arrayBuffer().then(function (buffer) {
          stats.bytes += buffer.byteLength;
          stats.files.push(path);
          return JSON.parse(new TextDecoder().decode(buffer));
        });
      }));
    }
    return files.get(url);
  }

  // The same rules as SearchText.Tokenize in C#: lower-case runs of letters and decimal digits, 2+ characters, no stop words.
  function tokenize(text, meta, stopWords) {
    var terms = [];
    var word = '';
    for (var i = 0; i <= text.length; i++) {
      var c = i < text.length ? text[i] : ' ';
      if (LETTER.test(c)) {
        if (word.length < meta.maxTermLength) word += c.toLowerCase()[0];
        continue;
      }
      if (word.length >= 2 && !stopWords.has(word)) terms.push(word);
      word = '';
    }
    return terms;
  }

  function utf8(text) { return new TextEncoder().encode(text); }

  function shardName(term, bits) {
    var hash = 0x811c9dc5;
    utf8(term).forEach(function (b) { hash = Math.imul(hash ^ b, 16777619) >>> 0; });
    var shard = (hash & ((1 << bits) - 1)) >>> 0;
    return shard.toString(16).padStart(Math.ceil(bits / 4), '0');
  }

  function hex(term) {
    return Array.prototype.map.call(utf8(term), function (b) { return b.toString(16).padStart(2, '0'); }).join('');
  }

  // Calls visit(id, field) for each posting; the inverse of PostingEncoding.Encode.
  function decode(encoded, visit) {
    if (encoded[0] === 'b') {
      var bytes = atob(encoded.slice(1));
      for (var i = 0; i < bytes.length; i++) {
        var byte = bytes.charCodeAt(i);
        for (var k = 0; k < 4; k++) {
          var field = (byte >> (k * 2)) & 3;
          if (field) visit(i * 4 + k, field);
        }
      }
      return;
    }
    var previous = -1, value = 0, scale = 1;
    for (var j = 1; j < encoded.length; j++) {
      var digit = DIGITS.indexOf(encoded[j]);
      value += (digit & 31) * scale;
      scale *= 32;
      if (digit >= 32) continue;
      previous += Math.floor(value / 4);
      visit(previous, value % 4);
      value = 0;
      scale = 1;
    }
  }

  // A term's postings, or '@' and its article count when they are in the term's own file.
  function shardValue(term, meta) {
    return getJson('s/' + shardName(term, meta.shardBits) + '.json').then(function (shard) {
      return shard && Object.prototype.hasOwnProperty.call(shard, term) ? shard[term] : null;
    });
  }

  function commonCount(value) { return value && value[0] === '@' ? parseInt(value.slice(1), 10) : 0; }

  // Fetches the postings of the terms, leaving out the commonest words beyond MAX_COMMON_TERMS.
  function postings(terms, meta) {
    return Promise.all(terms.map(function (term) { return shardValue(term, meta); })).then(function (values) {
      var common = values.map(function (value, i) { return { count: commonCount(value), index: i }; })
        .filter(function (c) { return c.count > 0; })
        .sort(function (a, b) { return a.count - b.count || a.index - b.index; });
      var skipped = new Set(common.slice(MAX_COMMON_TERMS).map(function (c) { return c.index; }));
      var kept = terms.map(function (_, i) { return i; }).filter(function (i) { return !skipped.has(i); });
      return Promise.all(kept.map(function (i) {
        return commonCount(values[i]) ? getJson('t/' + hex(terms[i]) + '.json') : values[i];
      })).then(function (lists) {
        return { lists: lists, skipped: kept.length < terms.length };
      });
    });
  }

  function parseQuery(text, meta) {
    var stopWords = new Set(meta.stopWords);
    var terms = [];
    // A quoted phrase asks for all its words; the index keeps no word positions, so its order is not checked.
    (text.match(/"[^"]*"?|[^\s"]+/g) || []).forEach(function (part) {
      tokenize(part.replace(/"/g, ' '), meta, stopWords).forEach(function (term) {
        if (terms.indexOf(term) < 0) terms.push(term);
      });
    });
    return terms;
  }

  function inYear(meta, year) {
    if (!year) return null;
    var entry = meta.years.filter(function (y) { return String(y.year) === year; })[0];
    return entry ? entry.ranges : [];
  }

  function search(text, topic, year) {
    var mine = ++generation;
    stats.query = text; stats.bytes = 0; stats.files = [];
    window.archiveSearch.done = false;
    status.textContent = 'Searching\u2026';
    return getJson('meta.json').then(function (meta) {
      if (!meta) throw new Error('the search index is missing');
      var terms = parseQuery(text, meta);
      var dropped = terms.length > MAX_TERMS;
      terms = terms.slice(0, MAX_TERMS);
      if (terms.length === 0 && !topic && !year) return { meta: meta, matches: null, terms: terms };
      return Promise.all([postings(terms, meta), topic ? getJson('topic/' + encodeURIComponent(topic) + '.json') : null]).then(function (found) {
        var encoded = found[0].lists;
        var termCount = encoded.length;
        if (topic) encoded = encoded.concat([found[1]]);
        var required = encoded.length;
        var count = new Uint8Array(meta.documents);
        var score = new Int32Array(meta.documents);
        encoded.forEach(function (list, n) {
          if (!list) return;
          var isTopic = n >= termCount;
          decode(list, function (id, field) {
            if (id >= meta.documents) return;
            count[id]++;
            if (!isTopic) score[id] += WEIGHTS[field];
          });
        });
        var ranges = inYear(meta, year);
        var matches = [];
        var candidates = function (visit) {
          if (ranges) ranges.forEach(function (r) { for (var id = r[0]; id <= r[1]; id++) visit(id); });
          else for (var id = 0; id < meta.documents; id++) visit(id);
        };
        candidates(function (id) { if (count[id] === required) matches.push(id); });
        matches.sort(function (a, b) { return score[b] - score[a] || b - a; });
        return { meta: meta, matches: matches, terms: terms, dropped: dropped, common: found[0].skipped };
      });
    }).then(function (result) {
      if (mine !== generation) return;
      list.textContent = '';
      current = result.matches ? { meta: result.meta, matches: result.matches, shown: 0 } : null;
      if (!current) {
        status.textContent = 'Type words to search for, or pick a topic or a year.';
        more.hidden = true;
        window.archiveSearch.done = true;
        return;
      }
      var n = current.matches.length;
      status.textContent = (n === 0 ? 'No articles match' : n === 1 ? '1 article matches' : n + ' articles match') +
        (result.dropped ? ' (only the first ' + MAX_TERMS + ' words were used)' : '') +
        (result.common ? ' (some very common words were left out)' : '') + '.';
      return showMore(mine);
    }).catch(function (error) {
      status.textContent = 'Search failed: ' + error.message;
      window.archiveSearch.done = true;
    });
  }

  // Chunks hold a year's documents by their rank in the year (the manifest lists each year's id ranges), so an article
  // inserted in the past changes only its own year's chunk files.
  function chunkOf(meta, id) {
    for (var y = 0; y < meta.years.length; y++) {
      var ranges = meta.years[y].ranges;
      var rank = 0;
      for (var r = 0; r < ranges.length; r++) {
        if (id >= ranges[r][0] && id <= ranges[r][1]) {
          rank += id - ranges[r][0];
          return { path: 'd/' + meta.years[y].year + '-' + Math.floor(rank / meta.chunkSize) + '.json', offset: rank % meta.chunkSize };
        }
        rank += ranges[r][1] - ranges[r][0] + 1;
      }
    }
    return null;
  }

  function showMore(mine) {
    var page = current.matches.slice(current.shown, current.shown + PAGE_SIZE);
    current.shown += page.length;
    return Promise.all(page.map(function (id) {
      var place = chunkOf(current.meta, id);
      if (!place) return null;
      return getJson(place.path).then(function (chunk) { return chunk ? chunk[place.offset] : null; });
    })).then(function (docs) {
      if (mine !== generation) return;
      docs.forEach(function (doc) { if (doc) list.appendChild(item(doc)); });
      more.hidden = current.shown >= current.matches.length;
      window.archiveSearch.done = true;
    });
  }

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function item(doc) {
    var li = element('li', 'article-item');
    var heading = element('h3', 'article-item-title');
    var link = element('a', '', doc.t);
    link.href = new URL(doc.u, rootBase).href;
    heading.appendChild(link);
    li.appendChild(heading);
    var meta = element('p', 'meta');
    var time = element('time', '', doc.d);
    time.setAttribute('datetime', doc.i);
    meta.appendChild(time);
    if (doc.s) meta.appendChild(document.createTextNode(' \u00b7 ' + doc.s));
    li.appendChild(meta);
    if (doc.l) li.appendChild(element('p', 'summary', doc.l));
    return li;
  }

  function runFromLocation() {
    var params = new URLSearchParams(location.search);
    input.value = params.get('q') || '';
    topicSelect.value = params.get('topic') || '';
    yearSelect.value = params.get('year') || '';
    if (input.value || topicSelect.value || yearSelect.value) search(input.value, topicSelect.value, yearSelect.value);
    else window.archiveSearch.done = true;
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var params = new URLSearchParams();
    if (input.value) params.set('q', input.value);
    if (topicSelect.value) params.set('topic', topicSelect.value);
    if (yearSelect.value) params.set('year', yearSelect.value);
    // Kept in the address so that coming back from an opened result shows the same results.
    history.pushState(null, '', '?' + params.toString());
    search(input.value, topicSelect.value, yearSelect.value);
  });

  more.addEventListener('click', function () {
    if (current) { window.archiveSearch.done = false; showMore(generation); }
  });

  window.addEventListener('popstate', runFromLocation);
  runFromLocation();
})();

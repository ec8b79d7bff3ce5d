// The demo site's first-party web analytics, loaded only with consent to web analytics (the
// consent script starts it on acceptance; the server renders it active once consent is given). It
// sets the two analytics cookies the catalog lists (_pk_id: a random visitor id; _pk_ses: the
// visit) and reports one page view to Insyn, which counts it per day and page only when the
// consent cookie grants analytics. No third party, nothing sent but the page's path.
/* global location, XMLHttpRequest */
(function () {
  var script = document.currentScript;
  var endpoint = (script && script.getAttribute('data-endpoint')) || '/api/analytics/pageview';
  var secure = location.protocol === 'https:' ? '; Secure' : '';
  function has(name) {
    return document.cookie.split('; ').some(function (pair) { return pair.indexOf(name + '=') === 0; });
  }
  function random() {
    var bytes = new Uint8Array(8);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (byte) { return (byte + 256).toString(16).slice(1); }).join('');
  }
  if (!has('_pk_id')) document.cookie = '_pk_id=' + random() + '; Path=/; Max-Age=' + 60 * 60 * 24 * 395 + '; SameSite=Lax' + secure;
  document.cookie = '_pk_ses=1; Path=/; Max-Age=1800; SameSite=Lax' + secure;
  var request = new XMLHttpRequest();
  request.open('POST', endpoint);
  request.setRequestHeader('content-type', 'application/json');
  request.send(JSON.stringify({ page: location.pathname }));
})();

// Turns the query page's form into YASGUI, preset with this server's endpoint and the query of the page.
// Without JavaScript the form and the server-rendered results still work.
(function () {
  var holder = document.getElementById("yasgui");
  if (!holder || typeof Yasgui === "undefined") {
    return;
  }
  var endpoint = new URL(holder.dataset.endpoint, window.location.href).href;
  var yasgui = new Yasgui(holder, {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: false,
    persistenceId: null,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } }
  });
  var tab = yasgui.getTab();
  tab.setEndpoint(endpoint);
  tab.setQuery(holder.dataset.query);
  var fallback = document.getElementById("plain-query");
  if (fallback) {
    fallback.hidden = true;
  }
  // Result links to IRIs under the dataset's base go to this server, which serves them, rather than to the
  // public base, which may not resolve yet; the href is rewritten as the pointer or focus reaches the link.
  var base = holder.dataset.base;
  var local = function (event) {
    var link = event.target.closest ? event.target.closest("a[href]") : null;
    if (base && link && link.href.indexOf(base) === 0) {
      link.href = "/" + link.href.substring(base.length);
      link.removeAttribute("target");
    }
  };
  ["mouseover", "focusin", "click"].forEach(function (type) {
    holder.addEventListener(type, local, true);
  });
  if (holder.dataset.run === "true") {
    tab.query();
  }
})();

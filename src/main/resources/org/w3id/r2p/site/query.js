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
  if (holder.dataset.run === "true") {
    tab.query();
  }
})();

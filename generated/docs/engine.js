// The mock engine serving this site (rsdlgen serve --docs), for the Try it panels; null: none.
window.RSDL_ENGINE = null;

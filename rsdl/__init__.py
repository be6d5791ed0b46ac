"""The embedded default documents (`rsdl.xml`, `api.xsd`); installed as the data package `rsdlgen.rsdl`."""

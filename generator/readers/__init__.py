"""Stage 1: reading the documents. Safe XML input, then the lenient RSDL and XSD readers, which build the
model's declarations and report every repair as a located warning."""

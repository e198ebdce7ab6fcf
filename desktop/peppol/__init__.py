"""UBL 2.1 / PEPPOL BIS 3 documents: Catalogue, Order and Order Response.

* ``catalogue_writer``: ``CatalogueHeader``, ``write_catalogue`` (streaming).
* ``catalogue_reader``: ``read_catalogue`` → ``CatalogueDocument`` (streaming, checked).
* ``catalogue_validation``: ``validate_catalogue`` → ``ValidationReport`` (every error).
* ``order_document``/``order_writer``/``order_reader``: ``OrderDocument``,
  ``write_order``, ``read_order``, ``validate_order``.
* ``order_response``: ``OrderResponseDocument``, ``write_order_response``,
  ``read_order_response``, ``validate_order_response``.
* ``check``: ``main(argv)`` of ``avrop peppol check FILE``.
* ``codelists``: the official PEPPOL code lists (units, labels, image types, endpoint
  schemes, response codes), read lazily from ``resources/standards/peppol-bis-3``.
* ``legacy_catalogue``: a catalogue stored before the official codes, rewritten.
* ``errors``: ``DocumentError``, ``PeppolDocumentError`` (code ``peppol_invalid``).

Untrusted XML is only read through ``safe_xml`` (no DTD, no entities, no network,
size limits enforced while reading).
"""

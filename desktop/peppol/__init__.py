"""UBL 2.1 / PEPPOL BIS 3 documents: Catalogue read, Order write, Order Response read."""

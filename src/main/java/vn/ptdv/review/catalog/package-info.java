/**
 * Tables, columns and the warehouse: every table's schema with its column comments, key and grain (Tables, Col,
 * TableDef, ViewDef), the only Delta writer (Warehouse, WarehouseLock), the SQL guards, the data dictionary. Below
 * the layers, used by every one of them; uses config, domain and util, and imports upwards from sources (SourceFile,
 * SourceColumn) and silver (ReasonCode): cycles catalog ↔ sources and catalog ↔ silver, kept as they are today.
 */
package vn.ptdv.review.catalog;

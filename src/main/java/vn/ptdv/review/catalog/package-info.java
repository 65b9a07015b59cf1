/**
 * Tables, columns and the warehouse: every table's schema with its column comments, key and grain (Tables, Col,
 * TableDef, ViewDef), the input contract the bronze tables are built from (SourceFile, SourceColumn), the reasons
 * a row is quarantined (ReasonCode), the only Delta writer (Warehouse, WarehouseLock), the SQL guards, the data
 * dictionary. Below the layers, used by every one of them; uses config, domain and util only.
 */
package vn.ptdv.review.catalog;

package vn.ptdv.review.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ptdv.review.testing.Frames.r;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ptdv.review.testing.Frames;
import vn.ptdv.review.testing.SparkTest;

/**
 * How the warehouse tells a table that holds no rows from its log alone, and what the writes that rely on
 * it do on a table's first load and after it. A table of its own, in a database of its own, dropped after
 * each test.
 */
class WarehouseTest extends SparkTest {
    static final String DATABASE = "warehouse_test";
    static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField("code", DataTypes.StringType, false),
            DataTypes.createStructField("name", DataTypes.StringType, true),
            DataTypes.createStructField(Col.ROW_HASH, DataTypes.StringType, true)));
    static final TableDef TABLE = new TableDef(new TableId(DATABASE, "codes"), SCHEMA, List.of("code"), "one row per code",
            "Codes, for this test.");
    static final List<String> COLUMNS = List.of("code", "name", Col.ROW_HASH);

    Warehouse warehouse;

    @BeforeEach
    void aNewTable() {
        spark.sql("CREATE DATABASE IF NOT EXISTS " + DATABASE);
        warehouse = new Warehouse(spark);
        warehouse.ensureTables(List.of(TABLE));
    }

    @AfterEach
    void dropIt() {
        spark.sql("DROP DATABASE IF EXISTS " + DATABASE + " CASCADE");
    }

    @Test
    void aTableJustCreatedIsOnlyCreatedAndOneWrittenToIsNot() {
        assertThat(warehouse.onlyCreated(TABLE)).isTrue();
        warehouse.insertNew(TABLE, Frames.rows(TABLE, COLUMNS, r("A", "Alpha", "h1")));
        assertThat(warehouse.onlyCreated(TABLE)).isFalse();
    }

    @Test
    void aTableEmptiedAgainIsNotOnlyCreated() {
        // Emptiness is told from the log only for the table's creation; a table written to and emptied is scanned.
        warehouse.insertNew(TABLE, Frames.rows(TABLE, COLUMNS, r("A", "Alpha", "h1")));
        warehouse.replaceWhere(TABLE, warehouse.read(TABLE).limit(0), "true");
        assertThat(warehouse.read(TABLE).count()).isZero();
        assertThat(warehouse.onlyCreated(TABLE)).isFalse();
    }

    @Test
    void theFirstMergeAppendsEveryRowAndALaterOneWritesOnlyTheChanges() {
        long first = warehouse.mergeChanges(TABLE, Frames.rows(TABLE, COLUMNS, r("A", "Alpha", "h1"), r("B", "Beta", "h2")));
        // By hand: the table was only created, so both rows are appended.
        assertThat(first).isEqualTo(2);
        long second = warehouse.mergeChanges(TABLE, Frames.rows(TABLE, COLUMNS,
                r("A", "Alpha", "h1"),      // unchanged: left alone
                r("B", "Bêta", "h2b"),      // changed content: updated
                r("C", "Gamma", "h3")));    // new key: inserted
        assertThat(second).isEqualTo(2);
        assertThat(warehouse.read(TABLE).orderBy("code").collectAsList().stream().map(row -> row.getString(1)).toList())
                .containsExactly("Alpha", "Bêta", "Gamma");
    }

    @Test
    void insertNewOnAFirstLoadAppendsEveryRowAndLaterOnlyNewKeys() {
        assertThat(warehouse.insertNew(TABLE, Frames.rows(TABLE, COLUMNS, r("A", "Alpha", "h1")))).isEqualTo(1);
        // By hand: A exists (left as it is, though its name differs), D is new.
        assertThat(warehouse.insertNew(TABLE, Frames.rows(TABLE, COLUMNS, r("A", "Other", "h9"), r("D", "Delta", "h4"))))
                .isEqualTo(1);
        assertThat(warehouse.read(TABLE).orderBy("code").collectAsList().stream().map(row -> row.getString(1)).toList())
                .containsExactly("Alpha", "Delta");
    }
}

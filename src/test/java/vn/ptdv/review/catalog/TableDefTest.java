package vn.ptdv.review.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class TableDefTest {
    static TableDef withComment(String comment) {
        return new TableDef(new TableId("gold", "t"),
                new StructType(new org.apache.spark.sql.types.StructField[] {
                        Tables.col("c", DataTypes.StringType, comment)}),
                List.of("c"), "one row", "a table");
    }

    @Test
    void aCommentOfTheMetastoresLengthIsAccepted() {
        // 256 characters: the most COLUMNS_V2.COMMENT (VARCHAR(256)) holds.
        assertThat(withComment("x".repeat(256)).qualified()).isEqualTo("gold.t");
    }

    @Test
    void aCommentLongerThanTheMetastoreStoresIsRefusedNamingTheColumn() {
        assertThatThrownBy(() -> withComment("x".repeat(257)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gold.t.c")
                .hasMessageContaining("257");
    }

    @Test
    void everyTableOfTheProductFitsTheMetastore() {
        // Building the catalog runs the guard for every column; a failure names the column.
        assertThat(Tables.all()).isNotEmpty();
    }
}

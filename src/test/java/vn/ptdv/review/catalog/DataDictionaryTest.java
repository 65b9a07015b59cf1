package vn.ptdv.review.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The data dictionary page (src/site/markdown/data-dictionary.md) is, byte for byte, the one generated from
 * the code. To refresh it after a schema change: {@code mvn test -Dtest=DataDictionaryTest -Dreadme.update=true}.
 */
class DataDictionaryTest {
    static final Path PAGE = Path.of(DataDictionary.PAGE);
    static final Path README = Path.of("README.md");

    @Test
    void thePageIsTheGeneratedDataDictionary() throws Exception {
        String generated = DataDictionary.markdown();
        String page = Files.exists(PAGE) ? Files.readString(PAGE, StandardCharsets.UTF_8) : null;
        if (Boolean.getBoolean("readme.update") && !generated.equals(page)) {
            Files.createDirectories(PAGE.getParent());
            Files.writeString(PAGE, generated, StandardCharsets.UTF_8);
            page = generated;
        }
        assertThat(page).as(PAGE + " exists: run mvn test -Dtest=DataDictionaryTest -Dreadme.update=true").isNotNull();
        assertThat(page).as(PAGE + " is out of date: run mvn test -Dtest=DataDictionaryTest -Dreadme.update=true")
                .isEqualTo(generated);
    }

    @Test
    void readmeLinksToThePageAndHoldsNoCopy() throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        assertThat(readme).as("README.md links to the data dictionary").contains("(" + DataDictionary.PAGE + ")");
        assertThat(readme).as("README.md holds no second copy of a table's columns").doesNotContain("### `silver.members`");
    }

    @Test
    void everyTableColumnHasAComment() {
        for (TableDef t : Tables.all()) {
            for (var f : t.schema().fields()) {
                assertThat(f.getComment().isDefined()).as(t.qualified() + "." + f.name() + " has a comment").isTrue();
            }
            assertThat(t.grain()).isNotBlank();
        }
    }
}

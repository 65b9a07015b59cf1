package vn.ptdv.review.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * README.md's data dictionary is the one generated from the code. To refresh it after a schema
 * change: {@code mvn test -Dtest=DataDictionaryTest -Dreadme.update=true}.
 */
class DataDictionaryTest {
    static final Path README = Path.of("README.md");

    @Test
    void readmeEmbedsTheGeneratedDataDictionary() throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf(DataDictionary.START);
        int end = readme.indexOf(DataDictionary.END);
        assertThat(start).as("README.md has the data dictionary start marker").isGreaterThanOrEqualTo(0);
        assertThat(end).as("README.md has the data dictionary end marker").isGreaterThan(start);
        String generated = "\n" + DataDictionary.markdown();
        String embedded = readme.substring(start + DataDictionary.START.length(), end);
        if (Boolean.getBoolean("readme.update") && !embedded.equals(generated)) {
            Files.writeString(README, readme.substring(0, start + DataDictionary.START.length()) + generated + readme.substring(end),
                    StandardCharsets.UTF_8);
            embedded = generated;
        }
        assertThat(embedded).as("README.md's data dictionary is out of date: run mvn test -Dtest=DataDictionaryTest -Dreadme.update=true")
                .isEqualTo(generated);
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

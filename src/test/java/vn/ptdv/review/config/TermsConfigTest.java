package vn.ptdv.review.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.typesafe.config.ConfigFactory;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ptdv.review.domain.Term;

/** review.compute.terms: Da Nang's by default, replaced by a file's list, and a bad entry named by its index. */
class TermsConfigTest {
    static ReviewConfig with(String hocon) {
        return ReviewConfig.from(ConfigFactory.parseString(hocon).withFallback(ConfigFactory.defaultReference()).resolve());
    }

    @Test
    void byDefaultTheTermsAreDaNangsFromItsCongressDates() {
        assertThat(with("").terms()).containsExactly(
                new Term("2020-2025", LocalDate.parse("2020-10-20"), LocalDate.parse("2025-09-15")),
                new Term("2025-2030", LocalDate.parse("2025-09-16"), LocalDate.parse("2030-09-15")));
        assertThat(ReviewConfig.referenceTerms()).isEqualTo(with("").terms());
    }

    @Test
    void aConfiguredListReplacesTheDefaultsAndIsOrderedByStart() {
        ReviewConfig c = with("review.compute.terms = ["
                + "{name = \"2020-2025\", start = \"2020-10-15\", end = \"2025-10-14\"},"
                + "{name = \"2015-2020\", start = \"2015-10-10\", end = \"2020-10-14\"}]");
        assertThat(c.terms()).extracting(Term::name).containsExactly("2015-2020", "2020-2025");
        assertThat(c.withSparkSettings(java.util.Map.of()).terms()).isEqualTo(c.terms());
    }

    @Test
    void anEmptyListMeansNoTermRows() {
        assertThat(with("review.compute.terms = []").terms()).isEmpty();
    }

    @Test
    void aBadDateIsRefusedNamingTheEntry() {
        assertThatThrownBy(() -> with("review.compute.terms = [{name = \"A\", start = \"2020-13-01\", end = \"2025-01-01\"}]"))
                .hasMessageContaining("review.compute.terms[0]")
                .hasMessageContaining("2020-13-01");
    }

    @Test
    void aMissingFieldIsRefusedNamingTheEntry() {
        assertThatThrownBy(() -> with("review.compute.terms = [{name = \"A\", start = \"2020-01-01\", end = \"2025-01-01\"},"
                + " {name = \"B\", start = \"2025-01-02\"}]"))
                .hasMessageContaining("review.compute.terms[1]")
                .hasMessageContaining("end");
    }

    @Test
    void overlappingTermsAreRefusedNamingTheSetting() {
        assertThatThrownBy(() -> with("review.compute.terms = [{name = \"A\", start = \"2020-01-01\", end = \"2025-01-01\"},"
                + " {name = \"B\", start = \"2024-01-01\", end = \"2029-01-01\"}]"))
                .hasMessageContaining("review.compute.terms: terms A and B overlap");
    }
}

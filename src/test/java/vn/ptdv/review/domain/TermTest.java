package vn.ptdv.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermTest {
    static Term term(String name, String start, String end) {
        return new Term(name, LocalDate.parse(start), LocalDate.parse(end));
    }

    @Test
    void termsAreOrderedByStartAndFoundByDay() {
        Term a = term("2015-2020", "2015-10-14", "2020-10-19");
        Term b = term("2020-2025", "2020-10-20", "2025-09-15");
        List<Term> ordered = Term.ordered(List.of(b, a));
        assertThat(ordered).containsExactly(a, b);
        assertThat(Term.containing(ordered, LocalDate.parse("2020-10-19"))).contains(a);   // last day of a
        assertThat(Term.containing(ordered, LocalDate.parse("2020-10-20"))).contains(b);   // first day of b
        assertThat(Term.before(ordered, b)).contains(a);
        assertThat(Term.before(ordered, a)).isEmpty();
    }

    @Test
    void overlappingTermsAreRefused() {
        assertThatThrownBy(() -> Term.ordered(List.of(term("A", "2015-10-14", "2020-10-20"), term("B", "2020-10-20", "2025-09-15"))))
                .hasMessageContaining("terms A and B overlap");
    }

    @Test
    void twoTermsOfOneNameAreRefused() {
        assertThatThrownBy(() -> Term.ordered(List.of(term("A", "2010-01-01", "2010-12-31"), term("A", "2015-01-01", "2015-12-31"))))
                .hasMessageContaining("two terms are named A");
    }

    @Test
    void aTermEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> term("X", "2020-10-20", "2020-10-19")).hasMessageContaining("not after its start");
    }
}

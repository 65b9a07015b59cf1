package vn.ptdv.review.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CsvLineTest {
    @Test
    void splitsPlainFieldsKeepingEmptyOnes() throws Exception {
        assertThat(CsvLine.split("a,,c,")).containsExactly("a", "", "c", "");
    }

    @Test
    void quotedFieldMayHoldSeparatorsAndDoubledQuotes() throws Exception {
        assertThat(CsvLine.split("\"Hải Châu, Đà Nẵng\",\"say \"\"hi\"\"\",x"))
                .containsExactly("Hải Châu, Đà Nẵng", "say \"hi\"", "x");
    }

    @Test
    void unclosedQuoteIsAnErrorNamingTheField() {
        assertThatThrownBy(() -> CsvLine.split("a,\"b,c"))
                .isInstanceOf(CsvLine.MalformedLineException.class)
                .hasMessage("field 2: quote is not closed before the end of the line");
    }

    @Test
    void textAfterClosingQuoteIsAnError() {
        assertThatThrownBy(() -> CsvLine.split("\"a\"b,c"))
                .hasMessage("field 1: text after the closing quote");
    }

    @Test
    void quoteInsideUnquotedFieldIsAnError() {
        assertThatThrownBy(() -> CsvLine.split("a,b\"c"))
                .hasMessage("field 2: quote inside an unquoted field");
    }

    @Test
    void cleanRemovesByteOrderMarkAndCarriageReturn() {
        assertThat(CsvLine.clean("\uFEFFunit_code,unit_name\r")).isEqualTo("unit_code,unit_name");
    }
}

package vn.ptdv.review.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;
import vn.ptdv.review.sample.SampleGenerator.Scale;

class ScaleConverterTest {
    @Test
    void readsEachScaleByItsLowerCaseName() {
        ScaleConverter c = new ScaleConverter();
        assertThat(c.convert("province")).isEqualTo(Scale.PROVINCE);
        assertThat(c.convert("national")).isEqualTo(Scale.NATIONAL);
        assertThat(c.convert("x10")).isEqualTo(Scale.X10);
    }

    @Test
    void anUnknownScaleNamesTheAvailableOnes() {
        assertThatThrownBy(() -> new ScaleConverter().convert("world"))
                .isInstanceOf(TypeConversionException.class)
                .hasMessage("unknown scale 'world'; available: province, national, x10");
    }
}

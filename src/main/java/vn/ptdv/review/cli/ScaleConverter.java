package vn.ptdv.review.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import vn.ptdv.review.sample.SampleGenerator;

/** Reads --scale in lower case (province). */
final class ScaleConverter implements ITypeConverter<SampleGenerator.Scale> {
    @Override
    public SampleGenerator.Scale convert(String value) {
        try {
            return SampleGenerator.Scale.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("unknown scale '" + value + "'; available: " + String.join(", ", new Names()));
        }
    }

    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            List<String> names = new ArrayList<>();
            for (SampleGenerator.Scale s : SampleGenerator.Scale.values()) names.add(s.name().toLowerCase(Locale.ROOT));
            return names.iterator();
        }
    }
}

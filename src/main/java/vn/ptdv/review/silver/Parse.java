package vn.ptdv.review.silver;

import static org.apache.spark.sql.functions.*;

import java.text.Normalizer;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * Typed values from raw text columns. Blank text is null; text is trimmed and put in Unicode NFC, so
 * names typed with combining accents (NFD) compare equal to precomposed ones. A value that does not
 * parse becomes null here, and the matching {@code invalid...} column says so for the rules.
 */
public final class Parse {
    private Parse() {}

    /** Prefix of the raw (as received) copy of each source column while a row is validated. */
    public static final String RAW = "raw_";

    public static final UserDefinedFunction NFC = udf(
            (UDF1<String, String>) s -> s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC),
            DataTypes.StringType);

    /** Whole numbers only: Spark's own cast would turn "1.381" (a Vietnamese thousands dot) into 1. */
    static final String WHOLE_NUMBER = "^[+-]?[0-9]{1,18}$";
    static final String DECIMAL_NUMBER = "^[+-]?[0-9]{1,12}(\\.[0-9]{1,6})?$";

    public static Column raw(String column) {
        return col(RAW + column);
    }

    public static Column text(String column) {
        Column t = trim(raw(column));
        return when(t.equalTo(""), lit(null).cast("string")).otherwise(NFC.apply(t));
    }

    /** An accepted-values code: trimmed, upper case. */
    public static Column code(String column) {
        return upper(text(column));
    }

    /**
     * An accepted-values code read through {@code vocabulary} (normalised word to code, as {@link
     * vn.ptdv.review.sources.SourceMapping#vocabulary} gives it): a word as its code, any other text trimmed
     * and upper case, for the rules to accept or name.
     */
    public static Column code(String column, java.util.Map<String, String> vocabulary) {
        if (vocabulary.isEmpty()) return code(column);
        // Compared as the mapping normalises: lower case, runs of white space as one (text() trims and NFCs).
        Column word = lower(regexp_replace(text(column), "\\s+", " "));
        Column mapped = null;
        for (java.util.Map.Entry<String, String> e : new java.util.TreeMap<>(vocabulary).entrySet()) {
            mapped = mapped == null ? when(word.equalTo(e.getKey()), e.getValue()) : mapped.when(word.equalTo(e.getKey()), e.getValue());
        }
        return coalesce(mapped, code(column));
    }

    public static Column date(String column, String pattern) {
        return to_date(text(column), pattern);
    }

    /** The date of the first of {@code formats} that parses the text. */
    public static Column date(String column, DateFormats formats) {
        List<Column> parsed = formats.patterns().stream().map(p -> date(column, p)).toList();
        return parsed.size() == 1 ? parsed.get(0) : coalesce(parsed.toArray(Column[]::new));
    }

    public static Column invalidDate(String column, String pattern) {
        return text(column).isNotNull().and(date(column, pattern).isNull());
    }

    public static Column invalidDate(String column, DateFormats formats) {
        return text(column).isNotNull().and(date(column, formats).isNull());
    }

    public static Column wholeNumber(String column) {
        return when(text(column).rlike(WHOLE_NUMBER), text(column).cast("long"));
    }

    public static Column invalidWholeNumber(String column) {
        return text(column).isNotNull().and(not(text(column).rlike(WHOLE_NUMBER)));
    }

    public static Column decimalNumber(String column) {
        return when(text(column).rlike(DECIMAL_NUMBER), text(column).cast("decimal(18,6)"));
    }

    public static Column invalidDecimalNumber(String column) {
        return text(column).isNotNull().and(not(text(column).rlike(DECIMAL_NUMBER)));
    }

    /** Whether {@code value} is non-null and not among {@code accepted}. */
    public static Column notAccepted(Column value, Enum<?>[] accepted) {
        Object[] names = new Object[accepted.length];
        for (int i = 0; i < accepted.length; i++) names[i] = accepted[i].name();
        return value.isNotNull().and(not(value.isin(names)));
    }
}

package vn.ptdv.review.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import vn.ptdv.review.bronze.BronzeReader;
import vn.ptdv.review.catalog.Col;
import vn.ptdv.review.catalog.Tables;
import vn.ptdv.review.silver.DateFormats;
import vn.ptdv.review.silver.Pseudonyms;
import vn.ptdv.review.silver.SilverContext;
import vn.ptdv.review.silver.SilverSpec;
import vn.ptdv.review.silver.Validated;
import vn.ptdv.review.silver.Validation;
import vn.ptdv.review.sources.CheckedSourceFile;
import vn.ptdv.review.sources.SourceDrop;
import vn.ptdv.review.sources.SourceEncoding;
import vn.ptdv.review.sources.SourceMapping;

/** Runs one source file's text through the real bronze reader and validation, without Delta. */
public final class ValidationHarness {
    public static final String SECRET = "test-secret";
    public static final LocalDate TODAY = LocalDate.of(2025, 1, 15);

    private final SparkSession spark = TestSpark.session();
    private final Path dir;
    private Dataset<Row> knownUnits;
    private Dataset<Row> knownMembers;
    private Dataset<Row> admissions;
    private String dateFormat = "yyyy-MM-dd";
    private SourceEncoding encoding = SourceEncoding.utf8();
    /** What the test's text is written in: the declared encoding when Java knows it. */
    private java.nio.charset.Charset bytesOfText = StandardCharsets.UTF_8;
    private List<vn.ptdv.review.domain.Term> terms = vn.ptdv.review.config.ReviewConfig.referenceTerms();
    private SourceMapping mapping = SourceMapping.contractOnly();

    public ValidationHarness(Path dir) {
        this.dir = dir;
        knownUnits = Frames.rows(Tables.SILVER_UNITS, List.of(Col.UNIT_CODE)).select(Col.UNIT_CODE);
        knownMembers = Frames.rows(Tables.SILVER_MEMBERS, List.of(Col.MEMBER_KEY)).select(Col.MEMBER_KEY, Col.ADMITTED_ON);
        admissions = Frames.rows(Tables.SILVER_EVENTS, List.of(Col.EVENT_ID)).select(Col.MEMBER_KEY, Col.EVENT_ID);
    }

    public ValidationHarness units(String... codes) {
        Object[][] rows = new Object[codes.length][];
        for (int i = 0; i < codes.length; i++) rows[i] = new Object[] {codes[i]};
        knownUnits = Frames.rows(Tables.SILVER_UNITS, List.of(Col.UNIT_CODE), rows).select(Col.UNIT_CODE);
        return this;
    }

    /**
     * Units known to silver with their validity and successor: rows of (unit_code, valid_from,
     * valid_to, successor_code), dates as ISO text or null.
     */
    public ValidationHarness unitsWithValidity(String[]... units) {
        Object[][] rows = new Object[units.length][];
        for (int i = 0; i < units.length; i++) {
            rows[i] = new Object[] {units[i][0], Frames.d(units[i][1]), Frames.d(units[i][2]), units[i][3]};
        }
        knownUnits = Frames.rows(Tables.SILVER_UNITS, List.of(Col.UNIT_CODE, Col.VALID_FROM, Col.VALID_TO, Col.SUCCESSOR_CODE), rows)
                .select(Col.UNIT_CODE, Col.VALID_FROM, Col.VALID_TO, Col.SUCCESSOR_CODE);
        return this;
    }

    /** Members known to silver: pairs of raw member id and admission date. */
    public ValidationHarness members(String... idAndDate) {
        Object[][] rows = new Object[idAndDate.length / 2][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new Object[] {key(idAndDate[2 * i]), Frames.d(idAndDate[2 * i + 1])};
        }
        knownMembers = Frames.rows(Tables.SILVER_MEMBERS, List.of(Col.MEMBER_KEY, Col.ADMITTED_ON), rows)
                .select(Col.MEMBER_KEY, Col.ADMITTED_ON);
        return this;
    }

    /** The congress terms term_targets.csv is checked against (default: reference.conf's). */
    public ValidationHarness terms(List<vn.ptdv.review.domain.Term> configured) {
        this.terms = configured;
        return this;
    }

    /** The source files' encoding as review.source.encoding names it; the test's text is written in it when Java knows it. */
    public ValidationHarness encoding(String name) {
        this.encoding = SourceEncoding.of(name);
        this.bytesOfText = java.nio.charset.Charset.isSupported(name) ? java.nio.charset.Charset.forName(name) : StandardCharsets.UTF_8;
        return this;
    }

    /** Header names, words and date patterns read through {@code sourceMapping} (default: the contract's own only). */
    public ValidationHarness mapping(SourceMapping sourceMapping) {
        this.mapping = sourceMapping;
        return this;
    }

    public ValidationHarness dateFormat(String pattern) {
        this.dateFormat = pattern;
        return this;
    }

    public static String key(String memberId) {
        return Pseudonyms.memberKey(SECRET.getBytes(StandardCharsets.UTF_8), memberId);
    }

    public Validated validate(SilverSpec spec, String csv) {
        return validate(spec, csv.getBytes(bytesOfText));
    }

    /** Validates a file of these bytes, decoded with the harness's encoding. */
    public Validated validate(SilverSpec spec, byte[] bytes) {
        Validated validated = Validation.validate(spec, bronze(spec, bytes), context(), "batch-test");
        validated.checked().cache(); // accepted and quarantined are read from it several times
        return validated;
    }

    /** The rows of a file with their own checks only ({@link Validation#rowChecks}): before repeated keys are looked for. */
    public Dataset<Row> rowChecks(SilverSpec spec, String csv) {
        return Validation.rowChecks(spec, bronze(spec, csv.getBytes(bytesOfText)), context());
    }

    /** Validates {@code xlsx}, the bytes of a workbook, as {@code spec}'s file. */
    public Validated validateWorkbook(SilverSpec spec, byte[] xlsx) {
        Validated validated = Validation.validate(spec, bronze(spec, xlsx, spec.source().tableName() + ".xlsx"), context(), "batch-test");
        validated.checked().cache();
        return validated;
    }

    private Dataset<Row> bronze(SilverSpec spec, byte[] bytes) {
        return bronze(spec, bytes, spec.source().fileName());
    }

    private Dataset<Row> bronze(SilverSpec spec, byte[] bytes, String fileName) {
        Path file = dir.resolve(fileName);
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CheckedSourceFile checked = SourceDrop.checkFile(spec.source(), file.toString(), spark.sparkContext().hadoopConfiguration(),
                encoding, dir.resolve("staging").toString(), mapping);
        return BronzeReader.read(spark, checked, "batch-test", Timestamp.valueOf("2025-01-15 10:00:00"));
    }

    private SilverContext context() {
        return new SilverContext(DateFormats.of(dateFormat, mapping.dateFormats()), TODAY, knownUnits, knownMembers, admissions,
                Pseudonyms.memberKeyFunction(SECRET), terms, mapping);
    }
}

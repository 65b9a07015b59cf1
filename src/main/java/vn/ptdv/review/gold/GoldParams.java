package vn.ptdv.review.gold;

import static vn.ptdv.review.catalog.Col.*;

import java.sql.Date;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import vn.ptdv.review.domain.PeriodKind;
import vn.ptdv.review.domain.Structure;
import vn.ptdv.review.domain.Term;

/**
 * What a compute is for: the as-of date, the first year of the comparison, how many empty complete
 * years make a unit dormant, and the unit structure the figures are shown on ({@link Structure};
 * REFERENCE unless said otherwise).
 *
 * <p>Periods: for each year Y from fromYear to the as-of year, YTD = 1 Jan Y to the as-of month and
 * day in Y (29 Feb becomes 28 Feb in a year without it), and FULL_YEAR = the calendar year, for years
 * complete at the as-of date (every earlier year, and the as-of year when the as-of is 31 Dec). With
 * congress terms configured, TERM_TO_DATE too ({@link TermToDate}).
 */
public record GoldParams(LocalDate asOf, int fromYear, int dormantYears, Structure structure, List<Term> terms) {
    public GoldParams {
        if (fromYear > asOf.getYear()) {
            throw new IllegalArgumentException("--from-year " + fromYear + " is after the as-of year " + asOf.getYear());
        }
        if (dormantYears < 1) {
            throw new IllegalArgumentException("dormant years must be >= 1, got " + dormantYears);
        }
        java.util.Objects.requireNonNull(structure, "structure");
        terms = Term.ordered(terms);
    }

    /** Without congress terms: calendar periods only. */
    public GoldParams(LocalDate asOf, int fromYear, int dormantYears, Structure structure) {
        this(asOf, fromYear, dormantYears, structure, List.of());
    }

    /** The same compute with the congress terms of {@code configured}. */
    public GoldParams withTerms(List<Term> configured) {
        return new GoldParams(asOf, fromYear, dormantYears, structure, configured);
    }

    /** The term period of this compute, when a configured term contains the as-of date. */
    public Optional<TermToDate> termToDate() {
        return TermToDate.of(this);
    }

    /** Every period of the gold tables: the calendar ones, then TERM_TO_DATE when there is a term. */
    public List<Period> reportedPeriods() {
        List<Period> all = new ArrayList<>(periods());
        termToDate().ifPresent(t -> all.add(t.period()));
        return all;
    }

    /** On the reference structure, with the default dormant years (review.compute.dormant-years). */
    public GoldParams(LocalDate asOf, int fromYear) {
        this(asOf, fromYear, vn.ptdv.review.config.ReviewConfig.DEFAULT_DORMANT_YEARS, Structure.REFERENCE);
    }

    /** On the reference structure. */
    public GoldParams(LocalDate asOf, int fromYear, int dormantYears) {
        this(asOf, fromYear, dormantYears, Structure.REFERENCE);
    }

    /** With the default dormant years (review.compute.dormant-years). */
    public GoldParams(LocalDate asOf, int fromYear, Structure structure) {
        this(asOf, fromYear, vn.ptdv.review.config.ReviewConfig.DEFAULT_DORMANT_YEARS, structure);
    }

    /**
     * Adds the columns that say which compute a gold row belongs to (as_of_date, structure). Every gold
     * table's rows get them here (directly or through the trend they are derived from).
     */
    public Dataset<Row> stamp(Dataset<Row> rows) {
        return rows.withColumn(AS_OF_DATE, functions.lit(Date.valueOf(asOf)))
                .withColumn(STRUCTURE, functions.lit(structure.name()));
    }

    /** This compute's rows in any gold table (the replaceWhere condition, and the readers' filter). */
    public String goldCondition() {
        return vn.ptdv.review.catalog.Tables.goldCondition(asOf, structure);
    }

    public int lastYear() {
        return asOf.getYear();
    }

    public List<Period> periods() {
        List<Period> periods = new ArrayList<>();
        MonthDay asOfDay = MonthDay.from(asOf);
        boolean yearComplete = asOf.getMonthValue() == 12 && asOf.getDayOfMonth() == 31;
        for (int y = fromYear; y <= asOf.getYear(); y++) {
            LocalDate start = LocalDate.of(y, 1, 1);
            LocalDate end = asOfDay.isValidYear(y) ? asOfDay.atYear(y) : LocalDate.of(y, 2, 28);
            periods.add(new Period(y, PeriodKind.YTD, start, end));
            if (y < asOf.getYear() || yearComplete) {
                periods.add(new Period(y, PeriodKind.FULL_YEAR, start, LocalDate.of(y, 12, 31)));
            }
        }
        return periods;
    }

    public static final StructType PERIOD_SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField(YEAR, DataTypes.IntegerType, false),
            DataTypes.createStructField(PERIOD, DataTypes.StringType, false),
            DataTypes.createStructField(PERIOD_START, DataTypes.DateType, false),
            DataTypes.createStructField(PERIOD_END, DataTypes.DateType, false)));

    /** The calendar periods as a (tiny) Dataset, to join with facts. */
    public Dataset<Row> periodsDataset(SparkSession spark) {
        return periodsDataset(spark, periods());
    }

    /** {@code periods} as a (tiny) Dataset, to join with facts. */
    public static Dataset<Row> periodsDataset(SparkSession spark, List<Period> periods) {
        List<Row> rows = new ArrayList<>();
        for (Period p : periods) {
            rows.add(RowFactory.create(p.year(), p.label(), Date.valueOf(p.start()), Date.valueOf(p.end())));
        }
        return spark.createDataFrame(rows, PERIOD_SCHEMA);
    }
}

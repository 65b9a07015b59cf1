package vn.ptdv.review.gold;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Column;
import vn.ptdv.review.catalog.Tables;

/**
 * The product's arithmetic on counts: exact decimal division, then rounding half-up (Spark's round on
 * decimals), rates to 2 decimals and ratios to 1. Counts are cast to decimal(12,0) so the quotient
 * keeps 13 decimals before rounding: no double rounding at any realistic size.
 */
public final class Measures {
    private Measures() {}

    static Column exact(Column count) {
        return count.cast("decimal(12,0)");
    }

    /** 100 × part / whole, 2 decimals half-up; null when whole is null or 0. */
    public static Column ratePct(Column part, Column whole) {
        return when(whole.gt(0), round(exact(part).multiply(100).divide(exact(whole)), 2)).cast(Tables.RATE);
    }

    /** 100 × part / whole, 1 decimal half-up; null when whole is null or 0. */
    public static Column ratioPct(Column part, Column whole) {
        return when(whole.gt(0), round(exact(part).multiply(100).divide(exact(whole)), 1)).cast(Tables.RATIO);
    }

    /** 100 × part / whole for decimal inputs (rates against rate targets), 1 decimal half-up. */
    public static Column ratioOfDecimalsPct(Column part, Column whole) {
        return when(whole.gt(0), round(part.cast("decimal(12,4)").multiply(100).divide(whole.cast("decimal(12,4)")), 1))
                .cast(Tables.RATIO);
    }
}

package vn.ptdv.review.gold;

import static org.apache.spark.sql.functions.*;
import static vn.ptdv.review.catalog.Col.*;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.ptdv.review.domain.MembersAtStartSource;
import vn.ptdv.review.util.ScalaSeq;

/**
 * The denominator of the admission rate: members, probationary included, at the start of 1 January of
 * each year, for every unit. In order of precedence: the total the unit reported
 * (membership_counts), else the count from the roster (spells open at the start of 1 January in the
 * unit's subtree; zero counts as unknown), else the sum over its children.
 *
 * <p>"At the start of 1 January" means as at the end of 31 December: a member admitted on 1 January
 * counts as an admission of that year, not in its start; one who left on 1 January still counts. So
 * members_at_start of Y+1 = members_at_start of Y + joined in Y - left in Y.
 */
public final class MembersAtStart {
    private MembersAtStart() {}

    /** The unit's reported total, kept beside the resolved value. */
    public static final String REPORTED = "reported_members";
    /** The roster's count (null when zero), kept beside the resolved value. */
    public static final String ROSTER = "roster_members";

    /** Roster members per unit (every level) and year, from spells. */
    public static Dataset<Row> fromRoster(Dataset<Row> spells, Dataset<Row> ancestors, int fromYear, int lastYear) {
        return fromRoster(spells, ancestors, fromYear, lastYear, null);
    }

    /**
     * As above, with each recorded unit's count first restated onto the structure of {@code mapping}
     * as of 31 December of the year before ({@link StructureView#restate}; null = as recorded).
     */
    public static Dataset<Row> fromRoster(Dataset<Row> spells, Dataset<Row> ancestors, int fromYear, int lastYear,
                                          Dataset<Row> mapping) {
        // A spell [from, to) counts at the start of 1 Jan Y when from < 1 Jan Y <= to: Y in (year(from), year(to)].
        Column lo = greatest(year(col(MemberSpells.SPELL_FROM)).plus(1), lit(fromYear));
        Column hi = least(coalesce(year(col(MemberSpells.SPELL_TO)), lit(lastYear)), lit(lastYear));
        Dataset<Row> perCell = StructureView.restate(spells
                        .where(lo.leq(hi))
                        .select(col(UNIT_CODE), explode(sequence(lo, hi)).as(YEAR))
                        .groupBy(UNIT_CODE, YEAR).agg(count(lit(1)).as("_n")),
                mapping, make_date(col(YEAR).minus(1), lit(12), lit(31)), java.util.List.of(YEAR), "_n");
        return perCell.join(ancestors, UNIT_CODE)
                .groupBy(col(ANCESTOR_CODE).as(UNIT_CODE), col(YEAR))
                .agg(sum("_n").as("roster_members"));
    }

    /**
     * Resolves members_at_start and its source for every unit × year in range.
     *
     * @param units    silver units (unit_code, parent_code)
     * @param depths   unit_code, distance (depth from the root)
     * @param roster   unit_code, year, roster_members (from {@link #fromRoster})
     * @param reported silver membership_counts (unit_code, year, members_at_start)
     */
    public static Dataset<Row> resolve(Dataset<Row> units, Dataset<Row> depths, Dataset<Row> roster, Dataset<Row> reported,
                                       int fromYear, int lastYear, int maxDepth) {
        Dataset<Row> grid = units.select(UNIT_CODE, PARENT_CODE)
                .join(depths, UNIT_CODE)
                .crossJoin(org.apache.spark.sql.SparkSession.active().range(fromYear, lastYear + 1L)
                        .select(col("id").cast("int").as(YEAR)))
                .join(roster, ScalaSeq.of(UNIT_CODE, YEAR), "left")
                .join(reported.select(col(UNIT_CODE), col(YEAR), col(MEMBERS_AT_START).cast("long").as("reported_members")),
                        ScalaSeq.of(UNIT_CODE, YEAR), "left")
                .withColumn("roster_members", when(col("roster_members").gt(0), col("roster_members")))
                .localCheckpoint();
        Dataset<Row> resolved = null;
        for (int depth = maxDepth; depth >= 0; depth--) {
            Dataset<Row> level = grid.where(col(UnitTree.DISTANCE).equalTo(depth));
            if (resolved != null) {
                Dataset<Row> childSums = resolved.groupBy(col(PARENT_CODE).as("_parent"), col(YEAR).as("_year"))
                        .agg(sum(MEMBERS_AT_START).as("children_members"));
                level = level.join(childSums, col(UNIT_CODE).equalTo(col("_parent")).and(col(YEAR).equalTo(col("_year"))), "left");
            } else {
                level = level.withColumn("children_members", lit(null).cast("long"));
            }
            Dataset<Row> thisLevel = level.select(col(UNIT_CODE), col(PARENT_CODE), col(YEAR),
                    col(REPORTED), col(ROSTER),
                    coalesce(col("reported_members"), col("roster_members"), col("children_members")).as(MEMBERS_AT_START),
                    when(col("reported_members").isNotNull(), lit(MembersAtStartSource.REPORTED.name()))
                            .when(col("roster_members").isNotNull(), lit(MembersAtStartSource.ROSTER.name()))
                            .when(col("children_members").isNotNull(), lit(MembersAtStartSource.CHILDREN.name()))
                            .as(MEMBERS_AT_START_SOURCE)).localCheckpoint();
            resolved = resolved == null ? thisLevel : resolved.union(thisLevel).localCheckpoint();
        }
        return resolved.select(UNIT_CODE, YEAR, MEMBERS_AT_START, MEMBERS_AT_START_SOURCE, REPORTED, ROSTER);
    }

    /** Unit-years whose reported total differs from the roster's count: the report wins, the gap is shown. */
    public static Dataset<Row> reportedVsRoster(Dataset<Row> resolved) {
        return resolved.where(col(REPORTED).isNotNull().and(col(ROSTER).isNotNull()).and(col(REPORTED).notEqual(col(ROSTER))))
                .select(col(UNIT_CODE), col(YEAR), col(REPORTED), col(ROSTER), col(REPORTED).minus(col(ROSTER)).as("difference"))
                .orderBy(col(YEAR), col(UNIT_CODE));
    }
}

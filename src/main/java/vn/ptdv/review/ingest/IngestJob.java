package vn.ptdv.review.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.storage.StorageLevel;
import vn.ptdv.review.bronze.BronzeReader;
import vn.ptdv.review.catalog.Col;
import vn.ptdv.review.catalog.SourceFile;
import vn.ptdv.review.catalog.TableDef;
import vn.ptdv.review.catalog.Tables;
import vn.ptdv.review.catalog.Warehouse;
import vn.ptdv.review.config.ConfigKeys;
import vn.ptdv.review.config.ReviewConfig;
import vn.ptdv.review.domain.EventType;
import vn.ptdv.review.quality.SilverChecks;
import vn.ptdv.review.silver.CandidatesSpec;
import vn.ptdv.review.silver.EventsSpec;
import vn.ptdv.review.silver.MembersSpec;
import vn.ptdv.review.silver.MembershipCountsSpec;
import vn.ptdv.review.silver.Pseudonyms;
import vn.ptdv.review.silver.SilverContext;
import vn.ptdv.review.silver.SilverInputs;
import vn.ptdv.review.silver.SilverSpec;
import vn.ptdv.review.silver.TargetsSpec;
import vn.ptdv.review.silver.UnitLineageSpec;
import vn.ptdv.review.silver.UnitsSpec;
import vn.ptdv.review.silver.Validated;
import vn.ptdv.review.silver.Validation;
import vn.ptdv.review.sources.CheckedSourceFile;
import vn.ptdv.review.sources.SourceDrop;
import vn.ptdv.review.spark.JobLabels;
import vn.ptdv.review.util.Progress;

/**
 * Ingests a source drop: bronze (as received), then silver (typed, validated, deduplicated, merged on
 * natural keys) and quarantine (every rejected row with its reasons). Files go in dependency order:
 * units before everything that names a unit, members before the events that name a member.
 * Idempotent: a file already in bronze is not read again, and a MERGE is only made when some row
 * changed, so ingesting the same drop twice leaves every table at its version.
 */
public final class IngestJob {
    /** Ingest order: what is referenced comes before what references it. */
    static final List<SilverSpec> SPECS = List.of(new UnitsSpec(), new UnitLineageSpec(), new MembersSpec(), new EventsSpec(),
            new TargetsSpec(), new MembershipCountsSpec(), new CandidatesSpec());

    private final Warehouse warehouse;
    private final ReviewConfig config;

    public IngestJob(Warehouse warehouse, ReviewConfig config) {
        this.warehouse = warehouse;
        this.config = config;
    }

    public List<FileAccounting> run(String sourceDirectory) {
        SparkSession spark = warehouse.spark();
        Instant now = Instant.now();
        String batchId = "ingest-" + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneId.of("UTC")).format(now)
                + "-" + UUID.randomUUID().toString().substring(0, 8);
        // Files in another encoding than UTF-8 are copied as UTF-8 here for Spark, and removed at the end.
        String staging = config.warehouse() + "/_staging/" + batchId;
        try {
            return run(sourceDirectory, batchId, now, staging);
        } finally {
            deleteQuietly(staging);
        }
    }

    void deleteQuietly(String path) {
        try {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
            p.getFileSystem(warehouse.spark().sparkContext().hadoopConfiguration()).delete(p, true);
        } catch (java.io.IOException e) {
            Progress.say("could not remove the staging directory %s: %s", path, e.getMessage());
        }
    }

    List<FileAccounting> run(String sourceDirectory, String batchId, Instant now, String staging) {
        SparkSession spark = warehouse.spark();
        // Every file-level problem stops the run here, before any table changes.
        SourceDrop drop = SourceDrop.open(sourceDirectory, spark.sparkContext().hadoopConfiguration(),
                java.nio.charset.Charset.forName(config.sourceEncoding()), staging);
        String secret = pseudonymKey(drop);
        Progress.say("source %s: %s", drop.directory(),
                String.join(", ", drop.files().stream().map(f -> f.file().fileName() + " (" + Progress.count(f.lines() - 1) + " lines)").toList()));

        List<TableDef> tables = new ArrayList<>();
        for (SourceFile f : SourceFile.values()) tables.add(Tables.bronze(f));
        tables.addAll(Tables.SILVER_ALL);
        tables.add(Tables.QUARANTINE_ROWS);
        warehouse.ensureTables(tables);

        Timestamp ingestedAt = Timestamp.from(now);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        Progress.say("batch %s", batchId);

        List<FileAccounting> accounting = new ArrayList<>();
        for (SilverSpec spec : SPECS) {
            if (!drop.has(spec.source())) {
                Progress.say("%s: not in the drop (optional), skipped", spec.source().fileName());
                continue;
            }
            CheckedSourceFile file = drop.get(spec.source());
            String group = spec.table().qualified();
            FileAccounting result = JobLabels.labelled(spark, group, "ingest " + file.path(),
                    () -> ingestFile(spec, file, batchId, ingestedAt, today, secret));
            Progress.say("%s", result.line());
            accounting.add(result);
        }
        long quarantined = accounting.stream().mapToLong(FileAccounting::quarantined).sum();
        if (quarantined == 0) {
            Progress.say("quarantine: no rows rejected");
        } else {
            Progress.say("quarantine: %s row(s) rejected; see them with: jobs/review sql --personal-data"
                    + " \"SELECT * FROM %s WHERE %s IN (%s)\"", Progress.count(quarantined), Tables.QUARANTINE_ROWS.qualified(),
                    Col.SOURCE_SHA256, String.join(", ", drop.files().stream().map(f -> "'" + f.sha256() + "'").toList()));
            for (FileAccounting a : accounting) {
                a.reasons().forEach((reason, n) -> Progress.say("  %-22s %-24s %s", a.file().fileName(), reason, Progress.count(n)));
            }
        }
        JobLabels.labelled(spark, "silver.checks", "data tests on the silver tables", () -> SilverChecks.verify(silver()));
        Progress.say("silver data tests passed");
        return accounting;
    }

    SilverInputs silver() {
        return new SilverInputs(warehouse.read(Tables.SILVER_UNITS), warehouse.read(Tables.SILVER_MEMBERS),
                warehouse.read(Tables.SILVER_EVENTS), warehouse.read(Tables.SILVER_TARGETS),
                warehouse.read(Tables.SILVER_MEMBERSHIP_COUNTS), warehouse.read(Tables.SILVER_CANDIDATES),
                warehouse.read(Tables.SILVER_UNIT_LINEAGE));
    }

    String pseudonymKey(SourceDrop drop) {
        if (config.pseudonymKey().isPresent()) {
            return config.pseudonymKey().get();
        }
        if (drop.isSample()) {
            return Pseudonyms.SAMPLE_KEY;
        }
        throw new IllegalArgumentException("no pseudonymisation key: set the environment variable REVIEW_PSEUDONYM_KEY"
                + " (or " + ConfigKeys.PSEUDONYM_KEY + " in a configuration file that is not committed)."
                + " Only the generated sample may be ingested without one.");
    }

    FileAccounting ingestFile(SilverSpec spec, CheckedSourceFile file, String batchId, Timestamp ingestedAt,
                              LocalDate today, String secret) {
        SparkSession spark = warehouse.spark();
        TableDef bronze = Tables.bronze(spec.source());
        boolean already = !warehouse.read(bronze).where(col(Col.SOURCE_SHA256).equalTo(file.sha256())).isEmpty();
        if (!already) {
            warehouse.appendAllowingNewColumns(bronze, BronzeReader.read(spark, file, batchId, ingestedAt));
        }
        // This file's rows, with its own columns only (the bronze table may carry other files' extras).
        List<Column> columns = new ArrayList<>();
        for (StructField f : BronzeReader.schemaFor(file).fields()) columns.add(col(f.name()));
        Dataset<Row> rows = warehouse.read(bronze).where(col(Col.SOURCE_SHA256).equalTo(file.sha256()))
                .select(columns.toArray(Column[]::new));

        SilverContext context = new SilverContext(config.sourceDateFormat(), today,
                // The validity and successor of each unit: unit_lineage.csv is checked against them.
                warehouse.read(Tables.SILVER_UNITS).select(Col.UNIT_CODE, Col.VALID_FROM, Col.VALID_TO, Col.SUCCESSOR_CODE),
                warehouse.read(Tables.SILVER_MEMBERS).select(Col.MEMBER_KEY, Col.ADMITTED_ON),
                warehouse.read(Tables.SILVER_EVENTS).where(col(Col.EVENT_TYPE).equalTo(lit(EventType.ADMITTED.name())))
                        .select(Col.MEMBER_KEY, Col.EVENT_ID),
                Pseudonyms.memberKeyFunction(secret));
        Validated validated = Validation.validate(spec, rows, context, batchId);
        Dataset<Row> checked = validated.checked().persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Map<String, Long> byStatus = new HashMap<>();
            for (Row r : checked.groupBy(Validation.STATUS).count().collectAsList()) {
                byStatus.put(r.getString(0), r.getLong(1));
            }
            long accepted = byStatus.getOrDefault(Validation.ACCEPTED, 0L);
            long duplicates = byStatus.getOrDefault(Validation.DUPLICATE, 0L);
            long quarantined = byStatus.getOrDefault(Validation.QUARANTINED, 0L);
            java.util.SortedMap<String, Long> reasons = new java.util.TreeMap<>();
            if (quarantined > 0) {
                for (Row r : validated.quarantined().groupBy(Col.REASON_CODE).count().collectAsList()) {
                    reasons.put(r.getString(0), r.getLong(1));
                }
                warehouse.insertNew(Tables.QUARANTINE_ROWS, validated.quarantined());
            }
            long changed = warehouse.mergeChanges(spec.table(), validated.accepted());
            return new FileAccounting(spec.source(), already, accepted + duplicates + quarantined,
                    accepted + duplicates, duplicates, quarantined, changed, reasons);
        } finally {
            checked.unpersist();
        }
    }
}

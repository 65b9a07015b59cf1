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
import java.util.Optional;
import java.util.UUID;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import vn.ptdv.review.bronze.BronzeReader;
import vn.ptdv.review.catalog.Col;
import vn.ptdv.review.catalog.SourceFile;
import vn.ptdv.review.catalog.TableDef;
import vn.ptdv.review.catalog.Tables;
import vn.ptdv.review.catalog.Warehouse;
import vn.ptdv.review.config.ConfigKeys;
import vn.ptdv.review.config.ReviewConfig;
import vn.ptdv.review.domain.EventType;
import vn.ptdv.review.domain.OfficeCalendar;
import vn.ptdv.review.quality.SilverChecks;
import vn.ptdv.review.silver.CandidatesSpec;
import vn.ptdv.review.silver.DateFormats;
import vn.ptdv.review.silver.EventsSpec;
import vn.ptdv.review.silver.MembersSpec;
import vn.ptdv.review.silver.MembershipCountsSpec;
import vn.ptdv.review.silver.Pseudonyms;
import vn.ptdv.review.silver.SilverContext;
import vn.ptdv.review.silver.SilverInputs;
import vn.ptdv.review.silver.SilverSpec;
import vn.ptdv.review.silver.TargetsSpec;
import vn.ptdv.review.silver.TermTargetsSpec;
import vn.ptdv.review.silver.UnitLineageSpec;
import vn.ptdv.review.silver.UnitsSpec;
import vn.ptdv.review.silver.Validated;
import vn.ptdv.review.silver.Validation;
import vn.ptdv.review.sources.CheckedSourceFile;
import vn.ptdv.review.sources.SourceDrop;
import vn.ptdv.review.sources.SourceEncoding;
import vn.ptdv.review.sources.SourceMapping;
import vn.ptdv.review.spark.JobLabels;
import vn.ptdv.review.util.Concurrently;
import vn.ptdv.review.util.Progress;

/**
 * Ingests a source drop: bronze (as received), then silver (typed, validated, deduplicated, merged on
 * natural keys) and quarantine (every rejected row with its reasons). Files go in dependency order:
 * units before everything that names a unit, members before the events that name a member.
 * Idempotent: a file already in bronze is not read again, and a MERGE is only made when some row
 * changed, so ingesting the same drop twice leaves every table at its version.
 */
public final class IngestJob {
    private static final SilverSpec UNITS = new UnitsSpec();
    private static final SilverSpec UNIT_LINEAGE = new UnitLineageSpec();
    private static final SilverSpec MEMBERS = new MembersSpec();
    private static final SilverSpec EVENTS = new EventsSpec();
    private static final SilverSpec TARGETS = new TargetsSpec();
    private static final SilverSpec TERM_TARGETS = new TermTargetsSpec();
    private static final SilverSpec MEMBERSHIP_COUNTS = new MembershipCountsSpec();
    private static final SilverSpec CANDIDATES = new CandidatesSpec();

    /**
     * Ingest order, in waves: every file of a wave is checked only against tables of earlier waves
     * (units against silver.units as it was; lineage, members, targets and counts against the units;
     * events and candidates against the units and members), so the files of one wave may be ingested at
     * once: on a cluster one file's planning and commits overlap another's tasks. (On the 2-core machine,
     * whose CPU a small drop already fills, it gained nothing measurable: see performance.md.)
     */
    static final List<List<SilverSpec>> WAVES = List.of(List.of(UNITS), List.of(UNIT_LINEAGE, MEMBERS, TARGETS, TERM_TARGETS, MEMBERSHIP_COUNTS),
            List.of(EVENTS, CANDIDATES));
    /** Every spec, in the order results are reported: what is referenced before what references it. */
    static final List<SilverSpec> SPECS = List.of(UNITS, UNIT_LINEAGE, MEMBERS, EVENTS, TARGETS, TERM_TARGETS, MEMBERSHIP_COUNTS,
            CANDIDATES);
    /** Files ingested at once within a wave. */
    static final int CONCURRENT_FILES = 2;
    /**
     * Repeated keys of a file held by the driver and sent with the plan: ten thousand are about a megabyte;
     * more (a file sent twice over) are joined by a shuffle instead.
     */
    static final int MAX_LOCAL_REPEATED_KEYS = 10_000;

    private final Warehouse warehouse;
    private final ReviewConfig config;
    private final SourceMapping mapping;
    private final SourceEncoding encoding;
    private final Object quarantineLock = new Object();

    /** With the source mapping of the configuration directory ({@link ReviewConfig#confDir}). */
    public IngestJob(Warehouse warehouse, ReviewConfig config) {
        this(warehouse, config, SourceMapping.load(ReviewConfig.confDir()));
    }

    public IngestJob(Warehouse warehouse, ReviewConfig config, SourceMapping mapping) {
        this.warehouse = warehouse;
        this.config = config;
        this.mapping = mapping;
        this.encoding = SourceEncoding.of(config.sourceEncoding());
    }

    public List<FileAccounting> run(String sourceDirectory) {
        SparkSession spark = warehouse.spark();
        Instant now = Instant.now();
        String batchId = "ingest-" + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneId.of("UTC")).format(now)
                + "-" + UUID.randomUUID().toString().substring(0, 8);
        // Each file's parsed and checked rows are staged here (and files in another encoding than UTF-8 copied as
        // UTF-8 for Spark); all removed at the end.
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
            org.apache.hadoop.fs.FileSystem fs = delete(p);
            // Every ingest now stages there: the warehouse keeps no empty _staging once no ingest runs.
            org.apache.hadoop.fs.Path parent = p.getParent();
            if (fs.exists(parent) && fs.listStatus(parent).length == 0) fs.delete(parent, false);
        } catch (java.io.IOException e) {
            Progress.say("could not remove the staging directory %s: %s", path, e.getMessage());
        }
    }

    /** Deletes {@code p} and all under it; returns its file system. */
    private org.apache.hadoop.fs.FileSystem delete(org.apache.hadoop.fs.Path p) throws java.io.IOException {
        org.apache.hadoop.fs.FileSystem fs = p.getFileSystem(warehouse.spark().sparkContext().hadoopConfiguration());
        fs.delete(p, true);
        return fs;
    }

    private void removeStaged(String path) {
        try {
            delete(new org.apache.hadoop.fs.Path(path));
        } catch (java.io.IOException e) {
            Progress.say("could not remove the staged rows %s (removed with the batch's staging directory): %s", path, e.getMessage());
        }
    }

    List<FileAccounting> run(String sourceDirectory, String batchId, Instant now, String staging) {
        SparkSession spark = warehouse.spark();
        // Every file-level problem stops the run here, before any table changes.
        SourceDrop drop = SourceDrop.open(sourceDirectory, spark.sparkContext().hadoopConfiguration(),
                encoding, staging, mapping);
        String secret = pseudonymKey(drop);
        Progress.say("source %s: %s", drop.directory(),
                String.join(", ", drop.files().stream().map(f -> f.name() + " (" + Progress.count(f.lines() - 1) + " lines"
                        + (f.encoding().equals(CheckedSourceFile.UTF_8) ? "" : ", " + f.encoding()) + ")").toList()));
        for (CheckedSourceFile f : drop.files()) {
            if (!f.renamed().isEmpty()) {
                Progress.say("  %s: columns read through %s: %s", f.name(), mapping.origin(), f.renamings());
            }
        }

        List<TableDef> tables = new ArrayList<>();
        for (SourceFile f : SourceFile.values()) tables.add(Tables.bronze(f));
        tables.addAll(Tables.SILVER_ALL);
        tables.add(Tables.QUARANTINE_ROWS);
        warehouse.ensureTables(tables);

        Timestamp ingestedAt = Timestamp.from(now);
        LocalDate today = OfficeCalendar.today();
        Progress.say("batch %s", batchId);

        Map<SilverSpec, FileAccounting> results = new HashMap<>();
        for (int w = 0; w < WAVES.size(); w++) {
            List<SilverSpec> wave = WAVES.get(w);
            SilverContext context = references(w + 1, today, secret, staging);
            List<SilverSpec> present = new ArrayList<>();
            List<java.util.concurrent.Callable<FileAccounting>> steps = new ArrayList<>();
            for (SilverSpec spec : wave) {
                if (!drop.has(spec.source())) {
                    Progress.say("%s: not in the drop (optional), skipped", spec.source().fileName());
                    continue;
                }
                present.add(spec);
                CheckedSourceFile file = drop.get(spec.source());
                steps.add(() -> {
                    FileAccounting result = JobLabels.labelled(spark, spec.table().qualified(), "ingest " + file.path(),
                            () -> ingestFile(spec, file, context, batchId, ingestedAt, staging));
                    Progress.say("%s", result.line()); // as each file ends: a wave's files may end in any order
                    return result;
                });
            }
            List<FileAccounting> done = Concurrently.run("ingest-file", CONCURRENT_FILES, steps);
            for (int i = 0; i < present.size(); i++) results.put(present.get(i), done.get(i));
        }
        List<FileAccounting> accounting = new ArrayList<>();
        for (SilverSpec spec : SPECS) {
            if (results.containsKey(spec)) accounting.add(results.get(spec));
        }
        long quarantined = accounting.stream().mapToLong(FileAccounting::quarantined).sum();
        if (quarantined == 0) {
            Progress.say("quarantine: no rows rejected");
        } else {
            Progress.say("quarantine: %s row(s) rejected; see them with: jobs/review sql --personal-data"
                    + " \"SELECT * FROM %s WHERE %s IN (%s)\"", Progress.count(quarantined), Tables.QUARANTINE_ROWS.qualified(),
                    Col.SOURCE_SHA256, String.join(", ", drop.files().stream().map(f -> "'" + f.sha256() + "'").toList()));
            for (FileAccounting a : accounting) {
                a.reasons().forEach((reason, n) -> Progress.say("  %-22s %-24s %s", a.name(), reason, Progress.count(n)));
            }
        }
        JobLabels.labelled(spark, "silver.checks", "data tests on the silver tables", () -> SilverChecks.verify(silver()));
        Progress.say("silver data tests passed");
        return accounting;
    }

    SilverInputs silver() {
        return new SilverInputs(warehouse.read(Tables.SILVER_UNITS), warehouse.read(Tables.SILVER_MEMBERS),
                warehouse.read(Tables.SILVER_EVENTS), warehouse.read(Tables.SILVER_TARGETS),
                warehouse.read(Tables.SILVER_MEMBERSHIP_COUNTS), Optional.of(warehouse.read(Tables.SILVER_CANDIDATES)),
                Optional.of(warehouse.read(Tables.SILVER_UNIT_LINEAGE)), Optional.of(warehouse.read(Tables.SILVER_TERM_TARGETS)));
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

    /**
     * What a wave's files are checked against, read once for the wave. A table that holds no rows yet (only
     * created) is an empty Dataset: no scan. The known units, read by every file of every wave (four times
     * within units.csv's own checks), are staged once per wave as Parquet; members and admissions, which
     * can be millions of rows, are read where they are.
     */
    SilverContext references(int wave, LocalDate today, String secret, String staging) {
        SparkSession spark = warehouse.spark();
        Dataset<Row> units = rowsOf(Tables.SILVER_UNITS, Col.UNIT_CODE, Col.VALID_FROM, Col.VALID_TO, Col.SUCCESSOR_CODE);
        if (!units.isLocal()) { // rows in silver (an empty table is a local, empty Dataset): staged once
            String knownUnitsAt = staging + "/known-units-wave-" + wave;
            stage(units, knownUnitsAt);
            units = spark.read().parquet(knownUnitsAt);
        }
        Dataset<Row> admissions = rowsOf(Tables.SILVER_EVENTS, Col.EVENT_TYPE, Col.MEMBER_KEY, Col.EVENT_ID)
                .where(col(Col.EVENT_TYPE).equalTo(lit(EventType.ADMITTED.name()))).select(Col.MEMBER_KEY, Col.EVENT_ID);
        return new SilverContext(DateFormats.of(config.sourceDateFormat(), mapping.dateFormats()), today, units,
                rowsOf(Tables.SILVER_MEMBERS, Col.MEMBER_KEY, Col.ADMITTED_ON), admissions,
                Pseudonyms.memberKeyFunction(secret), config.terms(), mapping);
    }

    /** {@code columns} of a silver table: its rows, or none without a scan while it holds none. */
    private Dataset<Row> rowsOf(TableDef table, String... columns) {
        if (!warehouse.onlyCreated(table)) {
            return warehouse.read(table).select(java.util.Arrays.stream(columns).map(org.apache.spark.sql.functions::col)
                    .toArray(Column[]::new));
        }
        List<StructField> fields = new ArrayList<>();
        for (String c : columns) fields.add(table.schema().apply(c));
        return warehouse.spark().createDataFrame(List.of(), org.apache.spark.sql.types.DataTypes.createStructType(fields));
    }

    /**
     * Writes rows the ingest reads back once or a few times and then deletes. Without Parquet's dictionary
     * encoding: the staged columns are mostly unique text (ids, keys, hashes, raw values), for which looking
     * every value up in a dictionary, until the dictionary gives up, cost a sixth of the checks of the
     * national roster (performance.md).
     */
    static void stage(Dataset<Row> rows, String path) {
        rows.write().mode(SaveMode.Overwrite).option(PARQUET_DICTIONARY, false).parquet(path);
    }

    /** Parquet's writer option for dictionary encoding (on by default). */
    static final String PARQUET_DICTIONARY = "parquet.enable.dictionary";

    /**
     * The rows of a file with their status ({@link Validation#withStatus}). Its repeated keys are counted first:
     * when there are none (almost always) the rows need no join at all and are read as staged. Otherwise the
     * keys are joined once (held by the driver and sent with the plan when at most {@code maxLocal}, by a
     * shuffle when more: a file sent twice over) and the rows with their status staged at {@code checkedAt},
     * so the tally, the quarantine and the merge do not each join again.
     */
    static Dataset<Row> withStatus(SilverSpec spec, Dataset<Row> rowChecks, String checkedAt, int maxLocal) {
        SparkSession spark = rowChecks.sparkSession();
        Dataset<Row> repeated = Validation.repeatedKeys(spec, rowChecks);
        List<Row> few = repeated.limit(maxLocal + 1).collectAsList();
        Dataset<Row> keys = few.size() <= maxLocal ? spark.createDataFrame(few, repeated.schema()) : repeated;
        Dataset<Row> checked = Validation.withStatus(spec, rowChecks, keys);
        if (few.isEmpty()) return checked;
        stage(checked, checkedAt);
        return spark.read().parquet(checkedAt);
    }

    /**
     * One file, parsed once: its rows as received are staged as Parquet, and bronze, the checks and the
     * accounting read them there (no read back of the bronze table). Each row's own checks are staged too, and
     * the keys repeated among them found by one aggregate ({@link #withStatus}): the tally, the quarantine and
     * the merge read those rows, so the checks run once.
     */
    FileAccounting ingestFile(SilverSpec spec, CheckedSourceFile file, SilverContext context, String batchId,
                              Timestamp ingestedAt, String staging) {
        SparkSession spark = warehouse.spark();
        TableDef bronze = Tables.bronze(spec.source());
        String receivedAt = staging + "/received-" + spec.source().tableName();
        stage(BronzeReader.read(spark, file, batchId, ingestedAt), receivedAt);
        // Read back in the file's bronze schema (with its column comments), as bronze gets it.
        Dataset<Row> received = spark.read().schema(BronzeReader.schemaFor(file)).parquet(receivedAt);
        // Idempotent: a file already in bronze (the same bytes) is not appended again. A new bronze table
        // cannot hold it, which its log says without a scan.
        boolean already = !warehouse.onlyCreated(bronze)
                && !warehouse.read(bronze).where(col(Col.SOURCE_SHA256).equalTo(file.sha256())).isEmpty();
        if (!already) {
            warehouse.appendAllowingNewColumns(bronze, received);
        }
        // The rows' own checks are made once and staged, compressed, beside the batch; what is looked for
        // across rows (repeated keys) is one narrow aggregate over them (withStatus). The tally, the quarantine
        // and the merge read staged rows. A cache would keep the whole validation plan inside each of their
        // plans (planned and rendered again each time), and spill uncompressed to scratch disk at scale.
        String rowChecksAt = staging + "/row-checks-" + spec.source().tableName();
        stage(Validation.rowChecks(spec, received, context), rowChecksAt);
        String checkedAt = staging + "/checked-" + spec.source().tableName();
        Dataset<Row> checked = withStatus(spec, spark.read().parquet(rowChecksAt), checkedAt, MAX_LOCAL_REPEATED_KEYS);
        Validated validated = Validation.outcome(spec, checked, batchId);
        Validation.Tally tally = Validation.Tally.of(validated.checked());
        if (tally.quarantined() > 0) {
            // Files of one wave share the quarantine table: its insert reads the table, so one at a time.
            synchronized (quarantineLock) {
                warehouse.insertNew(Tables.QUARANTINE_ROWS, validated.quarantined());
            }
        }
        long changed = warehouse.mergeChanges(spec.table(), validated.accepted());
        // Scratch space at scale: a file's staged rows go as soon as its tables are written.
        removeStaged(receivedAt);
        removeStaged(rowChecksAt);
        removeStaged(checkedAt);
        return new FileAccounting(spec.source(), already, tally.read(), tally.accepted() + tally.duplicates(),
                tally.duplicates(), tally.quarantined(), changed, tally.reasons(), file.name());
    }
}

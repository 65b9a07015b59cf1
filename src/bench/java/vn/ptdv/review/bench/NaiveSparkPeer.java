package vn.ptdv.review.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import vn.ptdv.review.catalog.SourceFile;

/**
 * Benchmark peer: the naive Spark baseline. The same portable SQL as {@link DuckDbPeer}, through Spark
 * SQL with Spark's defaults only: no settings of ours (200 shuffle partitions, Spark's own adaptive
 * execution default), no Delta, no caching; the CSVs are temporary views with explicit schemas, read
 * again by every query, and each table is one query. Run through SparkSubmit with the job jar, without
 * the project's properties file, the benchmark's classes (target/test-classes) and the jar on the classpath:
 * {@code java $(cat jobs/lib/java17-opens) -cp target/test-classes:target/party-review.jar:$(cat target/launcher-classpath.txt)
 * org.apache.spark.deploy.SparkSubmit --class vn.ptdv.review.bench.NaiveSparkPeer target/party-review.jar --source DIR
 * --as-of YYYY-MM-DD --out DIR}
 * (the master defaults to local[*]). The small results are collected to the driver and written there.
 */
public final class NaiveSparkPeer implements PeerEngine {
    static final String USAGE = "NaiveSparkPeer --source DIR --as-of YYYY-MM-DD [--from-year 2020] --out DIR";

    private final SparkSession spark;

    NaiveSparkPeer(SparkSession spark) {
        this.spark = spark;
    }

    public static void main(String[] args) {
        PeerRun.PeerArgs a = PeerRun.PeerArgs.parseOrExit(USAGE, args);
        SparkSession spark = SparkSession.builder().appName("party-review bench naive-spark").getOrCreate();
        try {
            PeerRun.run("naive-spark", new NaiveSparkPeer(spark), a);
        } finally {
            spark.stop();
        }
    }

    /** With a session of the caller's (tests). */
    public static void run(SparkSession spark, Path source, java.time.LocalDate asOf, int fromYear, Path out) {
        PeerRun.run("naive-spark", new NaiveSparkPeer(spark), new PeerRun.PeerArgs(source, asOf, fromYear, out));
    }

    static DataType sparkType(BenchSources.SqlType t) {
        return switch (t) {
            case TEXT -> DataTypes.StringType;
            case DATE -> DataTypes.DateType;
            case INT -> DataTypes.IntegerType;
            case BIGINT -> DataTypes.LongType;
            case RATE -> DataTypes.createDecimalType(6, 2);
        };
    }

    @Override
    public void source(SourceFile file, Path csv, Map<String, BenchSources.SqlType> columns) {
        List<StructField> fields = new ArrayList<>();
        columns.forEach((name, type) -> fields.add(DataTypes.createStructField(name, sparkType(type), true)));
        StructType schema = DataTypes.createStructType(fields);
        if (csv == null) {
            spark.createDataFrame(List.of(), schema).createOrReplaceTempView(file.tableName());
        } else {
            spark.read().option("header", "true").option("encoding", "UTF-8").option("dateFormat", "yyyy-MM-dd")
                    .option("mode", "FAILFAST").schema(schema).csv(csv.toAbsolutePath().toString())
                    .createOrReplaceTempView(file.tableName());
        }
    }

    /** Views: every query recomputes what it reads (no caching), the naive baseline. */
    @Override
    public String relation() {
        return "VIEW";
    }

    private static final java.util.regex.Pattern CREATE_VIEW = java.util.regex.Pattern.compile(
            "(?is)^((?:\\s*--[^\\n]*\\n)*)\\s*CREATE OR REPLACE TEMPORARY VIEW\\s+(\\w+)\\s+AS\\s+(.*)$");

    /**
     * A shared relation becomes a temporary view of the analysed query (Dataset#createOrReplaceTempView),
     * not a SQL view: Spark re-parses and re-analyses a SQL view's text at every reference, which on
     * these nested views takes longer than any run. Nothing is cached: every query still recomputes
     * what it reads.
     */
    @Override
    public void execute(String sql) {
        java.util.regex.Matcher m = CREATE_VIEW.matcher(sql);
        if (m.matches()) {
            spark.sql(m.group(3)).createOrReplaceTempView(m.group(2));
        } else {
            spark.sql(sql);
        }
    }

    @Override
    public List<List<Object>> query(String sql, List<String> columns) {
        org.apache.spark.sql.Dataset<Row> df = spark.sql(sql);
        StructType schema = df.schema();
        int[] index = columns.stream().mapToInt(schema::fieldIndex).toArray();
        List<List<Object>> rows = new ArrayList<>();
        for (Row r : df.collectAsList()) {
            List<Object> row = new ArrayList<>(index.length);
            for (int i : index) {
                row.add(r.isNullAt(i) ? null : schema.fields()[i].dataType() instanceof ArrayType ? r.getList(i) : r.get(i));
            }
            rows.add(row);
        }
        return rows;
    }
}

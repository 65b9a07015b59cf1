package vn.ptdv.review.cli;

import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Mixin;
import vn.ptdv.review.catalog.Warehouse;
import vn.ptdv.review.catalog.WarehouseLock;
import vn.ptdv.review.config.ReviewConfig;
import vn.ptdv.review.spark.Sessions;
import vn.ptdv.review.util.Progress;

/** A subcommand that runs on Spark: builds the session, runs, and always stops Spark at the end. */
abstract class SparkCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ReviewConfig config = common.config();
        before(config);
        String command = spec.name();
        try (WarehouseLock lock = WarehouseLock.acquire(config, command)) {
            Progress.say("starting Spark (warehouse %s)", config.warehouse());
            SparkSession spark = Sessions.create(config, "party-review " + command);
            try {
                return run(new Warehouse(spark), config);
            } finally {
                spark.stop();
            }
        }
    }

    /** Work that needs no Spark, done before the session starts (argument checks, sample generation). */
    void before(ReviewConfig config) {}

    abstract int run(Warehouse warehouse, ReviewConfig config) throws Exception;
}

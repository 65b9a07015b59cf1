package vn.ptdv.review.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;
import vn.ptdv.review.config.ConfigKeys;
import vn.ptdv.review.config.ReviewConfig;

/** Options every subcommand takes. */
public final class CommonOptions {
    @Option(names = "--warehouse", paramLabel = "DIR",
            description = "Root of the tables (default: review.warehouse in conf/application.conf, ./warehouse).")
    String warehouse;

    @Option(names = "--conf", paramLabel = "KEY=VALUE",
            description = "Override a setting: a review.* key of conf/application.conf, or any spark.* setting. Repeatable.")
    Map<String, String> overrides = new LinkedHashMap<>();

    /** Flags over the configuration file over the defaults. */
    public ReviewConfig config() {
        Map<String, String> review = new LinkedHashMap<>();
        Map<String, String> spark = new LinkedHashMap<>();
        overrides.forEach((k, v) -> {
            if (k.startsWith("spark.")) spark.put(k, v);
            else review.put(k, v);
        });
        if (warehouse != null) {
            review.put(ConfigKeys.WAREHOUSE, warehouse);
        }
        return ReviewConfig.load(review).withSparkSettings(spark);
    }
}

package vn.ptdv.review.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import vn.ptdv.review.catalog.SourceFile;

/** What a peer engine does for {@link PeerRun}: create the source tables, run statements, return rows. */
interface PeerEngine {
    /** Makes {@code file}'s table (named {@link SourceFile#tableName}) from {@code csv} (null = an empty table). */
    void source(SourceFile file, Path csv, Map<String, BenchSources.SqlType> columns);

    /** VIEW or TABLE: what common.sql's shared relations are created as on this engine. */
    String relation();

    void execute(String sql);

    /** Runs a query; each row's values in the order of {@code columns}, which the query must name. */
    List<List<Object>> query(String sql, List<String> columns);
}

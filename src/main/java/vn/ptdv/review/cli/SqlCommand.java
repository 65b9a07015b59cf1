package vn.ptdv.review.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.ptdv.review.catalog.PersonalDataGuard;
import vn.ptdv.review.catalog.Warehouse;
import vn.ptdv.review.config.ReviewConfig;

@Command(name = "sql", mixinStandardHelpOptions = true,
        description = "Run a SQL query against the warehouse's catalog and print the result on standard output.")
final class SqlCommand extends SparkCommand {
    enum Format { table, csv, json }

    @Option(names = "--format", defaultValue = "table", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--max-rows", defaultValue = "10000", paramLabel = "N", description = "Most rows to print (default: ${DEFAULT-VALUE}).")
    int maxRows;

    @Option(names = "--personal-data",
            description = "Allow reading bronze and quarantine tables, which hold names, birth dates and source ids.")
    boolean personalData;

    @Parameters(paramLabel = "QUERY", arity = "1", description = "The query, e.g. \"SELECT * FROM gold.city_summary\".")
    String query;

    @Override
    int run(Warehouse warehouse, ReviewConfig config) {
        if (!personalData) {
            PersonalDataGuard.personalDataTable(warehouse.spark(), query).ifPresent(table -> {
                throw new IllegalArgumentException("the query reads " + table + ", which holds personal data:"
                        + " add --personal-data if you are entitled to see it");
            });
        }
        Dataset<Row> result = warehouse.spark().sql(query);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (format == Format.json) {
            List<String> lines = result.toJSON().takeAsList(maxRows);
            lines.forEach(out::println);
        } else {
            List<Row> rows = result.takeAsList(maxRows + 1);
            boolean truncated = rows.size() > maxRows;
            if (truncated) rows = rows.subList(0, maxRows);
            if (format == Format.csv) ResultFormat.csv(result.columns(), rows, out);
            else ResultFormat.table(result.columns(), rows, out);
            if (truncated) System.err.println("(only the first " + maxRows + " rows are shown; use --max-rows)");
        }
        out.flush();
        return 0;
    }
}

package vn.ptdv.review.cli;

import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import vn.ptdv.review.compute.DataCoverage;
import vn.ptdv.review.compute.DataCoverage.OutsideData;
import vn.ptdv.review.domain.OfficeCalendar;

/** Whether a compute may go outside the dates of the warehouse's events ({@link DataCoverage}): shared by compute and run. */
final class OutsideDataOption {
    @Option(names = DataCoverage.ALLOW_OUTSIDE_DATA_FLAG,
            description = "Compute even when the as-of is more than " + DataCoverage.DAYS_AFTER_LATEST_EVENT + " days after the"
                    + " latest event, or --from-year is before the year of the earliest (refused by default, with the dates"
                    + " the warehouse covers). An as-of after today is refused always.")
    boolean allowed;

    OutsideData outsideData() {
        return allowed ? OutsideData.ALLOWED : OutsideData.REFUSED;
    }

    /** Refuses an as-of after today before Spark starts (a usage mistake: exit 2). */
    static void refuseAfterToday(CommandSpec spec, LocalDate asOf) {
        Optional<String> refusal = DataCoverage.afterToday(asOf, OfficeCalendar.today());
        if (refusal.isPresent()) throw new ParameterException(spec.commandLine(), "--as-of: " + refusal.get());
    }
}

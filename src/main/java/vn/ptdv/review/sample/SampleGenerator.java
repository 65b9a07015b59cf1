package vn.ptdv.review.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import vn.ptdv.review.catalog.SourceFile;
import vn.ptdv.review.domain.EventType;
import vn.ptdv.review.domain.LeftReason;
import vn.ptdv.review.domain.SourceGroup;
import vn.ptdv.review.domain.UnitLevel;
import vn.ptdv.review.sources.SourceDrop;
import vn.ptdv.review.util.Progress;

/**
 * Writes a deterministic synthetic source drop for a province like the seed's (see
 * {@link ProvinceProfile}): the unit tree, the roster, events 2020-2024 and annual plans. Counts per
 * unit, year and period are fixed by arithmetic; the seed only decides dates, cells and personal
 * details. The admission pipeline (candidates.csv) and the probation delays come from a second random
 * stream per unit, so adding them did not move a single draw of the first: the seed figures stay. Rows are
 * written as they are made, one peer unit at a time, so memory stays bounded. The national and x10 scales
 * write 34 scaled copies of the province under one country root ({@link ScaleSpec}); the province's own
 * output is unchanged by them.
 */
public final class SampleGenerator {
    /**
     * Sizes the generator can produce: the calibrated province, and two performance fixtures built from
     * copies of it under one national root (see {@link ScaleSpec}): ~5.5 million members, and ten times that.
     */
    public enum Scale {
        PROVINCE(ScaleSpec.PROVINCE), NATIONAL(ScaleSpec.NATIONAL), X10(ScaleSpec.X10);

        final ScaleSpec spec;

        Scale(ScaleSpec spec) {
            this.spec = spec;
        }
    }

    /** What was written. */
    public record Summary(Path directory, long units, long members, long events, long targets, long candidates) {}

    static final int CELL_SIZE = 40;
    static final int CELLS_PER_GRASSROOTS = 8;
    /** Relative weight of each month January..August for admissions (Party day 3/2 and 19/5 stand out). */
    static final int[] MONTH_WEIGHTS_YTD = {7, 12, 10, 8, 13, 10, 9, 11};
    /** Relative weight of each month September..December. */
    static final int[] MONTH_WEIGHTS_REST = {11, 10, 10, 14};
    static final LocalDate HISTORY_END = LocalDate.of(ProvinceProfile.LAST_YEAR, 12, 31);
    /** Offset of the second random stream (pipeline, probation delays) from the first. */
    static final long PIPELINE_STREAM = 7_919L;
    /** Share of new members whose probation decision came after 12 months + 30 working days. */
    static final double LATE_OFFICIAL = 0.06;
    /** Candidates identified each year who were not (yet) admitted, per admission of that year. */
    static final double WAITING_PER_ADMISSION = 0.45;

    private final long seed;

    public SampleGenerator(long seed) {
        this.seed = seed;
    }

    public Summary generate(Path directory, Scale scale) {
        return generate(directory, scale.spec);
    }

    /**
     * Writes the drop of {@code spec}. Memory holds one peer unit at a time (its cells and its members at
     * the start), whatever the size of the drop. Each peer unit has its own two random streams, numbered by
     * its place in the file (synthetic province × 15 + its place in the profile), so the province's are
     * those it always had and every copy draws differently.
     */
    Summary generate(Path directory, ScaleSpec spec) {
        try {
            Files.createDirectories(directory);
            List<PeerUnitProfile> profile = ProvinceProfile.UNITS;
            int years = ProvinceProfile.LAST_YEAR - ProvinceProfile.FIRST_YEAR + 1;
            int[] weights = profile.stream().mapToInt(PeerUnitProfile::admissionsYtd2024).toArray();
            int[][] ytd = new int[years][];
            int[][] rest = new int[years][];
            for (int y = 0; y < years; y++) {
                ytd[y] = Apportion.largestRemainder(ProvinceProfile.CITY_YTD[y], weights);
                rest[y] = Apportion.largestRemainder(ProvinceProfile.CITY_REST_OF_YEAR[y], weights);
            }
            Ids ids = new Ids();
            try (CsvWriter unitsOut = new CsvWriter(directory.resolve(SourceFile.UNITS.fileName()), SourceFile.UNITS.columnNames());
                 CsvWriter membersOut = new CsvWriter(directory.resolve(SourceFile.MEMBERS.fileName()), SourceFile.MEMBERS.columnNames());
                 CsvWriter eventsOut = new CsvWriter(directory.resolve(SourceFile.EVENTS.fileName()), SourceFile.EVENTS.columnNames());
                 CsvWriter targetsOut = new CsvWriter(directory.resolve(SourceFile.TARGETS.fileName()), SourceFile.TARGETS.columnNames());
                 CsvWriter termTargetsOut = new CsvWriter(directory.resolve(SourceFile.TERM_TARGETS.fileName()),
                         SourceFile.TERM_TARGETS.columnNames());
                 CsvWriter candidatesOut = new CsvWriter(directory.resolve(SourceFile.CANDIDATES.fileName()), SourceFile.CANDIDATES.columnNames())) {
                unitsOut.row(spec.rootCode(), spec.rootName(), null, UnitLevel.CITY.name(), null, null, null, null);
                for (int prov = 0; prov < spec.provinces(); prov++) {
                    List<PeerUnitProfile> units = spec.peerUnits(prov);
                    List<ProvinceProfile.Reorganisation> reorganisations = spec.reorganisations(prov);
                    for (int i = 0; i < units.size(); i++) {
                        int[] unitYtd = new int[years];
                        int[] unitRest = new int[years];
                        for (int y = 0; y < years; y++) {
                            unitYtd[y] = spec.scale(ytd[y][i]);
                            unitRest[y] = spec.scale(rest[y][i]);
                        }
                        long stream = (long) prov * units.size() + i;
                        UnitGenerator g = new UnitGenerator(units.get(i), profile.get(i).code(), spec, reorganisations, unitYtd,
                                unitRest, new SplittableRandom(seed * 1_000_003L + stream),
                                new SplittableRandom(seed * 1_000_033L + PIPELINE_STREAM + stream), candidatesOut);
                        g.writeUnits(unitsOut);
                        g.writePeople(membersOut, eventsOut, ids);
                        g.writeWaitingCandidates(ids);
                        g.writeTargets(targetsOut);
                        g.writeTermTargets(termTargetsOut);
                    }
                    if (spec.country()) {
                        Progress.say("sample %s: province %d of %d written, %s units, %s members, %s events, %s candidates so far",
                                spec.name(), prov + 1, spec.provinces(), Progress.count(unitsOut.rows()),
                                Progress.count(membersOut.rows()), Progress.count(eventsOut.rows()),
                                Progress.count(candidatesOut.rows()));
                    }
                }
                Files.writeString(directory.resolve(SourceDrop.SAMPLE_MARKER),
                        "Synthetic sample drop made by `jobs/review sample` (scale " + spec.name()
                                + ", seed " + seed + ").\nThe people in it do not exist. It is ingested with the public sample"
                                + " pseudonym key; real drops need REVIEW_PSEUDONYM_KEY.\n", StandardCharsets.UTF_8);
                return new Summary(directory, unitsOut.rows(), membersOut.rows(), eventsOut.rows(), targetsOut.rows(),
                        candidatesOut.rows());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sample to " + directory, e);
        }
    }

    /**
     * Running ids across units, so every id is unique in the drop. Eight digits hold x10, the largest scale:
     * the province's 68,660 roster rows, 26,464 events and 13,789 candidates times 34 × 26.4 (≈ 898) are
     * ~61.6M, ~23.8M and ~12.4M, all below 99,999,999. Past that an id would grow a digit and stop sorting
     * with the others, so the generator stops instead.
     */
    static final class Ids {
        static final long MAX = 99_999_999L;
        long member;
        long event;
        long candidate;

        String nextCandidate() { return String.format(Locale.ROOT, "UV%08d", next(++candidate)); }

        String nextMember() { return String.format(Locale.ROOT, "DV%08d", next(++member)); }

        String nextEvent() { return String.format(Locale.ROOT, "EV%08d", next(++event)); }

        private static long next(long n) {
            if (n > MAX) throw new IllegalStateException("more than " + MAX + " ids of one kind: the 8-digit ids would widen");
            return n;
        }
    }

    /** What happens to a member who was in the unit on 1 January of the first year. */
    enum Fate { NONE, DIED, STRUCK_OFF, EXPELLED, REMOVED, TRANSFER_OUT, MOVE }

    static final class UnitGenerator {
        private final PeerUnitProfile p;
        /** The profile's code of this peer unit (its code in the province), which decides its kind of people. */
        private final String kind;
        private final ScaleSpec spec;
        private final int[] admissionsYtd;
        private final int[] admissionsRest;
        private final SplittableRandom rng;
        /** The second stream: candidates and probation delays only. */
        private final SplittableRandom pipeline;
        private final CsvWriter candidatesOut;
        private final String[] cells;
        private final int[] cellGrassroots;
        /** This peer unit's reorganisation, if any, and the new code of each cell it moves. */
        private final ProvinceProfile.Reorganisation reorganisation;
        private final java.util.Map<String, String> movedCell = new java.util.HashMap<>();
        private final int grassrootsCount;

        UnitGenerator(PeerUnitProfile p, String kind, ScaleSpec spec, List<ProvinceProfile.Reorganisation> reorganisations,
                      int[] admissionsYtd, int[] admissionsRest, SplittableRandom rng, SplittableRandom pipeline,
                      CsvWriter candidatesOut) {
            this.p = p;
            this.kind = kind;
            this.spec = spec;
            this.pipeline = pipeline;
            this.candidatesOut = candidatesOut;
            this.admissionsYtd = admissionsYtd;
            this.admissionsRest = admissionsRest;
            this.rng = rng;
            int cellCount = spec.cellCount(p.membersAtStart2024());
            grassrootsCount = spec.grassrootsCount(p);
            cells = new String[cellCount];
            cellGrassroots = new int[cellCount];
            for (int c = 0; c < cellCount; c++) {
                cellGrassroots[c] = c % grassrootsCount;
                cells[c] = grassrootsCode(cellGrassroots[c]) + String.format(Locale.ROOT, "-%03d", c / grassrootsCount + 1);
            }
            reorganisation = reorganisations.stream().filter(r -> r.peerUnit().equals(p.code())).findFirst().orElse(null);
            if (reorganisation != null) {
                for (int c = 0; c < cellCount; c++) {
                    if (cellGrassroots[c] == reorganisation.grassroots() - 1) {
                        movedCell.put(cells[c], targetGrassroots() + String.format(Locale.ROOT, "-%03d", 100 + c / grassrootsCount + 1));
                    }
                }
            }
        }

        String targetGrassroots() {
            return reorganisation.toPeerUnit() + String.format(Locale.ROOT, "-%02d", reorganisation.toGrassroots());
        }

        /** The code of {@code cell} on {@code day}: its successor's once a reorganisation took effect. */
        String unitOn(String cell, LocalDate day) {
            String moved = movedCell.get(cell);
            return moved != null && (day == null || !day.isBefore(reorganisation.effectiveOn())) ? moved : cell;
        }

        String grassrootsCode(int g) {
            return p.code() + String.format(Locale.ROOT, "-%02d", g + 1);
        }

        String grassrootsName(int g) {
            return g < p.grassroots().size() ? p.grassroots().get(g) : "Chi bộ cơ sở số " + (g + 1) + " (" + p.name() + ")";
        }

        void writeUnits(CsvWriter out) {
            out.row(p.code(), p.name(), spec.rootCode(), UnitLevel.UNIT.name(), p.peerGroup(), null, null, null);
            LocalDate lastDay = reorganisation == null ? null : reorganisation.effectiveOn().minusDays(1);
            for (int g = 0; g < grassrootsCount; g++) {
                boolean ends = reorganisation != null && g == reorganisation.grassroots() - 1;
                out.row(grassrootsCode(g), grassrootsName(g), p.code(), UnitLevel.GRASSROOTS.name(), null, null,
                        ends ? lastDay : null, ends ? targetGrassroots() : null);
            }
            if (reorganisation != null && !reorganisation.toPeerUnit().equals(p.code())) {
                // Moved to another peer unit: the same organisation under a new code there.
                out.row(targetGrassroots(), grassrootsName(reorganisation.grassroots() - 1), reorganisation.toPeerUnit(),
                        UnitLevel.GRASSROOTS.name(), null, reorganisation.effectiveOn(), null, null);
            }
            for (int c = 0; c < cells.length; c++) {
                String name = p.cellPrefix() + " " + (c / grassrootsCount + 1);
                if (grassrootsName(cellGrassroots[c]).endsWith("Hòa Tiến") && c / grassrootsCount == 0) {
                    name = "Chi bộ thôn Cẩm Nê"; // the cell in the seed article's photograph
                }
                String moved = movedCell.get(cells[c]);
                out.row(cells[c], name, grassrootsCode(cellGrassroots[c]), UnitLevel.CELL.name(), null, null,
                        moved == null ? null : lastDay, moved);
            }
            for (int c = 0; c < cells.length; c++) {
                String moved = movedCell.get(cells[c]);
                if (moved != null) {
                    out.row(moved, p.cellPrefix() + " " + (c / grassrootsCount + 1), targetGrassroots(), UnitLevel.CELL.name(),
                            null, reorganisation.effectiveOn(), null, null);
                }
            }
        }

        int perYear(double rate) {
            return (int) Math.round(p.membersAtStart2024() * rate);
        }

        void writePeople(CsvWriter members, CsvWriter events, Ids ids) {
            int years = admissionsYtd.length;
            int died = perYear(ProvinceProfile.DIED);
            int struck = perYear(ProvinceProfile.STRUCK_OFF);
            int expelled = perYear(ProvinceProfile.EXPELLED);
            int removed = perYear(ProvinceProfile.REMOVED);
            int out = perYear(ProvinceProfile.TRANSFER_OUT_OF_CITY);
            int in = perYear(ProvinceProfile.TRANSFER_INTO_CITY);
            int moves = perYear(ProvinceProfile.MOVE_WITHIN_UNIT);
            // Members on 1 Jan of the first year, so that 1 Jan 2024 lands exactly on the calibrated count.
            int initial = p.membersAtStart2024();
            for (int y = 0; y < years - 1; y++) {
                initial -= admissionsYtd[y] + admissionsRest[y] + in - out - died - struck - expelled - removed;
            }

            Fate[] fate = new Fate[initial];
            LocalDate[] fateDate = new LocalDate[initial];
            java.util.Arrays.fill(fate, Fate.NONE);
            int[] order = shuffled(initial);
            int next = 0;
            for (int y = 0; y < years; y++) {
                int year = ProvinceProfile.FIRST_YEAR + y;
                int[] counts = {died, struck, expelled, removed, out, moves};
                Fate[] kinds = {Fate.DIED, Fate.STRUCK_OFF, Fate.EXPELLED, Fate.REMOVED, Fate.TRANSFER_OUT, Fate.MOVE};
                for (int k = 0; k < kinds.length; k++) {
                    for (int j = 0; j < counts[k]; j++) {
                        int m = order[next++];
                        fate[m] = kinds[k];
                        fateDate[m] = dayIn(year, 1, 12);
                    }
                }
            }
            for (int m = 0; m < initial; m++) {
                writeInitialMember(members, events, ids, fate[m], fateDate[m]);
            }
            for (int y = 0; y < years; y++) {
                int year = ProvinceProfile.FIRST_YEAR + y;
                for (int j = 0; j < in; j++) {
                    writeArrival(members, events, ids, dayIn(year, 1, 12));
                }
                writeAdmissions(members, events, ids, year, admissionsYtd[y], 1, MONTH_WEIGHTS_YTD);
                writeAdmissions(members, events, ids, year, admissionsRest[y], 9, MONTH_WEIGHTS_REST);
            }
        }

        void writeInitialMember(CsvWriter members, CsvWriter events, Ids ids, Fate f, LocalDate on) {
            String id = ids.nextMember();
            LocalDate admitted = LocalDate.of(1965, 1, 1).plusDays(rng.nextInt(55 * 365));
            Person person = person(admitted, 18 + rng.nextInt(23), rng.nextDouble() < 0.36);
            int cell = rng.nextInt(cells.length);
            String unit = cells[cell];
            // Someone who left during probation never became official.
            LocalDate official = admitted.plusYears(1);
            boolean leaves = f != Fate.NONE && f != Fate.MOVE;
            if (leaves && !official.isBefore(on)) {
                official = null;
            } else if (!official.isBefore(LocalDate.of(ProvinceProfile.FIRST_YEAR, 1, 1))) {
                events.row(ids.nextEvent(), id, EventType.OFFICIAL.name(), official, unitOn(unit, official), null);
            }
            LocalDate leftOn = null;
            String leftReason = null;
            switch (f) {
                case NONE -> { }
                case MOVE -> {
                    int target = otherGrassrootsCell(cell);
                    events.row(ids.nextEvent(), id, EventType.TRANSFER_OUT.name(), on, unitOn(unit, on), null);
                    events.row(ids.nextEvent(), id, EventType.TRANSFER_IN.name(), on, unitOn(cells[target], on), null);
                    unit = cells[target];
                }
                default -> {
                    LeftReason reason = LeftReason.valueOf(f.name());
                    events.row(ids.nextEvent(), id, reason.name(), on, unitOn(unit, on), null);
                    leftOn = on;
                    leftReason = reason.name();
                }
            }
            members.row(id, person.name, person.birth, person.female ? "F" : "M", person.ethnicity, person.religion,
                    person.education, person.occupation, unitOn(unit, leftOn), admitted, official, leftOn, leftReason);
        }

        void writeArrival(CsvWriter members, CsvWriter events, Ids ids, LocalDate on) {
            String id = ids.nextMember();
            LocalDate admitted = on.minusYears(2 + rng.nextInt(20)).minusDays(rng.nextInt(365));
            Person person = person(admitted, 18 + rng.nextInt(20), rng.nextDouble() < 0.45);
            String unit = cells[rng.nextInt(cells.length)];
            events.row(ids.nextEvent(), id, EventType.TRANSFER_IN.name(), on, unitOn(unit, on), null);
            members.row(id, person.name, person.birth, person.female ? "F" : "M", person.ethnicity, person.religion,
                    person.education, person.occupation, unitOn(unit, null), admitted, admitted.plusYears(1), null, null);
        }

        void writeAdmissions(CsvWriter members, CsvWriter events, Ids ids, int year, int count, int firstMonth, int[] monthWeights) {
            int[] perMonth = Apportion.largestRemainder(count, monthWeights);
            for (int k = 0; k < perMonth.length; k++) {
                for (int j = 0; j < perMonth[k]; j++) {
                    LocalDate admitted = dayIn(year, firstMonth + k, firstMonth + k);
                    String id = ids.nextMember();
                    boolean female = rng.nextDouble() < 0.47;
                    Person person = person(admitted, newMemberAge(), female);
                    String unit = cells[rng.nextInt(cells.length)];
                    LocalDate official = admitted.plusYears(1);
                    if (pipeline.nextDouble() < LATE_OFFICIAL) official = official.plusDays(45 + pipeline.nextInt(90));
                    if (official.isAfter(HISTORY_END)) official = null;
                    writeAdmittedCandidate(ids, id, unit, admitted, person.sourceGroup);
                    events.row(ids.nextEvent(), id, EventType.ADMITTED.name(), admitted, unitOn(unit, admitted), person.sourceGroup.name());
                    if (official != null) {
                        events.row(ids.nextEvent(), id, EventType.OFFICIAL.name(), official, unitOn(unit, official), null);
                    }
                    members.row(id, person.name, person.birth, female ? "F" : "M", person.ethnicity, person.religion,
                            person.education, person.occupation, unitOn(unit, null), admitted, official, null, null);
                }
            }
        }

        /**
         * The candidate a new member was: identified 8-20 months before admission, the awareness course
         * 2-7 months before, the application 1-8 weeks before.
         */
        void writeAdmittedCandidate(Ids ids, String memberId, String unit, LocalDate admitted, SourceGroup group) {
            LocalDate course = admitted.minusDays(60 + pipeline.nextInt(150));
            LocalDate identified = course.minusDays(90 + pipeline.nextInt(300));
            LocalDate applied = admitted.minusDays(7 + pipeline.nextInt(50));
            // The unit that identified the candidate, under its code of that day (a reorganised cell's old code before it).
            candidatesOut.row(ids.nextCandidate(), unitOn(unit, identified), identified, course, applied, memberId, group.name());
        }

        /**
         * Candidates identified in each year who were not admitted (yet): about a third took the course,
         * a few of those applied. With the admitted ones, roughly 60% of a year's course ends in admission.
         */
        void writeWaitingCandidates(Ids ids) {
            for (int y = 0; y < admissionsYtd.length; y++) {
                int year = ProvinceProfile.FIRST_YEAR + y;
                int waiting = (int) Math.round((admissionsYtd[y] + admissionsRest[y]) * WAITING_PER_ADMISSION);
                for (int j = 0; j < waiting; j++) {
                    LocalDate identified = LocalDate.of(year, 1, 1).plusDays(pipeline.nextInt(365));
                    LocalDate course = pipeline.nextDouble() < 0.35 ? identified.plusDays(60 + pipeline.nextInt(200)) : null;
                    if (course != null && course.isAfter(HISTORY_END)) course = null;
                    LocalDate applied = course != null && pipeline.nextDouble() < 0.25 ? course.plusDays(20 + pipeline.nextInt(60)) : null;
                    if (applied != null && applied.isAfter(HISTORY_END)) applied = null;
                    SourceGroup group = SourceGroup.values()[pipeline.nextInt(SourceGroup.values().length)];
                    candidatesOut.row(ids.nextCandidate(), unitOn(cells[pipeline.nextInt(cells.length)], identified), identified,
                            course, applied, null,
                            group.name());
                }
            }
        }

        void writeTargets(CsvWriter out) {
            for (int y = 0; y < admissionsYtd.length; y++) {
                int year = ProvinceProfile.FIRST_YEAR + y;
                Integer target;
                Double rate;
                if (year == ProvinceProfile.LAST_YEAR) {
                    target = p.target2024();
                    rate = p.rateTarget2024();
                } else {
                    // Earlier plans around each year's outcome: some units met them, some did not.
                    int full = admissionsYtd[y] + admissionsRest[y];
                    target = p.target2024() == null ? null : (int) Math.round(full * (0.9 + 0.25 * rng.nextDouble()));
                    rate = p.rateTarget2024();
                }
                out.row(p.code(), year, target, rate == null ? null : String.format(Locale.ROOT, "%.1f", rate));
            }
        }

        /**
         * The term resolution's target: a unit with a count plan has the term's years of its last plan, one
         * with a rate plan keeps its rate as the term's annual rate. No random draw, so the rest of the
         * sample is the same with or without this file.
         */
        void writeTermTargets(CsvWriter out) {
            Integer target = p.target2024() == null ? null : p.target2024() * ProvinceProfile.TERM_YEARS;
            Double rate = p.target2024() == null ? p.rateTarget2024() : null;
            if (target == null && rate == null) return;
            out.row(p.code(), ProvinceProfile.TERM, target, rate == null ? null : String.format(Locale.ROOT, "%.1f", rate));
        }

        int otherGrassrootsCell(int cell) {
            for (int tries = 0; tries < 50; tries++) {
                int c = rng.nextInt(cells.length);
                if (cellGrassroots[c] != cellGrassroots[cell]) return c;
            }
            return (cell + 1) % cells.length;
        }

        int newMemberAge() {
            if (kind.equals("DHDN") && rng.nextDouble() < 0.65) return 19 + rng.nextInt(5);
            double u = rng.nextDouble();
            if (u < 0.70) return 18 + rng.nextInt(13);
            if (u < 0.92) return 31 + rng.nextInt(15);
            return 46 + rng.nextInt(15);
        }

        LocalDate dayIn(int year, int firstMonth, int lastMonth) {
            int month = firstMonth + rng.nextInt(lastMonth - firstMonth + 1);
            YearMonth ym = YearMonth.of(year, month);
            return ym.atDay(1 + rng.nextInt(ym.lengthOfMonth()));
        }

        int[] shuffled(int n) {
            int[] a = new int[n];
            for (int i = 0; i < n; i++) a[i] = i;
            for (int i = n - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int t = a[i];
                a[i] = a[j];
                a[j] = t;
            }
            return a;
        }

        Person person(LocalDate admitted, int ageAtAdmission, boolean female) {
            Person x = new Person();
            x.female = female;
            x.name = VietnameseNames.fullName(rng, female);
            x.birth = admitted.minusYears(ageAtAdmission).minusDays(rng.nextInt(365));
            double e = rng.nextDouble();
            boolean coTu = kind.equals("HOAVANG") && e < 0.05;
            x.ethnicity = coTu ? "Cơ Tu" : e < 0.975 ? "Kinh" : e < 0.985 ? "Hoa" : e < 0.993 ? "Tày" : "Mường";
            double r = rng.nextDouble();
            x.religion = r < 0.90 ? "Không" : r < 0.96 ? "Phật giáo" : r < 0.99 ? "Công giáo" : "Cao Đài";
            double d = rng.nextDouble();
            x.education = d < 0.22 ? "Trung học phổ thông" : d < 0.32 ? "Cao đẳng" : d < 0.88 ? "Đại học" : d < 0.98 ? "Thạc sĩ" : "Tiến sĩ";
            occupation(x);
            return x;
        }

        void occupation(Person x) {
            double o = rng.nextDouble();
            switch (kind) {
                case "DHDN" -> set(x, o < 0.65 ? "Sinh viên" : "Giảng viên", o < 0.65 ? SourceGroup.STUDENT : SourceGroup.TEACHER);
                case "KHOIDN", "KHUCNC" -> set(x, o < 0.7 ? "Công nhân" : "Kỹ sư",
                        o < 0.7 ? SourceGroup.ENTERPRISE_WORKER : SourceGroup.YOUTH_UNION);
                case "QUANSU", "BIENPHONG" -> set(x, "Quân nhân", SourceGroup.YOUTH_UNION);
                case "CONGAN" -> set(x, "Chiến sĩ công an", SourceGroup.YOUTH_UNION);
                case "YTE" -> set(x, "Bác sĩ, điều dưỡng", SourceGroup.YOUTH_UNION);
                case "KHOICQ" -> set(x, o < 0.85 ? "Cán bộ, công chức" : "Viên chức",
                        o < 0.85 ? SourceGroup.YOUTH_UNION : SourceGroup.OTHER);
                default -> {
                    if (o < 0.10) set(x, "Học sinh", SourceGroup.STUDENT);
                    else if (o < 0.22) set(x, "Giáo viên", SourceGroup.TEACHER);
                    else if (o < 0.37) set(x, "Công nhân doanh nghiệp ngoài nhà nước", SourceGroup.ENTERPRISE_WORKER);
                    else if (o < 0.60) set(x, "Cán bộ, công chức", SourceGroup.YOUTH_UNION);
                    else set(x, p.peerGroup().equals("RURAL_DISTRICT") ? "Nông dân" : "Lao động tự do", SourceGroup.RESIDENT);
                }
            }
        }

        static void set(Person x, String occupation, SourceGroup group) {
            x.occupation = occupation;
            x.sourceGroup = group;
        }
    }

    static final class Person {
        String name;
        boolean female;
        LocalDate birth;
        String ethnicity;
        String religion;
        String education;
        String occupation;
        SourceGroup sourceGroup;
    }
}

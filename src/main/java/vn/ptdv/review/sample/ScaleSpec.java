package vn.ptdv.review.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How big a generated drop is and how its tree is laid out.
 *
 * <p>The province ({@link #PROVINCE}) is {@link ProvinceProfile} as calibrated: its own codes, root
 * {@code DANANG}, 40 members a cell, 8 cells a grassroots organisation. Every other size is a performance
 * fixture, not a model of the national organisation: one root of level CITY standing for the whole country
 * (the pipeline requires exactly one), and beneath it {@code provinces} synthetic copies of the province,
 * whose peer units become the root's peer units with codes {@code Pnn-<code>} and names suffixed with the
 * synthetic province's number. Each copy scales every count of the profile (members at 1 Jan 2024,
 * admissions of each unit, year and period, count plans; rate plans stay) by {@code factor}, rounded to a
 * whole number per unit, then multiplies by {@code times}. Cells hold {@code cellSize} members and
 * grassroots organisations {@code cellsPerGrassroots} cells, so the number of organisations can be set
 * apart from the number of members: x10 is national with ten times every count and ten times the cell
 * size, i.e. exactly the same organisations, cells ten times fuller.
 *
 * @param name               the scale's name, as in the CLI and the drop's marker file
 * @param country            false: the province itself; true: the synthetic country described above
 * @param provinces          synthetic provinces under the country root (1 for the province)
 * @param factor             per-unit scaling of the province's counts, rounded per unit
 * @param times              whole multiplier applied after rounding (x10: 10)
 * @param cellSize           members per cell, so cells = ceil(members / cellSize) per peer unit
 * @param cellsPerGrassroots cells per grassroots organisation (at least the profile's named organisations)
 */
record ScaleSpec(String name, boolean country, int provinces, double factor, int times, int cellSize,
                 int cellsPerGrassroots) {

    /** Code and name of the country root: the name says it is a performance fixture (no comma, so never quoted). */
    static final String COUNTRY_CODE = "TOANQUOC";
    static final String COUNTRY_NAME = "Toàn quốc (giả lập để kiểm thử hiệu năng)";

    /**
     * Synthetic provinces in the national fixture: the count of provinces and centrally-run cities after
     * the 2025 merger. Their peer units are the 15 of the profile each, 510 in all.
     */
    static final int NATIONAL_PROVINCES = 34;
    /**
     * ~5.5 million members at 1 Jan 2024 in 34 copies of 61,380: 5.5M / (34 × 61,380) = 2.6355 → 2.64. Rounded
     * per unit that is 162,043 members a copy, 5,509,462 in all.
     */
    static final double NATIONAL_FACTOR = 2.64;
    /**
     * ~33 members a cell and 3 cells a grassroots organisation: 162,043 members a copy → 4,912 cells (rounded up
     * per unit) → 1,643 organisations, × 34 = 55,862 grassroots organisations and 167,008 cells, the size the
     * issue names (~55,000 organisations).
     */
    static final int NATIONAL_CELL_SIZE = 33;
    static final int NATIONAL_CELLS_PER_GRASSROOTS = 3;
    static final int X10_TIMES = 10;

    static final ScaleSpec PROVINCE = new ScaleSpec("province", false, 1, 1.0, 1, SampleGenerator.CELL_SIZE,
            SampleGenerator.CELLS_PER_GRASSROOTS);
    static final ScaleSpec NATIONAL = new ScaleSpec("national", true, NATIONAL_PROVINCES, NATIONAL_FACTOR, 1,
            NATIONAL_CELL_SIZE, NATIONAL_CELLS_PER_GRASSROOTS);
    static final ScaleSpec X10 = new ScaleSpec("x10", true, NATIONAL_PROVINCES, NATIONAL_FACTOR, X10_TIMES,
            NATIONAL_CELL_SIZE * X10_TIMES, NATIONAL_CELLS_PER_GRASSROOTS);

    ScaleSpec {
        if (provinces < 1 || (!country && provinces != 1)) {
            throw new IllegalArgumentException("provinces must be 1 for a province and at least 1 for a country, got " + provinces);
        }
        if (!(factor > 0) || times < 1 || cellSize < 1 || cellsPerGrassroots < 1) {
            throw new IllegalArgumentException("factor, times, cell size and cells per grassroots must be positive, got "
                    + factor + ", " + times + ", " + cellSize + ", " + cellsPerGrassroots);
        }
    }

    /** A count of the province at this scale: round(count × factor) × times (the province: the count itself). */
    int scale(int count) {
        return Math.toIntExact(Math.round(count * factor) * times);
    }

    /** Code of the root unit (level CITY). */
    String rootCode() {
        return country ? COUNTRY_CODE : ProvinceProfile.CITY_CODE;
    }

    String rootName() {
        return country ? COUNTRY_NAME : ProvinceProfile.CITY_NAME;
    }

    /** Prefix of the codes of synthetic province {@code province} (0-based): {@code P01-}; none for the province. */
    String codePrefix(int province) {
        return country ? String.format(Locale.ROOT, "P%02d-", province + 1) : "";
    }

    /** Suffix of its names: {@code  (tỉnh giả lập 01)}; none for the province. */
    String nameSuffix(int province) {
        return country ? String.format(Locale.ROOT, " (tỉnh giả lập %02d)", province + 1) : "";
    }

    /** The peer units of synthetic province {@code province}, in the profile's order; the profile itself for the province. */
    List<PeerUnitProfile> peerUnits(int province) {
        if (!country) return ProvinceProfile.UNITS;
        List<PeerUnitProfile> units = new ArrayList<>(ProvinceProfile.UNITS.size());
        for (PeerUnitProfile p : ProvinceProfile.UNITS) units.add(scaled(p, province));
        return units;
    }

    /** One peer unit of the profile as it is in synthetic province {@code province}. */
    PeerUnitProfile scaled(PeerUnitProfile p, int province) {
        String suffix = nameSuffix(province);
        return new PeerUnitProfile(codePrefix(province) + p.code(), p.name() + suffix, p.peerGroup(),
                scale(p.membersAtStart2024()), scale(p.admissionsYtd2024()),
                p.target2024() == null ? null : scale(p.target2024()), p.rateTarget2024(),
                p.grassroots().stream().map(g -> g + suffix).toList(), p.cellPrefix());
    }

    /** Cells of a peer unit with {@code members} members at 1 Jan 2024. */
    int cellCount(int members) {
        return (members + cellSize - 1) / cellSize;
    }

    /** Grassroots organisations of a peer unit: its named ones, more (numbered) when its cells need them. */
    int grassrootsCount(PeerUnitProfile p) {
        return Math.max(p.grassroots().size(), (cellCount(p.membersAtStart2024()) + cellsPerGrassroots - 1) / cellsPerGrassroots);
    }

    /**
     * The reorganisations of synthetic province {@code province}: the profile's, with its codes. A move to
     * another peer unit creates a new organisation there, numbered after that unit's last one at this scale
     * (at national size the profile's number is already taken by an ordinary organisation). The province
     * keeps the profile's list as it is.
     */
    List<ProvinceProfile.Reorganisation> reorganisations(int province) {
        if (!country) return ProvinceProfile.REORGANISATIONS;
        String prefix = codePrefix(province);
        List<ProvinceProfile.Reorganisation> out = new ArrayList<>();
        for (ProvinceProfile.Reorganisation r : ProvinceProfile.REORGANISATIONS) {
            int to = r.toGrassroots();
            if (!r.toPeerUnit().equals(r.peerUnit())) {
                PeerUnitProfile target = ProvinceProfile.UNITS.stream().filter(u -> u.code().equals(r.toPeerUnit())).findFirst()
                        .orElseThrow(() -> new IllegalStateException("reorganisation into unknown peer unit " + r.toPeerUnit()));
                to = grassrootsCount(scaled(target, province)) + 1;
            }
            out.add(new ProvinceProfile.Reorganisation(prefix + r.peerUnit(), r.grassroots(), r.effectiveOn(),
                    prefix + r.toPeerUnit(), to));
        }
        return out;
    }
}

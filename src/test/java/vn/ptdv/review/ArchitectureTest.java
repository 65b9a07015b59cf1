package vn.ptdv.review;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Which package of {@code vn.ptdv.review} may use which, read from the compiled classes of src/main
 * (ArchUnit) and from their sources' imports. A package always uses its own classes; the others it may
 * use are exactly these ({@link #MAY_USE}):
 *
 * <pre>
 * the foundation, used by every layer above it:
 *   domain    nothing
 *   util      nothing
 *   config    domain, util
 *   catalog   config, domain, util        (table names, schemas, Col, Tables, Warehouse, the input contract, the guards)
 *   spark     catalog, config, domain, util   (building the session)
 * the data flow (each also the foundation):
 *   sources   the foundation
 *   bronze    sources
 *   silver    bronze, sources
 *   gold      silver
 *   quality   gold, silver                (every data test: DataChecks, SilverChecks, GoldChecks)
 *   report    gold
 * the jobs and tools (each also the foundation):
 *   ingest    sources, bronze, silver, quality
 *   compute   silver, gold, quality
 *   sample    sources
 *   endpoint  the foundation; used by cli alone   (the SQL endpoint's security)
 *   cli       everything
 *   bench     everything but cli and endpoint; used by cli alone (the benchmark, not the product)
 * </pre>
 *
 * and no two packages use each other, directly or through others. The second reading exists because
 * javac copies constants into the class that uses them: {@code import static ...Col.*} leaves no trace
 * in the bytecode ArchUnit reads, but it does in the source.
 */
@AnalyzeClasses(packages = "vn.ptdv.review", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    static final String ROOT = "vn.ptdv.review";
    static final List<String> FOUNDATION = List.of("domain", "util", "config", "catalog", "spark");

    /** Package (below {@link #ROOT}) to the other packages it may use. */
    static final Map<String, Set<String>> MAY_USE = new LinkedHashMap<>();

    static {
        mayUse("domain");
        mayUse("util");
        mayUse("config", "domain", "util");
        mayUse("catalog", "config", "domain", "util");
        mayUse("spark", "catalog", "config", "domain", "util");

        mayUse("sources", FOUNDATION);
        mayUse("bronze", FOUNDATION, "sources");
        mayUse("silver", FOUNDATION, "bronze", "sources");
        mayUse("gold", FOUNDATION, "silver");
        mayUse("quality", FOUNDATION, "gold", "silver");
        mayUse("report", FOUNDATION, "gold");

        mayUse("ingest", FOUNDATION, "sources", "bronze", "silver", "quality");
        mayUse("compute", FOUNDATION, "silver", "gold", "quality");
        mayUse("sample", FOUNDATION, "sources");
        mayUse("endpoint", FOUNDATION);
        mayUse("cli", FOUNDATION, "sources", "bronze", "silver", "gold", "quality", "report", "ingest", "compute",
                "sample", "endpoint", "bench");
        mayUse("bench", FOUNDATION, "sources", "bronze", "silver", "gold", "quality", "report", "ingest", "compute",
                "sample");
    }

    /** Packages that need not exist: endpoint comes with the SQL endpoint's security; bench may leave src/main. */
    static final Set<String> OPTIONAL = Set.of("endpoint", "bench");
    /** Packages only cli may use. */
    static final Set<String> USED_BY_CLI_ALONE = Set.of("endpoint", "bench");

    static void mayUse(String layer, List<String> foundation, String... others) {
        List<String> all = new ArrayList<>(foundation);
        all.addAll(List.of(others));
        mayUse(layer, all.toArray(String[]::new));
    }

    static void mayUse(String layer, String... others) {
        MAY_USE.put(layer, new TreeSet<>(List.of(others)));
    }

    @ArchTest
    static final ArchRule noPackageUsesOneAboveIt = layers();

    @ArchTest
    static final ArchRule noCycles = slices().matching(ROOT + ".(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule everyPackageHasAPlace = classes().should()
            .resideInAnyPackage(MAY_USE.keySet().stream().map(p -> ROOT + "." + p + "..").toArray(String[]::new))
            .because("a new package needs its place in ArchitectureTest.MAY_USE");

    static LayeredArchitecture layers() {
        LayeredArchitecture rule = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String layer : MAY_USE.keySet()) {
            rule = OPTIONAL.contains(layer)
                    ? rule.optionalLayer(layer).definedBy(ROOT + "." + layer + "..")
                    : rule.layer(layer).definedBy(ROOT + "." + layer + "..");
        }
        for (Map.Entry<String, Set<String>> e : MAY_USE.entrySet()) {
            rule = e.getValue().isEmpty()
                    ? rule.whereLayer(e.getKey()).mayNotAccessAnyLayer()
                    : rule.whereLayer(e.getKey()).mayOnlyAccessLayers(e.getValue().toArray(String[]::new));
        }
        for (String layer : USED_BY_CLI_ALONE) rule = rule.whereLayer(layer).mayOnlyBeAccessedByLayers("cli");
        return rule;
    }

    static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\n]*", Pattern.DOTALL);
    static final Pattern REFERENCE = Pattern.compile("\\bvn\\.ptdv\\.review\\.([a-z]\\w*)\\.");

    /** Every reference to another package in src/main's code (imports, static imports, qualified names) is allowed. */
    @Test
    void sourcesImportOnlyWhatTheirPackageMayUse() throws IOException {
        Path main = Path.of("src/main/java", ROOT.split("\\."));
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(main)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String from = main.relativize(file).getName(0).toString();
                if (!MAY_USE.containsKey(from)) {
                    violations.add(main.relativize(file) + ": package " + from + " has no place in MAY_USE");
                    continue;
                }
                String code = COMMENT.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll("");
                Matcher m = REFERENCE.matcher(code);
                Set<String> used = new TreeSet<>();
                while (m.find()) used.add(m.group(1));
                used.remove(from);
                used.removeAll(MAY_USE.get(from));
                for (String to : used) violations.add(main.relativize(file) + ": " + from + " uses " + to);
            }
        }
        assertThat(violations).as("references to packages a package may not use (ArchitectureTest.MAY_USE)").isEmpty();
    }
}

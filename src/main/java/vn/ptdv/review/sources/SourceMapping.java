package vn.ptdv.review.sources;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValueType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.ptdv.review.catalog.SourceFile;

/**
 * How the files units send map onto the input contract: the header names read as each contract column,
 * the words read as each code, and the date patterns accepted besides review.source.date-format. From
 * {@code conf/sources/mapping.conf} over the defaults built into the jar ({@code sources/mapping.conf}),
 * which hold the Vietnamese headers and words of the party-member database's exports.
 *
 * <p>Names and words are compared {@link #normalised}: trimmed, NFC, lower case, runs of spaces as one.
 * A contract column's own name and a code itself always count, so a file in the contract's own form needs
 * no mapping. The mapping is refused when it names a column the input does not have, or gives one header
 * name (or word) to two columns (or codes): either would make a file's meaning depend on the order of keys.
 */
public final class SourceMapping {
    /** Where the defaults are on the classpath, and the override beside conf/application.conf. */
    public static final String RESOURCE = "sources/mapping.conf";
    static final String COLUMNS = "columns";
    static final String VALUES = "values";
    static final String DATE_FORMATS = "date-formats";

    private final Map<SourceFile, Map<String, String>> columnByHeader;
    private final Map<SourceFile, Map<String, List<String>>> headersByColumn;
    private final Map<SourceFile, Map<String, Map<String, String>>> codeByWord;
    private final Map<SourceFile, Map<String, Map<String, List<String>>>> wordsByCode;
    private final List<String> dateFormats;
    private final String origin;

    private SourceMapping(Map<SourceFile, Map<String, String>> columnByHeader, Map<SourceFile, Map<String, List<String>>> headersByColumn,
                          Map<SourceFile, Map<String, Map<String, String>>> codeByWord,
                          Map<SourceFile, Map<String, Map<String, List<String>>>> wordsByCode, List<String> dateFormats, String origin) {
        this.columnByHeader = columnByHeader;
        this.headersByColumn = headersByColumn;
        this.codeByWord = codeByWord;
        this.wordsByCode = wordsByCode;
        this.dateFormats = dateFormats;
        this.origin = origin;
    }

    /** The built-in mapping. */
    public static SourceMapping builtIn() {
        return of(builtInConfig(), "the built-in " + RESOURCE);
    }

    /** The built-in mapping, overridden key by key by {@code confDir/sources/mapping.conf} when that file exists. */
    public static SourceMapping load(Path confDir) {
        Path file = confDir == null ? null : confDir.resolve(RESOURCE);
        if (file == null || !Files.isRegularFile(file)) return builtIn();
        return of(ConfigFactory.parseFile(file.toFile()).withFallback(builtInConfig()), file + " over the built-in " + RESOURCE);
    }

    /** No header names, words or extra date patterns: only the contract's own form is read. */
    public static SourceMapping contractOnly() {
        return of(ConfigFactory.empty(), "no mapping");
    }

    private static Config builtInConfig() {
        Config c = ConfigFactory.parseResources(SourceMapping.class.getClassLoader(), RESOURCE);
        if (c.isEmpty()) throw new IllegalStateException(RESOURCE + " is missing from the classpath");
        return c;
    }

    /** The mapping {@code conf} describes; {@code origin} names it in errors. */
    public static SourceMapping of(Config conf, String origin) {
        Config c;
        try {
            c = conf.resolve();
        } catch (ConfigException e) {
            throw new IllegalArgumentException(origin + ": " + e.getMessage(), e);
        }
        Map<SourceFile, Map<String, String>> byHeader = new EnumMap<>(SourceFile.class);
        Map<SourceFile, Map<String, List<String>>> byColumn = new EnumMap<>(SourceFile.class);
        Map<SourceFile, Map<String, Map<String, String>>> byWord = new EnumMap<>(SourceFile.class);
        Map<SourceFile, Map<String, Map<String, List<String>>>> byCode = new EnumMap<>(SourceFile.class);
        for (SourceFile f : SourceFile.values()) {
            Map<String, String> headers = new LinkedHashMap<>();
            Map<String, List<String>> names = new LinkedHashMap<>();
            Map<String, Map<String, String>> words = new LinkedHashMap<>();
            Map<String, Map<String, List<String>>> typed = new LinkedHashMap<>();
            for (String column : f.columnNames()) {
                headers.put(column, column);
                names.put(column, new ArrayList<>());
            }
            String input = f.tableName();
            Map<String, List<String>> columns = lists(c, input + "." + COLUMNS, origin);
            columns.keySet().forEach(k -> contractColumn(f, k, origin, input + "." + COLUMNS));
            // In the contract's order, so that a clash is always reported the same way.
            for (String column : f.columnNames()) {
                for (String header : columns.getOrDefault(column, List.of())) {
                    String key = normalised(header);
                    String before = headers.putIfAbsent(key, column);
                    if (before != null && !before.equals(column)) {
                        throw new IllegalArgumentException(origin + ": " + input + "." + COLUMNS + ": the header '" + header
                                + "' is given to both " + before + " and " + column);
                    }
                    if (before == null) names.get(column).add(header);
                }
            }
            String valuesPath = input + "." + VALUES;
            if (c.hasPath(valuesPath)) {
                for (String column : new java.util.TreeSet<>(c.getConfig(valuesPath).root().keySet())) {
                    contractColumn(f, column, origin, valuesPath);
                    Map<String, String> codes = new LinkedHashMap<>();
                    Map<String, List<String>> asTyped = new LinkedHashMap<>();
                    for (Map.Entry<String, List<String>> e : lists(c, valuesPath + "." + quoted(column), origin).entrySet()) {
                        asTyped.put(e.getKey(), List.copyOf(e.getValue()));
                        codes.putIfAbsent(normalised(e.getKey()), e.getKey());
                        for (String word : e.getValue()) {
                            String before = codes.putIfAbsent(normalised(word), e.getKey());
                            if (before != null && !before.equals(e.getKey())) {
                                throw new IllegalArgumentException(origin + ": " + valuesPath + "." + column + ": the word '" + word
                                        + "' is given to both " + before + " and " + e.getKey());
                            }
                        }
                    }
                    words.put(column, Map.copyOf(codes));
                    typed.put(column, asTyped);
                }
            }
            byHeader.put(f, Map.copyOf(headers));
            Map<String, List<String>> frozen = new LinkedHashMap<>();
            names.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
            byColumn.put(f, frozen);
            byWord.put(f, Map.copyOf(words));
            byCode.put(f, typed);
        }
        List<String> dates = c.hasPath(DATE_FORMATS) ? List.copyOf(c.getStringList(DATE_FORMATS)) : List.of();
        return new SourceMapping(byHeader, byColumn, byWord, byCode, dates, origin);
    }

    private static String contractColumn(SourceFile f, String column, String origin, String path) {
        if (!f.columnNames().contains(column)) {
            throw new IllegalArgumentException(origin + ": " + path + "." + column + ": " + f.fileName() + " has no column "
                    + column + " (its columns: " + String.join(", ", f.columnNames()) + ")");
        }
        return column;
    }

    /** The lists under {@code path}, by key in sorted order (HOCON keeps none); none when the path is absent. */
    private static Map<String, List<String>> lists(Config c, String path, String origin) {
        Map<String, List<String>> out = new java.util.TreeMap<>();
        if (!c.hasPath(path)) return out;
        Config section = c.getConfig(path);
        for (String key : section.root().keySet()) {
            String q = quoted(key);
            if (section.getValue(q).valueType() != ConfigValueType.LIST) {
                throw new IllegalArgumentException(origin + ": " + path + "." + key + " must be a list of names, e.g. [\"Họ và tên\"]");
            }
            out.put(key, section.getStringList(q));
        }
        return out;
    }

    private static String quoted(String key) {
        return com.typesafe.config.ConfigUtil.joinPath(key);
    }

    /** A header name or word as compared: trimmed, NFC, lower case, runs of white space as one space. */
    public static String normalised(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return nfc.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The contract column a header name of {@code file} is read as, if any. */
    public Optional<String> column(SourceFile file, String header) {
        return Optional.ofNullable(columnByHeader.get(file).get(normalised(header)));
    }

    /** The header names, besides its own, read as {@code column} of {@code file}. */
    public List<String> headerNames(SourceFile file, String column) {
        return headersByColumn.get(file).getOrDefault(column, List.of());
    }

    /** Normalised word to code for {@code column} of {@code file}; empty when the column has no vocabulary. */
    public Map<String, String> vocabulary(SourceFile file, String column) {
        return codeByWord.get(file).getOrDefault(column, Map.of());
    }

    /** Code to the words read as it, as the mapping spells them, for {@code column} of {@code file}; empty without a vocabulary. */
    public Map<String, List<String>> words(SourceFile file, String column) {
        return wordsByCode.get(file).getOrDefault(column, Map.of());
    }

    /** Date patterns accepted besides review.source.date-format. */
    public List<String> dateFormats() {
        return dateFormats;
    }

    /** Where the mapping came from, for messages. */
    public String origin() {
        return origin;
    }
}

package vn.ptdv.review.catalog;

/**
 * One column of the input contract.
 *
 * @param name        header name (matched case-insensitively, surrounding spaces ignored)
 * @param headerRequired whether the file is rejected when its header lacks the column
 * @param description what the column holds, for the data dictionary's input contract
 */
public record SourceColumn(String name, boolean headerRequired, String description) {
    public static SourceColumn required(String name, String description) {
        return new SourceColumn(name, true, description);
    }

    public static SourceColumn optional(String name, String description) {
        return new SourceColumn(name, false, description);
    }
}

package vn.ptdv.review.catalog;

/**
 * A view over the gold tables for a question analysts ask often: its id, what it answers (the catalog
 * comment of the view and its entry in the data dictionary), its grain and its query.
 */
public record ViewDef(TableId id, String description, String grain, String query) {
    public String qualified() { return id.qualified(); }
}

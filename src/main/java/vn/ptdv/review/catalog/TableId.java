package vn.ptdv.review.catalog;

/** A table's database and name in the catalog. */
public record TableId(String database, String name) {
    public String qualified() { return database + "." + name; }

    @Override
    public String toString() { return qualified(); }
}

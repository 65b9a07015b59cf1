package vn.ptdv.review.endpoint;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.catalog.CatalogTable;
import org.apache.spark.sql.catalyst.catalog.HiveTableRelation;
import org.apache.spark.sql.catalyst.expressions.Attribute;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.In;
import org.apache.spark.sql.catalyst.expressions.Literal;
import org.apache.spark.sql.catalyst.plans.logical.Filter;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.execution.datasources.LogicalRelation;
import org.apache.spark.sql.execution.datasources.v2.DataSourceV2Relation;
import org.apache.spark.sql.types.DataTypes;
import scala.collection.JavaConverters;
import scala.runtime.AbstractPartialFunction;
import vn.ptdv.review.catalog.Col;
import vn.ptdv.review.domain.UnitLevel;

/**
 * The rows an account scoped to a unit sees: those of that unit and of every unit beneath it (through
 * any version of the unit tree), and the city's own rows where configured. Enforced on the server, by
 * rewriting the checked plan: every relation of a served table gets a filter on its unit_code, under
 * every view and subquery, before the plan runs. A table without a unit_code column is refused to a
 * scoped account rather than served whole.
 */
public final class UnitScope {
    private final Map<String, List<String>> children;
    private final Set<String> known;
    private final Set<String> cities;
    private final boolean withCityTotals;

    /**
     * @param units          silver.units' rows: unit_code, parent_code, unit_level (every version)
     * @param withCityTotals whether scoped accounts see the city's own rows too
     */
    public UnitScope(Collection<Row> units, boolean withCityTotals) {
        this.children = new HashMap<>();
        this.known = new java.util.HashSet<>();
        this.cities = new TreeSet<>();
        for (Row r : units) {
            String code = r.getString(0);
            known.add(code);
            String parent = r.isNullAt(1) ? null : r.getString(1);
            if (parent != null && !parent.equals(code)) children.computeIfAbsent(parent, p -> new ArrayList<>()).add(code);
            if (!r.isNullAt(2) && UnitLevel.CITY.name().equals(r.getString(2))) cities.add(code);
        }
        this.withCityTotals = withCityTotals;
    }

    /** Whether the unit tree knows the unit (a unit of an account's scope must be known). */
    public boolean knows(String unit) {
        return known.contains(unit);
    }

    /** The unit codes whose rows an account scoped to {@code unit} sees. */
    public Set<String> visibleCodes(String unit) {
        Set<String> seen = new TreeSet<>();
        List<String> todo = new ArrayList<>(List.of(unit));
        while (!todo.isEmpty()) {
            String u = todo.remove(todo.size() - 1);
            if (seen.add(u)) todo.addAll(children.getOrDefault(u, List.of()));
        }
        if (withCityTotals) seen.addAll(cities);
        return seen;
    }

    /** {@code plan} with every served relation limited to the rows {@code unit} may see. */
    public LogicalPlan restrict(LogicalPlan plan, Optional<String> unit) {
        if (unit.isEmpty()) return plan;
        if (!knows(unit.get())) {
            throw new StatementRefused("the account is scoped to the unit " + unit.get() + ", which silver.units does not know:"
                    + " ask the data team to correct the account");
        }
        List<Expression> codes = new ArrayList<>();
        for (String code : visibleCodes(unit.get())) codes.add(Literal.create(code, DataTypes.StringType));
        scala.collection.Seq<Expression> list = JavaConverters.asScalaBuffer(codes).toSeq();
        return plan.transformUpWithSubqueries(new AbstractPartialFunction<LogicalPlan, LogicalPlan>() {
            @Override
            public boolean isDefinedAt(LogicalPlan node) {
                return table(node).isPresent();
            }

            @Override
            public <A1 extends LogicalPlan, B1> B1 applyOrElse(A1 node, scala.Function1<A1, B1> otherwise) {
                if (!isDefinedAt(node)) return otherwise.apply(node);
                @SuppressWarnings("unchecked")
                B1 filtered = (B1) new Filter(new In(unitColumn(node), list), node);
                return filtered;
            }
        });
    }

    static Attribute unitColumn(LogicalPlan relation) {
        for (Attribute a : JavaConverters.seqAsJavaList(relation.output())) {
            if (a.name().equalsIgnoreCase(Col.UNIT_CODE)) return a;
        }
        throw new StatementRefused("the table " + table(relation).orElse("?") + " has no " + Col.UNIT_CODE
                + " column, so it is not served to an account scoped to a unit");
    }

    /** The catalog table a relation reads, if it is one. */
    static Optional<String> table(LogicalPlan node) {
        if (node instanceof LogicalRelation r && r.catalogTable().isDefined()) return Optional.of(name(r.catalogTable().get()));
        if (node instanceof HiveTableRelation h) return Optional.of(name(h.tableMeta()));
        if (node instanceof DataSourceV2Relation r && r.identifier().isDefined()) return Optional.of(r.identifier().get().toString());
        return Optional.empty();
    }

    static String name(CatalogTable t) {
        return t.identifier().unquotedString();
    }
}
